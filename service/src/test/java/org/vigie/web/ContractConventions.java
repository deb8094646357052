package org.vigie.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The conventions of a designed contract (see web/ApiDocumentation), checked on an OpenAPI document read as YAML:
 * every breach, one sentence each, naming its operation.
 */
final class ContractConventions {
    /** How a body whose every field may be left out says it was designed so. */
    static final String ALL_OPTIONAL = "Every field is optional";

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Pattern LOWER_CAMEL_CASE = Pattern.compile("[a-z][a-zA-Z0-9]*");
    /** How springdoc makes an id unique when two operations would share one: a suffix it may give to another one tomorrow. */
    private static final Pattern DEDUPLICATED = Pattern.compile(".*_[0-9]+");

    private ContractConventions() {
    }

    /**
     * @param named whether the operation ("GET /api/x") has its operationId written in the code, not derived by springdoc
     * @param skipped the paths not checked
     */
    static List<String> breaches(Map<String, Object> spec, Predicate<String> named, Predicate<String> skipped) {
        Map<String, String> describedTags = new HashMap<>();
        List<String> breaches = new ArrayList<>();
        for (Object t : list(spec.get("tags"))) {
            Map<String, Object> tag = map(t);
            String name = String.valueOf(tag.get("name"));
            if (describedTags.put(name, tag.get("description") == null ? "" : tag.get("description").toString()) != null) {
                breaches.add("the tag \"" + name + "\" is declared twice (write its description on one controller only)");
            }
        }
        Map<String, String> operationsById = new HashMap<>();
        map(spec.get("paths")).forEach((path, item) -> map(item).forEach((method, op) -> {
            if (!METHODS.contains(method) || skipped.test(path)) {
                return;
            }
            String operation = method.toUpperCase() + " " + path;
            Map<String, Object> o = map(op);
            String id = o.get("operationId") == null ? null : o.get("operationId").toString();
            if (id == null || DEDUPLICATED.matcher(id).matches() || !named.test(operation)) {
                breaches.add(operation + ": operationId " + id + " is springdoc's; write one with @Operation(operationId = ...)");
            } else if (!LOWER_CAMEL_CASE.matcher(id).matches()) {
                breaches.add(operation + ": operationId " + id + " is not lowerCamelCase");
            }
            String other = id == null ? null : operationsById.put(id, operation);
            if (other != null) {
                breaches.add(operation + ": operationId " + id + " is also " + other + "'s");
            }
            List<?> tags = list(o.get("tags"));
            if (tags.size() != 1) {
                breaches.add(operation + ": " + tags.size() + " tags " + tags + "; one per resource, @Tag on its controller");
            }
            for (Object tag : tags) {
                String description = describedTags.get(String.valueOf(tag));
                if (description == null || description.isBlank()) {
                    breaches.add(operation + ": the tag \"" + tag + "\" is not declared with a description at the top level");
                }
            }
            Map<String, Object> body = map(o.get("requestBody"));
            map(body.get("content")).forEach((media, content) -> breaches.addAll(bodyBreaches(spec, operation + " " + media,
                    map(content), Boolean.TRUE.equals(body.get("required")))));
        }));
        return breaches;
    }

    private static List<String> bodyBreaches(Map<String, Object> spec, String body, Map<String, Object> content, boolean required) {
        List<String> breaches = new ArrayList<>();
        Map<String, Object> schema = resolve(spec, map(content.get("schema")));
        if (isFile(schema)) {
            if (!required) {
                breaches.add(body + ": a file body must be declared required");
            }
            return breaches; // a file has no example to give
        }
        if (list(schema.get("required")).isEmpty() && !String.valueOf(schema.get("description")).startsWith(ALL_OPTIONAL)) {
            breaches.add(body + ": no required field (@Schema(requiredMode = REQUIRED) on the record's components), or a body"
                    + " whose description starts with \"" + ALL_OPTIONAL + "\" (a change of what is sent, e.g. a PATCH)");
        }
        if (content.get("example") == null && content.get("examples") == null && !exemplified(spec, schema, 0)) {
            breaches.add(body + ": no example (@Schema(example = ...) on every field, or on the record for the whole body)");
        }
        return breaches;
    }

    /** A complete example: the schema's own, or one for each of its fields (a file needs none). */
    private static boolean exemplified(Map<String, Object> spec, Map<String, Object> schema, int depth) {
        if (schema.get("example") != null || schema.get("examples") != null || isFile(schema)) {
            return true;
        }
        if (schema.get("$ref") != null) {
            return depth < 10 && exemplified(spec, resolve(spec, schema), depth + 1);
        }
        if (schema.get("items") != null) {
            return exemplified(spec, map(schema.get("items")), depth + 1);
        }
        Map<String, Object> properties = map(schema.get("properties"));
        return !properties.isEmpty() && properties.values().stream().allMatch(p -> exemplified(spec, map(p), depth + 1));
    }

    private static boolean isFile(Map<String, Object> schema) {
        return "binary".equals(schema.get("format"));
    }

    private static Map<String, Object> resolve(Map<String, Object> spec, Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        return map(map(map(spec.get("components")).get("schemas")).get(ref.toString().replace("#/components/schemas/", "")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }
}
