package uk.lantern.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every API operation and page the application maps, read from Spring MVC's own request mappings, so that a test
 * walking them cannot forget an endpoint added after it was written. Public pages and the framework's own endpoints
 * (the sign-in form, error pages, the OpenAPI description) are left out: they are open to everyone.
 */
record MappedOperations(List<Operation> operations) {

    /** Open without signing in, by the security configuration. */
    private static final Set<String> PUBLIC = Set.of("GET /sign-in", "GET /accessibility", "POST /api/v1/auth/token");
    private static final List<String> FRAMEWORK_PREFIXES = List.of("/error", "/v3/api-docs", "/swagger-ui");

    /** One method on one path template, such as {@code GET /api/v1/cases/{id}}. */
    record Operation(HttpMethod method, String template) {

        boolean hasPathVariables() {
            return template.contains("{");
        }

        boolean matches(HttpMethod requestMethod, String path) {
            String withoutQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            return method.equals(requestMethod) && Pattern.matches(
                    template.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\."), withoutQuery);
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    /**
     * The operation that answers a request, as Spring MVC chooses it: of the templates that match, the one with the
     * fewest variables, so that {@code /referrals/mine} is not taken for {@code /referrals/{id}}.
     */
    Optional<Operation> handling(HttpMethod method, String path) {
        return operations.stream().filter(operation -> operation.matches(method, path))
                .min(Comparator.comparingLong((Operation operation) -> operation.template().chars()
                        .filter(character -> character == '{').count()));
    }

    static MappedOperations of(ApplicationContext context) {
        RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        return new MappedOperations(mapping.getHandlerMethods().keySet().stream()
                .flatMap(MappedOperations::operations)
                .filter(operation -> FRAMEWORK_PREFIXES.stream().noneMatch(operation.template()::startsWith))
                .filter(operation -> !PUBLIC.contains(operation.toString()))
                .distinct()
                .sorted(Comparator.comparing(Operation::template).thenComparing(op -> op.method().name()))
                .toList());
    }

    private static java.util.stream.Stream<Operation> operations(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return info.getPatternValues().stream().flatMap(template -> methods.stream()
                .map(method -> new Operation(HttpMethod.valueOf(method.name()), template)));
    }
}
