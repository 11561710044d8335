package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.entente.ingest.GraphWriter;
import org.entente.support.GraphCounts;
import org.entente.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Actuator beyond health: /actuator/prometheus counts what imports do (sources written and failed, claims, the time of
 * each write and of each article's extraction) and times requests per endpoint; /actuator/metrics names the same
 * meters; /actuator/info shows the version and the graph's size.
 */
class MetricsIT extends HttpTest {

    private static final String FACTS = """
            source:
              id: test-metrics-facts
              title: Two ministries agree on cod
              published: "2026-03-09"
            entities:
              - id: org:test-metrics-ministry-a
                kind: Organization
                name: Test Fisheries Ministry A
              - id: org:test-metrics-ministry-b
                kind: Organization
                name: Test Fisheries Ministry B
            relationships: []
            claims:
              - kind: AGREEMENT
                parties: [org:test-metrics-ministry-a, org:test-metrics-ministry-b]
                topic: sharing cod catch data
                date: "2026-03-09"
                modality: ASSERTED
                quote: The two ministries agreed to share catch data.
            """;
    private static final String ARTICLE = """
            Norwegian and Swedish fisheries ministers met in Tromsø on Monday to discuss cod quotas, the Norwegian government said.
            The two ministers agreed to share catch data.
            """;

    @Autowired
    GraphWriter writer;

    @Test
    void shouldCountSourcesClaimsFailuresAndExtraction(@TempDir Path dir) throws IOException {
        var facts = Files.writeString(dir.resolve("metrics.yaml"), FACTS);
        var broken = Files.writeString(dir.resolve("broken.yaml"), "source: [not, a, source\n");
        var graphBefore = GraphCounts.of(graph);
        var before = scrape();
        try {
            var report = importer.importPaths(List.of(facts, broken));
            assertThat(report.imported()).hasSize(1);
            assertThat(report.failed()).hasSize(1);
            var posted = api.post("/api/articles?id=test-metrics-article&title=Cod%20talks&published=2026-03-09", "text/plain",
                    ARTICLE.getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer test-editor-token-not-a-secret");
            assertThat(posted.status()).as(posted.body().toString()).isEqualTo(201);

            var after = scrape();
            assertThat(after.delta(before, "entente_import_sources_total", "outcome=\"imported\"")).isEqualTo(2);
            assertThat(after.delta(before, "entente_import_sources_total", "outcome=\"failed\"")).isEqualTo(1);
            assertThat(after.delta(before, "entente_import_claims_total")).isEqualTo(1 + posted.body().get("claims").asInt());
            assertThat(after.delta(before, "entente_import_source_seconds_count")).isEqualTo(2);
            assertThat(after.delta(before, "entente_extraction_seconds_count")).isEqualTo(1);
            assertThat(after.delta(before, "entente_extraction_seconds_sum")).isPositive();
            assertThat(after.value("entente_import_batch_seconds_count")).as("registered before the first bulk import").isNotNull();
        } finally {
            writer.delete("test-metrics-facts");
            writer.delete("test-metrics-article");
        }
        assertThat(GraphCounts.of(graph)).isEqualTo(graphBefore);
    }

    @Test
    void shouldTimeRequestsPerEndpointAndShowTheJvm() {
        api.get("/api/relations", "a", "United States", "b", "Russia").ok();
        var metrics = scrape();
        assertThat(metrics.value("http_server_requests_seconds_count", "uri=\"/api/relations\"", "status=\"200\"")).isPositive();
        assertThat(metrics.value("jvm_memory_used_bytes", "area=\"heap\"")).isPositive();
        assertThat(metrics.text()).contains("application=\"entente\"");

        var meter = api.get("/actuator/metrics/entente.import.sources").ok();
        assertThat(meter.get("name").asString()).isEqualTo("entente.import.sources");
        assertThat(meter.get("availableTags").toString()).contains("outcome").contains("imported").contains("failed");
    }

    @Test
    void shouldShowTheVersionAndTheGraphsSizeInInfo() {
        var info = api.get("/actuator/info").ok();
        assertThat(info.get("build").get("version").asString()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(info.get("build").get("artifact").asString()).isEqualTo("entente");
        var counts = GraphCounts.of(graph);
        assertThat(info.get("graph").get("sources").asLong()).isEqualTo(counts.get(":Article"));
        assertThat(info.get("graph").get("claims").asLong()).isEqualTo(counts.get(":Claim"));
        assertThat(info.get("graph").get("entities").asLong()).isEqualTo(counts.get(":Entity"));
    }

    private Scrape scrape() {
        var response = api.getRaw("/actuator/prometheus");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/plain");
        return new Scrape(response.body().asString());
    }

    /** Prometheus' text format: one sample a line, {@code name{label="value",...} number}. */
    private record Scrape(String text) {

        /** The sample of {@code name} whose labels include every one of {@code labels}; null when there is none. */
        Double value(String name, String... labels) {
            return text.lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                    .filter(l -> java.util.Arrays.stream(labels).allMatch(l::contains))
                    .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(null);
        }

        double delta(Scrape before, String name, String... labels) {
            var now = value(name, labels);
            assertThat(now).as(name + " " + String.join(",", labels)).isNotNull();
            var then = before.value(name, labels);
            return now - (then == null ? 0 : then);
        }
    }
}
