package org.vigie.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The contract connected software reads (api-spec/openapi.yaml) is designed, not whatever springdoc derives:
 * <ul>
 * <li><b>operationId</b>: lowerCamelCase verb + noun in the users' words ({@code declareActivity}, {@code readDashboard},
 * {@code issueAttestation}), unique across the API and never renamed, set with {@code @Operation(operationId = ...)}:
 * springdoc's own (the Java method's name, {@code _1} when two clash) would change when a method is added or renamed.</li>
 * <li><b>Tags</b>: one per resource, a plural English noun with a capital first letter ("Declarations", "Rule packs"), on the
 * controller class as {@code @Tag}; one controller per resource, and the tag's description written once, on one of them
 * (the others name it only).</li>
 * <li><b>Request bodies</b>: the fields a valid request must send are {@code @Schema(requiredMode = REQUIRED)} on the
 * record's components, and every field has an {@code @Schema(example = ...)}, so the body has a complete example; where
 * fields are alternatives (a catalogue code or a text) the record has one {@code @Schema(example = "{...}")} instead. A file
 * upload is described by {@link FileUpload}: required, with no example.</li>
 * <li><b>Errors</b>: the problem answers below, on every operation, but those it cannot give (see {@link #answersOf});
 * an operation that needs no login says so with {@code @SecurityRequirements} (no requirement).</li>
 * <li><b>Servers</b>: the service's own root, never the address a test or a proxy happened to ask from.</li>
 * </ul>
 * OpenApiContractTests compares all of it between the code and the contract, and refuses an operation that breaks it.
 */
@Configuration
class ApiDocumentation {
    private static final String PROBLEM = "Problem";
    private static final Map<String, String> PROBLEMS = new java.util.TreeMap<>(Map.of(
            "400", "Invalid request: the fields at fault are named in errors[]",
            "401", "Not authenticated",
            "403", "Authenticated, but this is not yours to see or do",
            "404", "No such resource",
            "406", "The Accept header allows no format this operation answers in; nothing was done",
            "409", "The resource's state does not allow it (already submitted, decided, changed meanwhile)",
            "429", "Too many failed sign-ins for this account or address: retry after Retry-After seconds",
            "503", "No rule set is serving for this regulator"));
    /** The answers of signing in: an operation open to anyone gives none of them to a caller who follows the contract. */
    private static final Set<String> SIGN_IN_ANSWERS = Set.of("401", "403", "429");
    /** The resources whose operations never read a regulator's rule set nor render an attestation: they cannot answer 503. */
    private static final Set<String> TAGS_WITHOUT_RULE_SET = Set.of("Accounts", "Sign-in locks", "Members", "Signing keys",
            "Re-evaluations");

    @Bean
    OpenAPI vigieOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Vigie API").version("1")
                        .description("Continuing professional development compliance: members declare activities and "
                                + "request exemptions; the regulator's rule set computes what they still lack, and every "
                                + "figure names the rule and rule-set version behind it. Errors are RFC 7807 problems. Every "
                                + "sentence of an answer (a problem's title and detail, a finding, an explanation, a label) is in "
                                + "French, or in English when the request's Accept-Language asks for it (en, en-CA)."))
                .servers(List.of(server()))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("clinicSession", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A clinic session's token (POST /api/clinic/sessions), for clinic users")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("clinicSession"));
    }

    @Bean
    OpenApiCustomizer problemAnswersOnEveryOperation() {
        return openApi -> {
            openApi.setServers(List.of(server()));
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                    answersOf(operation).forEach((status, description) -> {
                        if (!operation.getResponses().containsKey(status)) {
                            operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                                    .content(new Content().addMediaType("application/problem+json",
                                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
                        }
                    })));
        };
    }

    /**
     * The problems an operation can answer. Open to anyone ({@code security: []}, from {@code @SecurityRequirements} on the
     * method or its controller, as the security configuration lets it through unsigned): no 401, 403 nor 429, which a caller
     * meets there only by sending credentials it does not need. Tagged with a resource of {@link #TAGS_WITHOUT_RULE_SET}: no 503.
     */
    private static Map<String, String> answersOf(Operation operation) {
        Map<String, String> answers = new java.util.TreeMap<>(PROBLEMS);
        if (operation.getSecurity() != null && operation.getSecurity().isEmpty()) {
            answers.keySet().removeAll(SIGN_IN_ANSWERS);
        }
        List<String> tags = operation.getTags() == null ? List.of() : operation.getTags();
        if (!tags.isEmpty() && TAGS_WITHOUT_RULE_SET.containsAll(tags)) {
            answers.remove("503");
        }
        return answers;
    }

    /** Relative: clients and Swagger UI resolve it against the address they read the document from. */
    private static Server server() {
        return new Server().url("/").description("This service");
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema<?> fieldProblem = new ObjectSchema()
                .addProperty("field", new StringSchema())
                .addProperty("message", new StringSchema());
        return new ObjectSchema()
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("field", new StringSchema().description("The first field at fault"))
                .addProperty("errors", new ArraySchema().items(fieldProblem))
                .required(List.of("title", "status"));
    }
}
