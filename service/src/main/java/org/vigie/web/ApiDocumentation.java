package org.vigie.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
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

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What springdoc cannot see by itself: the service's description, HTTP Basic on every operation,
 * and the RFC 7807 problem answers every operation may give.
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

    @Bean
    OpenAPI vigieOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Vigie API").version("1")
                        .description("Continuing professional development compliance: members declare activities and "
                                + "request exemptions; the regulator's rule set computes what they still lack, and every "
                                + "figure names the rule and rule-set version behind it. Errors are RFC 7807 problems."))
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
            openApi.setServers(null);
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                    PROBLEMS.forEach((status, description) -> {
                        if (!operation.getResponses().containsKey(status)) {
                            operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                                    .content(new Content().addMediaType("application/problem+json",
                                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
                        }
                    })));
        };
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
