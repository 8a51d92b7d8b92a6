package uk.lantern.web.internal;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents the error answers of every API operation from the same rules that produce them, so that the description
 * cannot forget one:
 * <ul>
 * <li>400, with the fields named, when the operation reads a path variable, a query parameter or a JSON body;</li>
 * <li>401 always: every API call needs a bearer token, and the token endpoint refuses wrong credentials;</li>
 * <li>403 when the operation needs a capability ({@code @PreAuthorize}) or names a record in its path that the
 * access policy may refuse (the caller's own things under {@code /api/v1/me} are never refused);</li>
 * <li>404 when it names a record in its path, unless the operation documents an unknown id as a 400 of its own;</li>
 * <li>415 when it reads a body: without a body when the mapping declares the media types it consumes, since Spring
 * then turns the request away before choosing a handler;</li>
 * <li>500, the problem that says nothing was half-saved.</li>
 * </ul>
 * A {@code @RestController} answers errors as RFC 9457 problem documents ({@code ApiProblemAdvice}); the few API
 * operations served by page controllers answer them as error pages. Codes an operation documents itself with
 * {@code @ApiResponse}, such as 422, keep their description.
 */
@Component
class ApiResponsesCustomizer implements OperationCustomizer {

    static final String PROBLEM = "Problem";
    static final String INVALID_REQUEST_PROBLEM = "InvalidRequestProblem";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String OWN_THINGS = "/api/v1/me";

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "400", "Invalid request: each field in error is named in errors (a body that is not JSON has no errors)",
            "401", "No valid bearer token, or the username or password is wrong",
            "403", "The caller's role lacks the capability, or the access policy refuses the record "
                    + "(breakGlassAvailable says whether break-glass access could be taken)",
            "404", "No record with that id, or none the caller may know of",
            "415", "The body is not of a media type this operation reads",
            "422", "The request was understood but refused",
            "500", "Something went wrong; it has been logged and nothing was half-saved");

    /** The JSON problem schemas, added to the description's components. */
    static Map<String, Schema> problemSchemas() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The field, such as children[0].dateOfBirth"))
                .addProperty("message", new StringSchema())
                .required(List.of("field", "message"));
        return Map.of(PROBLEM, problem(), INVALID_REQUEST_PROBLEM, problem()
                .addProperty("errors", new ArraySchema().items(fieldError)
                        .description("Every field in error; absent when the body could not be read at all")));
    }

    private static Schema<?> problem() {
        return new ObjectSchema()
                .description("An RFC 9457 problem document")
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("breakGlassAvailable", new BooleanSchema()
                        .description("On a 403 from the access policy: whether break-glass access could be taken"))
                .required(List.of("title", "status"));
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        String path = pathOf(handler);
        boolean restController = AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), RestController.class);
        boolean namesRecord = has(handler, PathVariable.class);
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        boolean unknownIdIsInvalid = documented(handler).stream().anyMatch(response -> response.responseCode()
                .equals("400"));

        if (namesRecord || has(handler, RequestParam.class) || has(handler, RequestBody.class)) {
            add(responses, "400", restController ? INVALID_REQUEST_PROBLEM : null);
        }
        responses.computeIfAbsent("401", code -> response(code, PROBLEM));
        if (needsCapability(handler) || namesRecord && !path.startsWith(OWN_THINGS)) {
            add(responses, "403", restController ? PROBLEM : null);
        }
        if (namesRecord && !unknownIdIsInvalid) {
            add(responses, "404", restController ? PROBLEM : null);
        }
        if (consumes(handler)) {
            // A media type the mapping does not consume is turned away before any handler runs: no body.
            responses.computeIfAbsent("415", code -> new ApiResponse().description(DESCRIPTIONS.get(code)));
        } else if (has(handler, RequestBody.class)) {
            add(responses, "415", restController ? PROBLEM : null);
        }
        add(responses, "500", restController ? PROBLEM : null);
        documentedErrors(handler, responses, restController);
        return operation.responses(responses);
    }

    private static void add(ApiResponses responses, String code, String problemSchema) {
        responses.computeIfAbsent(code, status -> problemSchema == null ? page(status) : response(status,
                problemSchema));
    }

    /**
     * Errors the operation documents itself keep their description. Their body is the problem document (or the
     * error page), unless the annotation uses the return type's schema, or says there is no body with an empty
     * {@code @Content}.
     */
    private static void documentedErrors(HandlerMethod handler, ApiResponses responses, boolean restController) {
        for (var documented : documented(handler)) {
            String code = documented.responseCode();
            ApiResponse response = responses.get(code);
            if (response == null || !(code.startsWith("4") || code.startsWith("5"))
                    || documented.useReturnTypeSchema()) {
                continue;
            }
            boolean noBody = documented.content().length == 1 && documented.content()[0].mediaType().isEmpty();
            response.setContent(noBody ? null : restController
                    ? problemContent(code.equals("400") ? INVALID_REQUEST_PROBLEM : PROBLEM) : pageContent());
        }
    }

    private static Set<io.swagger.v3.oas.annotations.responses.ApiResponse> documented(HandlerMethod handler) {
        return AnnotatedElementUtils.findMergedRepeatableAnnotations(handler.getMethod(),
                io.swagger.v3.oas.annotations.responses.ApiResponse.class);
    }

    private static ApiResponse response(String code, String problemSchema) {
        return new ApiResponse().description(DESCRIPTIONS.get(code)).content(problemContent(problemSchema));
    }

    private static ApiResponse page(String code) {
        return new ApiResponse().description(DESCRIPTIONS.get(code) + " (an error page)").content(pageContent());
    }

    private static Content problemContent(String schema) {
        return new Content().addMediaType(PROBLEM_JSON, new MediaType()
                .schema(new Schema<>().$ref("#/components/schemas/" + schema)));
    }

    private static Content pageContent() {
        return new Content().addMediaType("text/html", new MediaType().schema(new StringSchema()));
    }

    private static boolean needsCapability(HandlerMethod handler) {
        return handler.hasMethodAnnotation(PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
    }

    private static boolean has(HandlerMethod handler, Class<? extends Annotation> annotation) {
        return Arrays.stream(handler.getMethodParameters()).anyMatch((MethodParameter parameter) ->
                parameter.hasParameterAnnotation(annotation));
    }

    private static boolean consumes(HandlerMethod handler) {
        var mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping != null && mapping.consumes().length > 0;
    }

    private static String pathOf(HandlerMethod handler) {
        var classMapping = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequestMapping.class);
        var methodMapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        String prefix = classMapping == null || classMapping.path().length == 0 ? "" : classMapping.path()[0];
        String suffix = methodMapping == null || methodMapping.path().length == 0 ? "" : methodMapping.path()[0];
        return prefix + suffix;
    }
}
