package uk.lantern.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

import uk.lantern.identity.Capability;
import uk.lantern.identity.Role;
import uk.lantern.support.IntegrationTestBase;
import uk.lantern.web.MalformedInputs.Fault;
import uk.lantern.web.MalformedInputs.FuzzedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every API operation that reads a path variable, a query parameter or a JSON body is sent a bounded, seeded set of
 * malformed inputs (MalformedInputs) as a user whose role may call it. The operations are read from the served
 * OpenAPI description, which is checked against Spring's own mappings, so a new endpoint is fuzzed without editing
 * this test. Every answer must keep the promises of docs/api.md's error table: never a 5xx; every error a problem
 * document; a wrong JSON type, a NUL or a lone surrogate a 400 naming the field; and a refused request leaves nothing
 * behind, not even a ledger entry.
 */
class ApiFuzzIT extends IntegrationTestBase {

    /** Fixed, so that a failure found once is found again by the same run. */
    private static final long SEED = 20261207L;
    /** Requests per operation: enough to try every kind of fault, few enough for the run to stay under a minute. */
    private static final int REQUESTS_PER_OPERATION = 30;

    /**
     * Operations not fuzzed, and why. Each is still tried by its own tests; these are left out because a fuzzed call
     * that happened to be valid would do lasting harm to the shared test database or take minutes.
     */
    private static final Set<String> NOT_FUZZED = Set.of(
            // Purges every case past its retention date: destructive, and other tests' cases would go.
            "POST /api/v1/admin/retention/purge",
            // Its body is a file (NDJSON or CSV), not JSON, and every refusal is recorded on purpose
            // (IMPORT_REJECTED); ImportInputIT sends it bad input.
            "POST /api/v1/imports",
            // A valid run retrains and reruns entity resolution over every record, which takes minutes.
            "POST /api/v1/resolution/runs");

    private static final Map<Role, String> DEMO_USERS = Map.of(Role.REFERRER, "referrer", Role.TRIAGE, "triage",
            Role.SOCIAL_WORKER, "socialworker", Role.POLICE_INVESTIGATOR, "investigator", Role.ANALYST, "analyst",
            Role.MANAGER, "manager", Role.AUDITOR, "auditor", Role.ADMINISTRATOR, "admin");
    /**
     * The caller of an operation that names no capability: its service checks the record rules, and a manager holds
     * most of the practitioners' capabilities.
     */
    private static final String PRACTITIONER = "manager";
    private static final Pattern AUTHORITY = Pattern.compile("hasAuthority\\('([A-Z_]+)'\\)");

    private final Map<String, String> tokens = new HashMap<>();
    /** How many answers of each status the run had, printed so that a run's reach can be seen. */
    private final Map<Integer, Integer> statuses = new TreeMap<>();

    @Test
    void malformedInputIsRefusedWithAProblemNamingTheFieldAndNothingIsStored() throws Exception {
        JsonNode description = json(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        List<String> described = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        long started = System.nanoTime();
        MalformedInputs inputs = new MalformedInputs(description, SEED);
        for (var path : description.get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                HttpMethod method = HttpMethod.valueOf(operation.getKey().toUpperCase());
                String name = method + " " + path.getKey();
                described.add(name);
                if (NOT_FUZZED.contains(name)) {
                    continue;
                }
                String caller = callerOf(method, path.getKey());
                for (FuzzedRequest fuzzed : inputs.forOperation(operation.getValue(), REQUESTS_PER_OPERATION)) {
                    sent++;
                    String problem = check(method, path.getKey(), caller, fuzzed, operation.getValue());
                    if (problem != null) {
                        failures.add(name + " as " + caller + " with " + fuzzed + ": " + problem);
                    }
                }
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("ApiFuzzIT: %d malformed requests to %d operations in %d s (seed %d), answers by status %s, "
                + "%d failures; not fuzzed: %s%n", sent, described.size() - NOT_FUZZED.size(), seconds, SEED,
                statuses, failures.size(), NOT_FUZZED);
        assertThat(described).as("every API operation Spring maps is described, and so fuzzed")
                .containsAll(MappedOperations.of(applicationContext).operations().stream()
                        .filter(operation -> operation.template().startsWith("/api/"))
                        .map(Object::toString).toList());
        assertThat(sent).as("requests sent").isGreaterThan(described.size());
        assertThat(failures).as("answers that break docs/api.md's error table").isEmpty();
    }

    /** What is wrong with the answer to one fuzzed request, or null when it keeps every promise. */
    private String check(HttpMethod method, String template, String caller, FuzzedRequest fuzzed,
                         JsonNode operation) throws Exception {
        String token = tokens.computeIfAbsent(caller, this::token);
        long ledgerHead = ledgerHead();
        URI uri = UriComponentsBuilder.fromPath(template).encode().buildAndExpand(fuzzed.pathVariables()).toUri();
        MockHttpServletRequestBuilder request = request(method, uri).header("Authorization", bearer(token));
        fuzzed.queryParameters().forEach(request::param);
        if (fuzzed.body() != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(fuzzed.body());
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        int status = response.getStatus();
        statuses.merge(status, 1, Integer::sum);
        if (status >= 500) {
            return "answered " + status + " " + shortened(response.getContentAsString());
        }
        if (status < 400) {
            return fuzzed.fault() == Fault.WRONG_TYPE || fuzzed.fault() == Fault.UNSTORABLE_TEXT
                    || fuzzed.fault() == Fault.UNREADABLE_BODY && !fuzzed.description().equals("an unknown field")
                    ? "accepted with " + status : null;
        }
        List<String> written = ledgerEntriesBy(caller, ledgerHead);
        if (!written.isEmpty()) {
            return "refused with " + status + " but wrote ledger entries " + written;
        }
        // As the description says: the chronology documents, served by page controllers, answer errors as pages, and
        // a few refusals are documented with no body (an unknown agency's 404); every other error is a problem.
        JsonNode described = operation.path("responses").path(String.valueOf(status));
        if (described.path("content").has("text/html")
                || !described.isMissingNode() && described.path("content").isEmpty()
                && response.getContentLength() == 0) {
            return null;
        }
        JsonNode problem = problemDocument(response);
        if (problem == null) {
            return "answered " + status + " " + response.getContentType() + " rather than a problem document: "
                    + shortened(response.getContentAsString());
        }
        boolean mustNameTheInput = fuzzed.fault() == Fault.WRONG_TYPE || fuzzed.fault() == Fault.UNSTORABLE_TEXT;
        if (mustNameTheInput) {
            if (status != 400) {
                return "answered " + status + " rather than 400 naming " + fuzzed.input();
            }
            List<String> named = new ArrayList<>();
            problem.path("errors").forEach(error -> named.add(error.path("field").asString()));
            if (!named.contains(fuzzed.input())) {
                return "a 400 naming " + named + " rather than " + fuzzed.input() + ": " + problem.path("detail");
            }
        }
        return null;
    }

    /** The answer as a problem document (JSON with a title), or null when it is not one. */
    private static JsonNode problemDocument(MockHttpServletResponse response) throws Exception {
        String type = response.getContentType();
        if (type == null || !MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                && !MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_JSON)) {
            return null;
        }
        JsonNode body = json(response.getContentAsString());
        return body.hasNonNull("title") ? body : null;
    }

    /** A demo user whose role holds the capability the operation's handler requires. */
    private String callerOf(HttpMethod method, String template) {
        RequestMappingHandlerMapping mapping = applicationContext.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        for (var handler : mapping.getHandlerMethods().entrySet()) {
            if (handler.getKey().getPatternValues().contains(template) && handler.getKey().getMethodsCondition()
                    .getMethods().stream().anyMatch(candidate -> candidate.name().equals(method.name()))) {
                return callerOf(handler.getValue());
            }
        }
        return PRACTITIONER;
    }

    private static String callerOf(HandlerMethod handler) {
        PreAuthorize required = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (required == null) {
            required = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        if (required == null) {
            return PRACTITIONER;
        }
        Matcher authority = AUTHORITY.matcher(required.value());
        if (!authority.find()) {
            throw new AssertionError("Cannot tell who may call " + handler + ": " + required.value());
        }
        Capability capability = Capability.valueOf(authority.group(1));
        return EnumSet.allOf(Role.class).stream().filter(capability::grantedTo).findFirst().map(DEMO_USERS::get)
                .orElseThrow();
    }

    private long ledgerHead() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM ledger_entry").query(Long.class).single();
    }

    /**
     * The ledger entries the caller caused after the head: scheduled work may write entries of its own meanwhile,
     * under its own name.
     */
    private List<String> ledgerEntriesBy(String caller, long after) {
        return jdbc.sql("SELECT action FROM ledger_entry WHERE id > ? AND actor = ? ORDER BY id")
                .param(after).param(caller).query(String.class).list();
    }

    private String token(String username) {
        try {
            return tokenFor(username);
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static String shortened(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
