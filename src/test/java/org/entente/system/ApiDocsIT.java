package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.support.HttpTest;
import org.junit.jupiter.api.Test;

/** The API describes itself (OpenAPI, Swagger UI) and reports its health, Neo4j included. */
class ApiDocsIT extends HttpTest {

    @Test
    void shouldDescribeEveryEndpointInOpenApi() {
        var docs = api.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        var paths = docs.body().get("paths");
        for (var path : new String[] {"/api/entities", "/api/entities/{ref}", "/api/relations", "/api/connections", "/api/stances",
                "/api/timeline", "/api/articles", "/api/articles/{id}", "/api/ask", "/api/export"}) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        assertThat(paths.get("/api/ask").get("get").get("summary").asString()).isNotBlank();
        assertThat(paths.get("/api/stances").get("get").get("parameters").toString()).contains("about").contains("limit");
        var stances = paths.get("/api/stances").get("get").get("responses");
        for (var status : new String[] {"200", "400", "404", "409", "503"}) {
            assertThat(stances.has(status)).as("/api/stances " + status).isTrue();
        }
        assertThat(stances.get("404").toString()).contains("application/problem+json");
        assertThat(paths.get("/api/ask").get("get").get("responses").has("422")).isTrue();
    }

    @Test
    void shouldServeSwaggerUi() throws Exception {
        var client = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build();
        var response = client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/swagger-ui.html")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).containsIgnoringCase("swagger");
    }

    @Test
    void shouldReportNeo4jInHealth() {
        var health = api.get("/actuator/health").body();
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("neo4j").get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("neo4j").has("details")).as("no versions or hosts in public").isFalse();
    }
}
