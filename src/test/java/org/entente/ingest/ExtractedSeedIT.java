package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.entente.support.GraphCounts;
import org.entente.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The foundation issue's answers from extraction alone: a graph of its own, seeded at start-up from a seeds folder
 * that holds the seed article and no curated Facts, so everything below was extracted from the text. The context
 * (and its engine) is closed after this class.
 */
@DirtiesContext
class ExtractedSeedIT extends HttpTest {

    static final String ARTICLE = "rferl-2009-04-01-medvedev-obama";

    @DynamicPropertySource
    static void seedsWithoutCuratedFacts(DynamicPropertyRegistry registry) throws IOException {
        var root = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "extracted-seed-");
        var articles = Files.createDirectories(root.resolve("seeds/articles"));
        Files.copy(Path.of("seeds/articles", ARTICLE + ".txt"), articles.resolve(ARTICLE + ".txt"));
        registry.add("entente.seeds-dir", () -> root.resolve("seeds").toString());
        registry.add("entente.data-dir", () -> root.resolve("data").toString());
        registry.add("entente.bolt-port", () -> "0");
    }

    @Test
    void shouldHoldOnlyTheExtractedSource() {
        var profile = api.entity("Russia").body();
        assertThat(list(profile.get("sources"))).extracting(s -> s.get("id").asString()).containsExactly(ARTICLE);
    }

    /** The article import labels its claims by kind as the Facts import does ({@code ClaimLabelsIT}). */
    @Test
    void shouldLabelEveryExtractedClaimByItsKind() {
        assertThat(GraphCounts.claimsNotLabelledByKind(graph)).isEmpty();
        assertThat(GraphCounts.of(graph)).containsKeys(":Agreement", ":Disagreement");
    }

    @Test
    void shouldFindTheKremlinAndResolveObama() {
        assertThat(list(api.get("/api/entities", "q", "Kremlin").body())).extracting(h -> h.get("id").asString())
                .contains("org:kremlin");
        var obama = api.entity("Obama");
        assertThat(obama.status()).isEqualTo(200);
        assertThat(obama.body().get("id").asString()).isEqualTo("person:barack-obama");
    }

    @Test
    void shouldListAgreementsAndDisagreementsBetweenTheUnitedStatesAndRussiaWithEvidence() {
        var response = api.get("/api/relations", "a", "United States", "b", "Russia");
        assertThat(response.status()).isEqualTo(200);
        var agreements = list(response.body().get("agreements"));
        var disagreements = list(response.body().get("disagreements"));
        assertThat(agreements).hasSizeGreaterThanOrEqualTo(3);
        assertThat(disagreements).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Stream.concat(agreements.stream(), disagreements.stream())).allSatisfy(claim -> {
            assertThat(claim.get("quote").asString()).isNotBlank();
            assertThat(claim.get("date").asString()).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
            assertThat(claim.get("source").get("id").asString()).isEqualTo(ARTICLE);
        });
        assertThat(disagreements).anySatisfy(claim -> assertThat(list(claim.get("about")))
                .extracting(e -> e.get("id").asString()).contains("country:geo"));
    }

    @Test
    void shouldConnectVolkToObama() {
        var response = api.get("/api/connections", "from", "Volk", "to", "Obama");
        assertThat(response.status()).isEqualTo(200);
        var paths = list(response.body().get("paths"));
        assertThat(paths).isNotEmpty().allSatisfy(path -> {
            var nodes = list(path.get("nodes"));
            assertThat(nodes.get(0).get("id").asString()).isEqualTo("person:yevgeny-volk");
            assertThat(nodes.get(nodes.size() - 1).get("id").asString()).isEqualTo("person:barack-obama");
            assertThat(list(path.get("evidence"))).hasSize(path.get("length").asInt());
        });
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
