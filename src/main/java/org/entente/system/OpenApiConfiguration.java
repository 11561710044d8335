package org.entente.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.springdoc.core.customizers.OpenApiCustomizer;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * Names the API in its OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}) and declares
 * the editor's bearer token that writing requires.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    /** The errors every read can give, as problem details, on every GET of the API (the controllers show their 200). */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            var problem = new Content().addMediaType("application/problem+json",
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail")));
            api.getComponents().addSchemas("ProblemDetail", new ObjectSchema().description("RFC 9457 problem details")
                    .addProperty("type", new StringSchema()).addProperty("title", new StringSchema())
                    .addProperty("status", new IntegerSchema()).addProperty("detail", new StringSchema())
                    .addProperty("instance", new StringSchema()));
            api.getPaths().forEach((path, item) -> {
                var get = item.getGet();
                if (get == null || !path.startsWith("/api/")) {
                    return;
                }
                var responses = get.getResponses();
                responses.putIfAbsent("400", new ApiResponse().description("a bad parameter, named in detail").content(problem));
                var names = get.getParameters() == null ? java.util.List.<String>of()
                        : get.getParameters().stream().map(p -> p.getName()).toList();
                if (names.stream().anyMatch(n -> java.util.Set.of("ref", "a", "b", "from", "to", "about", "entity", "with", "q", "id")
                        .contains(n)) && !path.equals("/api/entities")) {
                    responses.putIfAbsent("404", new ApiResponse().description("unknown (with suggestions)").content(problem));
                }
                if (names.stream().anyMatch(n -> java.util.Set.of("ref", "a", "b", "from", "to", "about", "entity", "with", "q")
                        .contains(n)) && !path.equals("/api/entities")) {
                    responses.putIfAbsent("409", new ApiResponse().description("a name several entities answer to (with candidates)")
                            .content(problem));
                }
                responses.putIfAbsent("503", new ApiResponse().description("the graph database cannot answer").content(problem));
            });
        };
    }

    @Bean
    OpenAPI openApi() {
        return new OpenAPI().info(new Info().title("Entente API").version("0.1.0").description(
                "Who agrees and who disagrees with whom, about what, when, and on whose word: relationship questions "
                        + "over a graph built from news articles, each answer with its quote and source. Entities are "
                        + "named by id or by any name or alias; errors are RFC 9457 problem details."))
                .components(new Components().addSecuritySchemes("editor", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("bearer").description("The editor token the server was started with (ENTENTE_EDITOR_TOKEN)")));
    }
}
