package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import io.swagger.v3.oas.annotations.Operation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.vigie.support.Api;
import org.vigie.support.ApiTest;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * api-spec/openapi.yaml is the contract: the running service must describe exactly the same
 * paths, operations (with their operationIds and tags), parameters, bodies, responses, schemas, tags
 * and servers; and every operation follows the conventions of web/ApiDocumentation. Descriptions and
 * examples are free for people to enrich.
 */
class OpenApiContractTests extends ApiTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlers;

    static Path specFile() {
        return Path.of(System.getProperty("vigie.api-spec", "../api-spec/openapi.yaml"));
    }

    @Test
    void theRunningServiceAndApiSpecOpenapiYamlDescribeTheSameApi() throws IOException {
        var served = api.get(Api.admin(), "/v3/api-docs.yaml");
        assertThat(served.status()).isEqualTo(200);
        if (Boolean.getBoolean("vigie.api-spec.write")) {
            // ./mvnw -pl service test -Dtest=OpenApiContractTests -Dvigie.api-spec.write=true: the contract follows the code
            Files.writeString(specFile(), served.raw());
            fail(specFile() + " rewritten from the running service: read the diff, then commit it (and run without the property)");
        }
        Set<String> contract = signature(yaml(Files.readString(specFile())));
        Set<String> code = signature(yaml(served.raw()));

        Set<String> onlyInCode = new TreeSet<>(code);
        onlyInCode.removeAll(contract);
        Set<String> onlyInContract = new TreeSet<>(contract);
        onlyInContract.removeAll(code);
        assertThat(onlyInCode).as("in the code but not in " + specFile() + " (update the contract or the code)").isEmpty();
        assertThat(onlyInContract).as("in " + specFile() + " but not in the code").isEmpty();
        assertThat(contract).as("the contract describes operations").anyMatch(s -> s.startsWith("operation "));
    }

    @Test
    void everyOperationHasItsOwnIdOneDeclaredTagAndBodiesWithRequiredFieldsAndAnExample() {
        var served = api.get(Api.admin(), "/v3/api-docs.yaml");
        Map<String, HandlerMethod> byOperation = handlersByOperation();
        Predicate<String> named = operation -> {
            HandlerMethod handler = byOperation.get(operation);
            Operation annotation = handler == null ? null : AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Operation.class);
            return annotation != null && !annotation.operationId().isBlank();
        };

        assertThat(ContractConventions.breaches(yaml(served.raw()), named, path -> false)).isEmpty();
        assertThat(byOperation).as("operations found in the code").containsKey("GET /api/members/{memberId}/dashboards/{regulator}/{cycleId}");
    }

    @Test
    void aBreachOfTheConventionsIsFound() {
        String base = """
                tags: [{ name: Things, description: "What things are" }]
                paths:
                  /api/things:
                    post:
                      operationId: createThing
                      tags: [Things]
                      requestBody: { content: { application/json: { schema: { $ref: "#/components/schemas/NewThing" } } } }
                components:
                  schemas:
                    NewThing: { type: object, properties: { a: { type: string, example: x } }, required: [a] }
                """;
        assertThat(ContractConventions.breaches(yaml(base), operation -> true, path -> false)).isEmpty();
        List<List<String>> breaches = List.of(
                List.of("operationId: createThing", "operationId: create_1"),
                List.of("operationId: createThing", "operationId: CreateThing"),
                List.of("tags: [Things]", "tags: []"),
                List.of("tags: [Things]", "tags: [Others]"),
                List.of("tags: [{", "tags: [{ name: Things }, {"),
                List.of("required: [a]", "required: []"),
                List.of("example: x", "format: email"),
                List.of("{ $ref: \"#/components/schemas/NewThing\" }", "{ type: string, format: binary }"));
        for (List<String> breach : breaches) {
            assertThat(ContractConventions.breaches(yaml(base.replace(breach.get(0), breach.get(1))), operation -> true, path -> false))
                    .as(breach.get(1)).hasSize(1);
        }
        assertThat(ContractConventions.breaches(yaml(base), operation -> false, path -> false)).as("an id springdoc derived").hasSize(1);
        assertThat(ContractConventions.breaches(yaml(base.replace("tags: [Things]", "tags: [Others]")), operation -> true,
                path -> path.startsWith("/api/things"))).as("a path not yet designed").isEmpty();
    }

    /** Each operation ("GET /api/x") of the service, with the Java method that serves it. */
    private Map<String, HandlerMethod> handlersByOperation() {
        Map<String, HandlerMethod> byOperation = new HashMap<>();
        handlers.getHandlerMethods().forEach((info, method) -> info.getPatternValues().forEach(pattern -> {
            Set<RequestMethod> verbs = info.getMethodsCondition().getMethods();
            (verbs.isEmpty() ? Set.of(RequestMethod.values()) : verbs).forEach(verb ->
                    byOperation.put(verb.name() + " " + pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}"), method));
        }));
        return byOperation;
    }

    @Test
    void aDifferenceIsFound() {
        String base = """
                paths:
                  /api/x:
                    get:
                      responses:
                        "200": { content: { application/json: { schema: { $ref: "#/components/schemas/X" } } } }
                components:
                  schemas:
                    X: { type: object, properties: { a: { type: string } }, required: [a] }
                """;
        Map<String, Object> spec = yaml(base);
        Map<String, Object> changed = yaml(base.replace("{ a: { type: string } }, required: [a]", "{ a: { type: integer } }"));
        assertThat(signature(spec)).isNotEqualTo(signature(changed));
        for (String other : List.of("get:\n      operationId: readX", "get:\n      tags: [Xs]", "get:\n      security: []")) {
            assertThat(signature(yaml(base.replace("get:", other)))).as(other).isNotEqualTo(signature(spec));
        }
        assertThat(signature(yaml("servers: [{ url: / }]\n" + base))).as("a server").isNotEqualTo(signature(spec));
        assertThat(signature(yaml("tags: [{ name: Xs }]\n" + base))).as("a tag declared").isNotEqualTo(signature(spec));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String text) {
        return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }

    /** Every fact of the API that code and contract must agree on, one line each. */
    static Set<String> signature(Map<String, Object> spec) {
        Set<String> lines = new TreeSet<>();
        for (Object server : list(spec.get("servers"))) {
            lines.add("server " + map(server).get("url"));
        }
        for (Object tag : list(spec.get("tags"))) {
            lines.add("tag " + map(tag).get("name"));
        }
        map(spec.get("paths")).forEach((path, item) -> {
            lines.add("path " + path);
            map(item).forEach((method, op) -> {
                if (!METHODS.contains(method)) {
                    return;
                }
                String operation = method.toUpperCase() + " " + path;
                lines.add("operation " + operation);
                Map<String, Object> o = map(op);
                lines.add("operationId " + operation + " " + o.get("operationId"));
                for (Object tag : list(o.get("tags"))) {
                    lines.add("tag " + operation + " " + tag);
                }
                if (o.get("security") instanceof List<?> security && security.isEmpty()) {
                    lines.add("open to anyone " + operation);
                }
                for (Object p : list(o.get("parameters"))) {
                    Map<String, Object> parameter = map(p);
                    lines.add("parameter " + operation + " " + parameter.get("in") + ":" + parameter.get("name")
                            + (Boolean.TRUE.equals(parameter.get("required")) ? " required" : "") + " " + type(parameter.get("schema")));
                }
                Map<String, Object> body = map(o.get("requestBody"));
                map(body.get("content")).forEach((media, content) ->
                        lines.add("request " + operation + " " + media + " " + type(map(content).get("schema"))));
                map(o.get("responses")).forEach((status, response) -> {
                    lines.add("response " + operation + " " + status);
                    map(map(response).get("content")).forEach((media, content) ->
                            lines.add("response " + operation + " " + status + " " + media + " " + type(map(content).get("schema"))));
                });
            });
        });
        map(map(spec.get("components")).get("schemas")).forEach((name, schema) -> {
            lines.add("schema " + name);
            Map<String, Object> s = map(schema);
            map(s.get("properties")).forEach((property, definition) ->
                    lines.add("property " + name + "." + property + " " + type(definition)));
            for (Object required : list(s.get("required"))) {
                lines.add("required " + name + "." + required);
            }
        });
        return lines;
    }

    private static String type(Object schema) {
        Map<String, Object> s = map(schema);
        if (s.get("$ref") != null) {
            return s.get("$ref").toString().replace("#/components/schemas/", "");
        }
        String type = String.valueOf(s.get("type"));
        if (s.get("format") != null) {
            type += "/" + s.get("format");
        }
        if (s.get("items") != null) {
            type += "<" + type(s.get("items")) + ">";
        }
        if (s.get("additionalProperties") instanceof Map<?, ?>) {
            type += "{" + type(s.get("additionalProperties")) + "}";
        }
        if (s.get("enum") != null) {
            type += list(s.get("enum"));
        }
        return type;
    }
}
