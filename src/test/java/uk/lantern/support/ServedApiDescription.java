package uk.lantern.support;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The OpenAPI description Lantern serves at /v3/api-docs, as a checker of real exchanges: a request and its response
 * must both be what the description says, for errors as much as for successes.
 */
public final class ServedApiDescription {

    private final OpenApiInteractionValidator validator;

    public ServedApiDescription(String description) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(description).build();
    }

    /**
     * Fails the test when the exchange just performed is not described: an unknown status, field, type or media type.
     */
    public ResultHandler describesExchange() {
        return result -> {
            List<String> problems = problemsWith(result.getRequest(), result.getResponse());
            if (!problems.isEmpty()) {
                throw new AssertionError(describe(result, problems));
            }
        };
    }

    /** What the description does not say about the exchange; the request is checked too when it succeeded. */
    public List<String> problemsWith(MockHttpServletRequest servletRequest, MockHttpServletResponse servletResponse)
            throws Exception {
        Request request = requestOf(servletRequest);
        SimpleResponse response = responseOf(servletResponse);
        // A refused request may be wrong on purpose; only what Lantern answered to it must be described.
        ValidationReport report = servletResponse.getStatus() < 300
                ? validator.validate(request, response)
                : validator.validateResponse(request.getPath(), request.getMethod(), response);
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> message.getKey() + ": " + message.getMessage()).toList();
    }

    private static Request requestOf(MockHttpServletRequest request) {
        var builder = new SimpleRequest.Builder(request.getMethod(), request.getRequestURI());
        for (String name : Collections.list(request.getHeaderNames())) {
            builder.withHeader(name, Collections.list(request.getHeaders(name)));
        }
        if (request.getQueryString() != null) {
            UriComponentsBuilder.fromUriString("?" + request.getQueryString()).build(false).getQueryParams()
                    .forEach((name, values) -> builder.withQueryParam(name, values.stream()
                            .map(value -> value == null ? "" : URLDecoder.decode(value,
                                    StandardCharsets.UTF_8)).toList()));
        }
        byte[] body = request.getContentAsByteArray();
        if (body != null && body.length > 0) {
            builder.withBody(body);
        }
        return builder.build();
    }

    private static SimpleResponse responseOf(MockHttpServletResponse response) throws Exception {
        var builder = SimpleResponse.Builder.status(response.getStatus());
        for (String name : response.getHeaderNames()) {
            builder.withHeader(name, response.getHeaders(name));
        }
        if (response.getContentType() != null) {
            builder.withContentType(response.getContentType());
        }
        byte[] body = response.getContentAsByteArray();
        if (body.length > 0) {
            builder.withBody(body);
        }
        return builder.build();
    }

    private static String describe(MvcResult result, List<String> problems) throws Exception {
        String body = result.getResponse().getContentAsString();
        return result.getRequest().getMethod() + " " + result.getRequest().getRequestURI() + " answered "
                + result.getResponse().getStatus() + " " + result.getResponse().getHeader(HttpHeaders.CONTENT_TYPE)
                + ", which the OpenAPI description does not describe:\n  " + String.join("\n  ", problems)
                + "\nResponse: " + (body.length() > 1500 ? body.substring(0, 1500) + "…" : body);
    }
}
