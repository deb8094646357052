package org.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.vigie.support.Api;
import org.vigie.support.ApiTest;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * api-spec/openapi.yaml is the contract: the running service must describe exactly the same
 * paths, operations, parameters, bodies, responses and schemas. Descriptions, examples and tags
 * are free for people to enrich.
 */
class OpenApiContractTests extends ApiTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

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
        map(spec.get("paths")).forEach((path, item) -> {
            lines.add("path " + path);
            map(item).forEach((method, op) -> {
                if (!METHODS.contains(method)) {
                    return;
                }
                String operation = method.toUpperCase() + " " + path;
                lines.add("operation " + operation);
                Map<String, Object> o = map(op);
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
