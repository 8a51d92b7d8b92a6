package uk.lantern.web.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

/**
 * GOV.UK Frontend's stylesheet refers to its fonts and images at {@code /assets/...}, so that path serves the
 * webjar's assets folder.
 */
@Configuration(proxyBeanMethods = false)
class GovukAssetsConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String version = new WebJarVersionLocator().version("govuk-frontend");
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + version
                        + "/dist/govuk/assets/");
    }
}
