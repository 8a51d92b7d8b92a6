package uk.lantern.support;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The checker behind OpenApiDescriptionIT finds what a description leaves out, and passes what it says. */
class ServedApiDescriptionTest {

    private static final String DESCRIPTION = """
            {"openapi": "3.0.1", "info": {"title": "t", "version": "1"},
             "paths": {"/things/{id}": {"get": {
               "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
               "responses": {"200": {"description": "A thing", "content": {"application/json": {"schema":
                 {"$ref": "#/components/schemas/Thing"}}}}}}}},
             "components": {"schemas": {
               "Thing": {"type": "object", "properties": {
                 "name": {"type": "string"},
                 "note": {"type": "string", "nullable": true},
                 "owner": {"anyOf": [{"$ref": "#/components/schemas/Owner"},
                                     {"type": "object", "nullable": true, "enum": [null]}]}}},
               "Owner": {"type": "object", "properties": {"name": {"type": "string"}}}}}}
            """;

    private final ServedApiDescription description = new ServedApiDescription(DESCRIPTION);

    @Test
    void aDescribedAnswerPasses() throws Exception {
        assertThat(problemsWithAnswer(200, "{\"name\":\"a\",\"note\":null,\"owner\":null}")).isEmpty();
        assertThat(problemsWithAnswer(200, "{\"name\":\"a\",\"note\":\"n\",\"owner\":{\"name\":\"o\"}}")).isEmpty();
    }

    @Test
    void anUndescribedStatusMemberOrNullIsFound() throws Exception {
        assertThat(problemsWithAnswer(404, "{}")).anyMatch(problem -> problem.contains("status.unknown"));
        assertThat(problemsWithAnswer(200, "{\"name\":\"a\",\"colour\":\"red\"}")).isNotEmpty();
        assertThat(problemsWithAnswer(200, "{\"name\":null}")).isNotEmpty();
        assertThat(problemsWithAnswer(200, "{\"owner\":{\"name\":1}}")).isNotEmpty();
    }

    private List<String> problemsWithAnswer(int status, String body) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/things/1");
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setStatus(status);
        response.setContentType("application/json");
        response.getWriter().write(body);
        return description.problemsWith(request, response);
    }
}
