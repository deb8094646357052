package org.vigie.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A bounded set of malformed inputs built from one valid call of an operation: every field of its
 * body null, missing, of the wrong type, too long, holding a NUL or a lone surrogate, a date out of
 * any sane range, an array holding a null or repeated 10,000 times, a number negative or huge; every
 * path segment a negative, huge or foreign id; every query parameter a control character or a
 * date out of range; an upload without boundary or cut short. Each variant says what the service
 * must answer, and {@link #wrong} says how an answer falls short.
 */
public final class Fuzz {
    /** ANSWERED: anything but a 5xx, a refusal being a problem that names a field. REFUSED: a 4xx problem naming a field. */
    public enum Expect { ANSWERED, REFUSED }

    /** One malformed input: what was changed, the body or path to send, what must come back. */
    public record Variant(String what, String value, Expect expect, String field) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String LONE_SURROGATE = "\"LONE-SURROGATE\"";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ID = Pattern.compile("-?\\d+");
    private static final int REPEATS = 10_000;

    private Fuzz() {
    }

    /** Variants of a JSON body (a Map or List as the tests write them). */
    public static List<Variant> bodies(Object valid) {
        JsonNode root = JSON.valueToTree(valid);
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("broken JSON", "{\"broken\": [", Expect.REFUSED, "body"));
        variants.add(new Variant("a JSON string", "\"texte\"", Expect.REFUSED, "body"));
        variants.add(new Variant("a JSON number", "42", Expect.REFUSED, "body"));
        if (root.isObject()) {
            variants.add(new Variant("an array", "[]", Expect.REFUSED, "body"));
        }
        variants.add(new Variant("null", "null", Expect.ANSWERED, "body"));
        walk(root, root, "", "", variants);
        return variants;
    }

    private static void walk(JsonNode root, JsonNode node, String pointer, String field, List<Variant> variants) {
        if (node.isObject()) {
            node.fields().forEachRemaining(entry -> {
                String childPointer = pointer + "/" + entry.getKey();
                String childField = field.isEmpty() ? entry.getKey() : field + "." + entry.getKey();
                variants.add(variant(root, childPointer, childField, "null", Expect.ANSWERED, p -> ((ObjectNode) p).putNull(last(childPointer))));
                variants.add(variant(root, childPointer, childField, "missing", Expect.ANSWERED, p -> ((ObjectNode) p).remove(last(childPointer))));
                values(root, entry.getValue(), childPointer, childField, variants);
            });
        } else if (node.isArray() && !node.isEmpty()) {
            String first = pointer + "/0";
            variants.add(variant(root, first, field + "[0]", "null inside the array", Expect.REFUSED,
                    p -> ((ArrayNode) p).insertNull(0)));
            variants.add(replaced(root, pointer, field, REPEATS + " repeats", Expect.ANSWERED, repeated(node.get(0))));
            values(root, node.get(0), first, field + "[0]", variants);
        }
    }

    private static void values(JsonNode root, JsonNode value, String pointer, String field, List<Variant> variants) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (value.isContainerNode()) {
            variants.add(replaced(root, pointer, field, "a text instead", Expect.ANSWERED, f.textNode("texte")));
            walk(root, value, pointer, field, variants);
            return;
        }
        variants.add(replaced(root, pointer, field, "an object instead", Expect.ANSWERED,
                f.objectNode().set("x", f.arrayNode().add(1))));
        if (value.isTextual()) {
            variants.add(replaced(root, pointer, field, "100 KB of text", Expect.REFUSED, f.textNode("a".repeat(100 * 1024))));
            variants.add(replaced(root, pointer, field, "a NUL character", Expect.REFUSED, f.textNode("a\u0000b")));
            variants.add(replaced(root, pointer, field, "a lone surrogate", Expect.REFUSED, f.textNode("LONE-SURROGATE")));
            variants.add(replaced(root, pointer, field, "a control character", Expect.REFUSED, f.textNode("a\u001bb")));
            if (DATE.matcher(value.asText()).matches()) {
                variants.add(replaced(root, pointer, field, "the year 0", Expect.REFUSED, f.textNode("0000-01-01")));
                variants.add(replaced(root, pointer, field, "the last date", Expect.REFUSED, f.textNode("+999999999-12-31")));
            }
        } else if (value.isNumber()) {
            variants.add(replaced(root, pointer, field, "negative", Expect.ANSWERED, f.numberNode(-1)));
            variants.add(replaced(root, pointer, field, "the largest long", Expect.ANSWERED, f.numberNode(Long.MAX_VALUE)));
            variants.add(replaced(root, pointer, field, "beyond a long", Expect.ANSWERED,
                    f.numberNode(new java.math.BigInteger("99999999999999999999999"))));
            variants.add(replaced(root, pointer, field, "1e308", Expect.ANSWERED, f.numberNode(1e308)));
        } else if (value.isBoolean()) {
            variants.add(replaced(root, pointer, field, "a text instead", Expect.ANSWERED, f.textNode("texte")));
        }
    }

    /** Variants of the path of a call: each templated segment a negative id, a huge one, one beyond a long, a word. */
    public static List<Variant> paths(String template, String path) {
        String[] names = template.split("/");
        String[] values = path.split("\\?")[0].split("/");
        List<Variant> variants = new ArrayList<>();
        for (int i = 0; i < names.length && i < values.length; i++) {
            if (!names[i].startsWith("{")) {
                continue;
            }
            String name = names[i].substring(1, names[i].length() - 1);
            for (String bad : List.of("-1", String.valueOf(Long.MAX_VALUE), "99999999999999999999999", "%C3%A9t%C3%A9-%E2%82%AC")) {
                String[] changed = values.clone();
                changed[i] = bad;
                // refused, whatever the field named: an operation may first ask for what its body lacks
                variants.add(new Variant(name + " = " + bad, String.join("/", changed), Expect.REFUSED, null));
            }
        }
        return variants;
    }

    /** Where the path of another tenant's call differs from this one's (its ids), this path with the other's segment. */
    public static List<Variant> foreignIds(String path, String othersPath) {
        String[] mine = path.split("\\?")[0].split("/");
        String[] theirs = othersPath.split("\\?")[0].split("/");
        List<Variant> variants = new ArrayList<>();
        for (int i = 0; i < mine.length && i < theirs.length; i++) {
            if (!mine[i].equals(theirs[i]) && ID.matcher(theirs[i]).matches()) {
                String[] changed = mine.clone();
                changed[i] = theirs[i];
                variants.add(new Variant("another tenant's id " + theirs[i], String.join("/", changed), Expect.REFUSED, null));
            }
        }
        return variants;
    }

    /** Variants of a path with each query parameter the contract's operation names set to a malformed value. */
    public static List<Variant> queries(String path, JsonNode operation) {
        List<String> names = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        operation.path("parameters").forEach(parameter -> {
            if (parameter.path("in").asText().equals("query")) {
                names.add(parameter.path("name").asText());
                if (parameter.path("schema").path("format").asText().equals("date")) {
                    dates.add(parameter.path("name").asText());
                }
            }
        });
        return queries(path, names, dates);
    }

    /** Variants of a path with each query parameter named set to a malformed value. */
    public static List<Variant> queries(String path, List<String> parameters, List<String> dateParameters) {
        String base = path.split("\\?")[0];
        List<Variant> variants = new ArrayList<>();
        for (String name : parameters) {
            variants.add(new Variant(name + " with NUL", base + "?" + name + "=a%00b", Expect.REFUSED, name));
            variants.add(new Variant(name + " with ESC", base + "?" + name + "=a%1Bb", Expect.REFUSED, name));
            variants.add(new Variant(name + " = -1", base + "?" + name + "=-1", Expect.ANSWERED, name));
            variants.add(new Variant(name + " beyond a long", base + "?" + name + "=99999999999999999999999", Expect.ANSWERED, name));
            variants.add(new Variant(name + " invalid UTF-8", base + "?" + name + "=%ED%A0%80%FF", Expect.ANSWERED, name));
            Expect date = dateParameters.contains(name) ? Expect.REFUSED : Expect.ANSWERED;
            variants.add(new Variant(name + " = 0000-01-01", base + "?" + name + "=0000-01-01", date, name));
            variants.add(new Variant(name + " = +999999999-12-31", base + "?" + name + "=%2B999999999-12-31", date, name));
        }
        return variants;
    }

    /** Malformed multipart bodies, each with the Content-Type to send it with (what, content type, body). */
    public static List<Map.Entry<Variant, String>> uploads() {
        String part = "Content-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n";
        return List.of(
                Map.entry(new Variant("no boundary", "--x\r\n" + part + "\r\n--x--\r\n", Expect.REFUSED, "file"), "multipart/form-data"),
                Map.entry(new Variant("a truncated part", "--x\r\n" + part, Expect.REFUSED, "file"), "multipart/form-data; boundary=x"),
                Map.entry(new Variant("a cut header", "--x\r\nContent-Disposition: form-da", Expect.REFUSED, "file"),
                        "multipart/form-data; boundary=x"),
                Map.entry(new Variant("an empty body", "", Expect.REFUSED, "file"), "multipart/form-data; boundary=x"));
    }

    /** Whether the contract's operation reads a JSON body (so its body variants are worth sending). */
    public static boolean readsJson(JsonNode operation) {
        return !operation.path("requestBody").path("content").path("application/json").isMissingNode();
    }

    /** The variants of a call's path: each templated segment, then each query parameter the contract names. */
    public static List<Variant> pathsAndQueries(String template, String path, JsonNode operation) {
        List<Variant> variants = new ArrayList<>(paths(template, path));
        variants.addAll(queries(path, operation));
        return variants;
    }

    /**
     * The answers of a walk, checked as they come: how many were sent and which fell short, except those an operation
     * gives on purpose (the walk's own exceptions, each with its reason where the walk declares it).
     */
    public static final class Report {
        private final java.util.function.BiPredicate<String, Api.Response> onPurpose;
        private final List<String> wrong = new ArrayList<>();
        private int sent;

        public Report(java.util.function.BiPredicate<String, Api.Response> onPurpose) {
            this.onPurpose = onPurpose;
        }

        public void check(String operation, String path, Variant variant, Api.Response answer) {
            sent++;
            String problem = Fuzz.wrong(variant, answer);
            if (problem != null && !onPurpose.test(path, answer)) {
                wrong.add(operation + ", " + variant.what() + ": " + problem);
            }
        }

        public int sent() {
            return sent;
        }

        public List<String> wrong() {
            return wrong;
        }
    }

    /** What is wrong with an answer to a variant, or null when it is as it must be. */
    public static String wrong(Variant variant, Api.Response answer) {
        int status = answer.status();
        if (status >= 500) {
            return "answered " + status;
        }
        if (status < 400) {
            return variant.expect() == Expect.REFUSED ? "accepted (" + status + ")" : null;
        }
        String type = String.join(",", answer.headers().getOrDefault("content-type", List.of()));
        if (!type.startsWith("application/problem+json")) {
            return status + " as " + type + ", not problem+json";
        }
        if (answer.body().path("detail").asText().isBlank()) {
            return status + " without a detail";
        }
        String named = answer.body().path("field").asText();
        if (status == 400 && named.isBlank()) {
            return "400 naming no field: " + answer.body().path("detail").asText();
        }
        if (status == 400 && variant.expect() == Expect.REFUSED && variant.field() != null
                && !named.startsWith(topLevel(variant.field())) && !variant.field().startsWith(named)) {
            return "400 naming " + named + ", not " + variant.field();
        }
        return null;
    }

    private static String topLevel(String field) {
        return field.split("[.\\[]")[0];
    }

    private static Variant variant(JsonNode root, String pointer, String field, String what, Expect expect, Consumer<JsonNode> change) {
        JsonNode copy = root.deepCopy();
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        change.accept(parent.isEmpty() ? copy : copy.at(parent));
        return new Variant(field + " " + what, text(copy), expect, field);
    }

    private static Variant replaced(JsonNode root, String pointer, String field, String what, Expect expect, JsonNode value) {
        JsonNode copy = root.deepCopy();
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        JsonNode container = parent.isEmpty() ? copy : copy.at(parent);
        String key = last(pointer);
        if (container instanceof ObjectNode object) {
            object.set(key, value);
        } else if (container instanceof ArrayNode array) {
            array.set(Integer.parseInt(key), value);
        }
        return new Variant(field + " " + what, text(copy), expect, field);
    }

    private static JsonNode repeated(JsonNode element) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < REPEATS; i++) {
            array.add(element.deepCopy());
        }
        return array;
    }

    private static String last(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1);
    }

    private static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node).replace(LONE_SURROGATE, "\"a\\ud800b\"");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes of a multipart body as sent. */
    public static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
