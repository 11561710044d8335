package org.entente.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * Names the API in its OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}) and declares
 * the editor's bearer token that writing requires.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

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
