package uk.lantern.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Malformed requests for one API operation, built from its OpenAPI description: each request is well formed but for
 * exactly one input, so that the answer can be expected to name that input. The set is bounded and seeded, so that a
 * run can be repeated exactly.
 */
final class MalformedInputs {

    /** What is wrong with a fuzzed request, and so what its answer must say. */
    enum Fault {
        /** A JSON value of the wrong type for its field: must be a 400 naming the field. */
        WRONG_TYPE,
        /** Text that cannot be stored (NUL, a lone surrogate): must be a 400 naming the field, in a body or a query. */
        UNSTORABLE_TEXT,
        /** A value of the right JSON type that may still be refused, such as a huge string or a null. */
        ODD_VALUE,
        /** The body is not JSON for this endpoint at all: a 400 with no field to name. */
        UNREADABLE_BODY
    }

    /**
     * One request: path variables and query parameters by name, the JSON body (null for none), what was malformed,
     * and the input the answer should name (a JSON path such as children[0].firstName, or a parameter name).
     */
    record FuzzedRequest(Map<String, String> pathVariables, Map<String, String> queryParameters, String body,
                         Fault fault, String input, String description) {
        @Override
        public String toString() {
            return description;
        }
    }

    static final int HUGE = 100_000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int NESTING = 10_000;

    private final JsonNode components;
    private final Random random;

    MalformedInputs(JsonNode description, long seed) {
        this.components = description.path("components").path("schemas");
        this.random = new Random(seed);
    }

    /** At most {@code limit} malformed requests for the operation, chosen by the seed from every one it could have. */
    List<FuzzedRequest> forOperation(JsonNode operation, int limit) {
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, JsonNode> parameterSchemas = new LinkedHashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.get("name").asString();
            String in = parameter.get("in").asString();
            JsonNode schema = resolve(parameter.path("schema"));
            if (in.equals("path")) {
                path.put(name, wellFormedText(schema));
                parameterSchemas.put(name, schema);
            } else if (in.equals("query")) {
                if (parameter.path("required").asBoolean(false)) {
                    query.put(name, wellFormedText(schema));
                }
                parameterSchemas.put(name, schema);
            }
        }
        JsonNode bodySchema = operation.path("requestBody").path("content").path("application/json").path("schema");
        JsonNode body = bodySchema.isMissingNode() ? null : wellFormed(resolve(bodySchema), 0);
        String bodyText = body == null ? null : text(body);

        List<FuzzedRequest> candidates = new ArrayList<>();
        parameterSchemas.forEach((name, schema) -> parameterFaults(schema, path.containsKey(name))
                .forEach((value, fault) -> {
            Map<String, String> fuzzedPath = new LinkedHashMap<>(path);
            Map<String, String> fuzzedQuery = new LinkedHashMap<>(query);
            (path.containsKey(name) ? fuzzedPath : fuzzedQuery).put(name, value);
            candidates.add(new FuzzedRequest(fuzzedPath, fuzzedQuery, bodyText, fault, name,
                    name + " = " + shown(value)));
        }));
        // A parameter the operation does not read is still read for text that cannot be stored.
        Map<String, String> stray = new LinkedHashMap<>(query);
        stray.put("fuzz", "a\u0000b");
        candidates.add(new FuzzedRequest(path, stray, bodyText, Fault.UNSTORABLE_TEXT, "fuzz", "stray fuzz = NUL"));
        if (body != null) {
            List<FuzzedRequest> bodyFaults = new ArrayList<>();
            fieldFaults(body, resolve(bodySchema), "", body, path, query, bodyFaults);
            wholeBodyFaults(bodyText, body).forEach((text, what) -> bodyFaults.add(
                    new FuzzedRequest(path, query, text, Fault.UNREADABLE_BODY, null, what)));
            candidates.addAll(bodyFaults);
        }
        Collections.shuffle(candidates, random);
        return candidates.subList(0, Math.min(limit, candidates.size()));
    }

    private void fieldFaults(JsonNode node, JsonNode schema, String at, JsonNode root, Map<String, String> path,
                             Map<String, String> query, List<FuzzedRequest> into) {
        if (node != null && node.isObject()) {
            JsonNode properties = schema.path("properties");
            for (String property : properties.propertyNames()) {
                String field = at.isEmpty() ? property : at + "." + property;
                JsonNode fieldSchema = resolve(properties.get(property));
                for (Map.Entry<JsonNode, Fault> replacement : valueFaults(fieldSchema).entrySet()) {
                    JsonNode fuzzed = replacedFirst(root, steps(field), replacement.getKey());
                    into.add(new FuzzedRequest(path, query, text(fuzzed), replacement.getValue(), field,
                            field + " = " + shown(replacement.getKey())));
                }
                fieldFaults(node.get(property), fieldSchema, field, root, path, query, into);
            }
        } else if (node != null && node.isArray() && !node.isEmpty()) {
            fieldFaults(node.get(0), resolve(schema.path("items")), at + "[0]", root, path, query, into);
        }
    }

    /** The steps of a path such as children[0].school: children, [0], school. */
    private static List<String> steps(String field) {
        return java.util.Arrays.stream(field.replace("[0]", ".[0]").split("\\."))
                .filter(step -> !step.isEmpty()).toList();
    }

    /**
     * A copy of the document with the value at the path replaced, and the path's members moved first in their
     * objects: JSON is read in order, so the fault is the first thing wrong that the reader meets, even where the
     * description does not say exactly what another member must look like.
     */
    private static JsonNode replacedFirst(JsonNode node, List<String> steps, JsonNode value) {
        if (steps.isEmpty()) {
            return value;
        }
        String step = steps.get(0);
        List<String> rest = steps.subList(1, steps.size());
        if (step.equals("[0]")) {
            ArrayNode array = (ArrayNode) node.deepCopy();
            array.set(0, replacedFirst(node.get(0), rest, value));
            return array;
        }
        ObjectNode object = NODES.objectNode();
        object.set(step, replacedFirst(node.get(step), rest, value));
        for (String member : node.propertyNames()) {
            if (!member.equals(step)) {
                object.set(member, node.get(member).deepCopy());
            }
        }
        return object;
    }

    /**
     * The document as JSON text, with a lone surrogate written as its JSON escape: as a character it could
     * not be sent in UTF-8 at all and would arrive as a question mark.
     */
    private static String text(JsonNode document) {
        return JSON.writeValueAsString(document).replace("\ud800", "\\ud800");
    }

    /** Values that do not fit a field of the schema, each with what its answer must be. */
    private Map<JsonNode, Fault> valueFaults(JsonNode schema) {
        Map<JsonNode, Fault> faults = new LinkedHashMap<>();
        String type = typeOf(schema);
        switch (type) {
            case "string" -> {
                faults.put(NODES.numberNode(12345), Fault.WRONG_TYPE);
                faults.put(NODES.booleanNode(true), Fault.WRONG_TYPE);
                faults.put(NODES.arrayNode().add("x"), Fault.WRONG_TYPE);
                faults.put(NODES.objectNode().put("x", 1), Fault.WRONG_TYPE);
                faults.put(NODES.stringNode("x".repeat(HUGE)), Fault.ODD_VALUE);
                faults.put(NODES.stringNode("a\u0000b"), Fault.UNSTORABLE_TEXT);
                faults.put(NODES.stringNode("a\ud800b"), Fault.UNSTORABLE_TEXT);
                faults.put(NODES.stringNode(invalidFor(schema)), Fault.ODD_VALUE);
            }
            case "integer" -> {
                faults.put(NODES.stringNode("twelve"), Fault.WRONG_TYPE);
                faults.put(NODES.numberNode(1.5), Fault.WRONG_TYPE);
                faults.put(NODES.objectNode(), Fault.WRONG_TYPE);
                faults.put(NODES.numberNode(new java.math.BigInteger("99999999999999999999999")), Fault.ODD_VALUE);
            }
            case "number" -> {
                faults.put(NODES.stringNode("twelve"), Fault.WRONG_TYPE);
                faults.put(NODES.arrayNode(), Fault.WRONG_TYPE);
            }
            case "boolean" -> {
                faults.put(NODES.stringNode("maybe"), Fault.WRONG_TYPE);
                faults.put(NODES.arrayNode(), Fault.WRONG_TYPE);
            }
            case "array" -> {
                faults.put(NODES.stringNode("x"), Fault.WRONG_TYPE);
                faults.put(NODES.objectNode(), Fault.WRONG_TYPE);
            }
            default -> {
                faults.put(NODES.stringNode("x"), Fault.WRONG_TYPE);
                faults.put(NODES.arrayNode(), Fault.WRONG_TYPE);
            }
        }
        faults.put(NODES.nullNode(), Fault.ODD_VALUE);
        return faults;
    }

    /**
     * Texts for a path variable or query parameter of the schema, each with what its answer must be. In a path,
     * text is percent-encoded UTF-8, where a lone surrogate cannot be written at all, and an id that cannot be
     * stored is simply no record's id.
     */
    private Map<String, Fault> parameterFaults(JsonNode schema, boolean inPath) {
        Fault unstorable = inPath ? Fault.ODD_VALUE : Fault.UNSTORABLE_TEXT;
        Map<String, Fault> faults = new LinkedHashMap<>();
        faults.put(invalidFor(schema), Fault.ODD_VALUE);
        faults.put("a\u0000b", unstorable);
        faults.put("a\ud800b", unstorable);
        faults.put("y".repeat(HUGE), Fault.ODD_VALUE);
        faults.put("-1", Fault.ODD_VALUE);
        faults.put("99999999999999999999999", Fault.ODD_VALUE);
        faults.put("' OR '1'='1", Fault.ODD_VALUE);
        faults.put(UUID.nameUUIDFromBytes(new byte[] {(byte) random.nextInt()}).toString(), Fault.ODD_VALUE);
        return faults;
    }

    /** Bodies that are not JSON of the endpoint's shape at all, each with what it is. */
    private static Map<String, String> wholeBodyFaults(String wellFormed, JsonNode body) {
        Map<String, String> faults = new LinkedHashMap<>();
        faults.put("", "empty body");
        faults.put(wellFormed.substring(0, wellFormed.length() / 2), "truncated JSON");
        faults.put("[".repeat(NESTING) + "]".repeat(NESTING), "deeply nested arrays");
        faults.put("{\"a\":".repeat(NESTING) + "1" + "}".repeat(NESTING), "deeply nested objects");
        faults.put(body.isArray() ? "{}" : "[]", "a body of the wrong JSON type");
        faults.put("\"text\"", "a string for a body");
        faults.put("{\"x\":1,}", "a trailing comma");
        if (body.isObject()) {
            faults.put(text(((ObjectNode) body.deepCopy()).put("unexpectedFuzzField", 1)),
                    "an unknown field");
        }
        return faults;
    }

    /** A text of the right shape that is not a value of the kind the schema's format or enum asks for. */
    private static String invalidFor(JsonNode schema) {
        return switch (schema.path("format").asString("")) {
            case "uuid" -> "not-a-uuid";
            case "date" -> "2026-02-30";
            case "date-time" -> "yesterday at noon";
            default -> schema.has("enum") ? "NOT_ONE_OF_THEM" : "%zz";
        };
    }

    /** A value of the schema's shape, so that only the fault put into it is wrong. */
    private JsonNode wellFormed(JsonNode schema, int depth) {
        return switch (typeOf(schema)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    for (String property : schema.path("properties").propertyNames()) {
                        object.set(property, wellFormed(resolve(schema.path("properties").get(property)), depth + 1));
                    }
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 4) {
                    array.add(wellFormed(resolve(schema.path("items")), depth + 1));
                }
                yield array;
            }
            case "integer", "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(true);
            default -> NODES.stringNode(wellFormedText(schema));
        };
    }

    private String wellFormedText(JsonNode schema) {
        if (schema.has("enum") && !schema.get("enum").isEmpty() && !schema.get("enum").get(0).isNull()) {
            return schema.get("enum").get(0).asString();
        }
        return switch (schema.path("format").asString("")) {
            case "uuid" -> new UUID(random.nextLong(), random.nextLong()).toString();
            case "date" -> "2026-01-15";
            case "date-time" -> "2026-01-15T10:00:00Z";
            default -> switch (typeOf(schema)) {
                case "integer", "number" -> "1";
                case "boolean" -> "true";
                default -> "Fuzz value";
            };
        };
    }

    private static String typeOf(JsonNode schema) {
        if (schema.has("type")) {
            return schema.get("type").asString();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    /** The schema itself, following a $ref and taking the described alternative of a nullable anyOf. */
    private JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        for (int hops = 0; hops < 10; hops++) {
            if (resolved.has("$ref")) {
                String ref = resolved.get("$ref").asString();
                resolved = components.path(ref.substring(ref.lastIndexOf('/') + 1));
            } else if (resolved.has("anyOf") || resolved.has("allOf") || resolved.has("oneOf")) {
                JsonNode alternatives = resolved.has("anyOf") ? resolved.get("anyOf")
                        : resolved.has("allOf") ? resolved.get("allOf") : resolved.get("oneOf");
                JsonNode chosen = alternatives.get(0);
                for (JsonNode alternative : alternatives) {
                    if (!alternative.has("enum")) {
                        chosen = alternative;
                        break;
                    }
                }
                resolved = chosen;
            } else {
                return resolved;
            }
        }
        return resolved;
    }

    private static String shown(Object value) {
        String text = value.toString().replace("\u0000", "\\u0000").replace("\ud800", "\\ud800");
        return text.length() > 60 ? text.substring(0, 40) + "… (" + text.length() + " characters)" : text;
    }
}
