package uk.lantern.web.internal;

import java.util.TreeMap;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Describes the API and its bearer-token authentication in the OpenAPI document at /v3/api-docs, with the problem
 * documents every error answers with ({@link ApiResponsesCustomizer}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String BEARER = "bearer";

    @Bean
    OpenAPI lanternOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Lantern API").version("v1")
                        .description("Multi-agency safeguarding: referrals, casework, intelligence and oversight. "
                                + "Errors are RFC 9457 problem details. See docs/api.md."))
                .components(new Components().schemas(new TreeMap<>(ApiResponsesCustomizer.problemSchemas()))
                        .addSecuritySchemes(BEARER, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A token from POST /api/v1/auth/token or a personal token")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
