package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.entente.support.GraphTest;
import org.entente.support.InvalidFactsCases;
import org.entente.system.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Re-importing an edited Facts file replaces what the source said before, names and attributes included. */
@GraphTest
class EditedSourceIT {

    @Autowired
    Importer importer;

    @Autowired
    Graph graph;

    @Test
    void shouldTakeBackAliasesAttributesEntitiesAndClaimsThatAnEditedFileNoLongerStates(@TempDir Path dir) {
        var valid = InvalidFactsCases.valid().replace("person:alice-example", "person:alice-edited")
                .replace("  id: test-article", "  id: test-edited");
        var first = valid
                .replace("    aliases: [Alice]", "    aliases: [Alice]\n    description: first draft")
                .replace("relationships:", "  - id: person:carol-extra\n    kind: Person\n    name: Carol Extra\nrelationships:");
        var edited = valid
                .replace("    aliases: [Alice]", "    aliases: [Ms Example]")
                .replace("  - kind: DISAGREEMENT", "  - kind: STATEMENT");
        var file = InvalidFactsCases.write(dir, "edited.yaml", first.getBytes(StandardCharsets.UTF_8));
        assertThat(importer.importPaths(List.of(file)).ok()).isTrue();
        assertThat(entity("person:alice-edited")).containsEntry("description", "first draft")
                .containsEntry("aliases", List.of("Alice"));
        assertThat(entity("person:carol-extra")).isNotEmpty();
        assertThat(kinds()).contains("DISAGREEMENT");

        InvalidFactsCases.write(dir, "edited.yaml", edited.getBytes(StandardCharsets.UTF_8));
        assertThat(importer.importPaths(List.of(file)).ok()).isTrue();

        assertThat(entity("person:alice-edited")).doesNotContainKey("description")
                .containsEntry("aliases", List.of("Ms Example"))
                .containsEntry("sources", List.of("test-edited"));
        assertThat(entity("person:carol-extra")).isEmpty();
        assertThat(kinds()).containsExactlyInAnyOrder("AGREEMENT", "STATEMENT");
    }

    @Test
    void shouldKeepTwoSourcesApartWhileTheyShareEntities(@TempDir Path dir) {
        var a = InvalidFactsCases.valid().replace("  id: test-article", "  id: test-a")
                .replace("  - kind: AGREEMENT\n", "  - kind: AGREEMENT\n    id: c1\n");
        var b = a.replace("  id: test-a", "  id: test-b").replace("aliases: [Alice]", "aliases: [Ally]");
        var fileA = InvalidFactsCases.write(dir, "a.yaml", a.getBytes(StandardCharsets.UTF_8));
        var fileB = InvalidFactsCases.write(dir, "b.yaml", b.getBytes(StandardCharsets.UTF_8));
        assertThat(importer.importPaths(List.of(fileA, fileB)).ok()).isTrue();

        assertThat(statedIn("claim:test-a:c1")).containsExactly("test-a");
        assertThat(statedIn("claim:test-b:c1")).containsExactly("test-b");
        assertThat(entity("person:alice-example")).containsEntry("aliases", List.of("Alice", "Ally"))
                .containsEntry("sources", List.of("test-a", "test-b"));
        assertThat(stanceCount("AGREES_WITH")).isEqualTo(2);
        List<List<String>> leadsSources = graph.read(tx -> tx.run("""
                MATCH (:Person {id: 'person:alice-example'})-[r:LEADS]->(:Country {id: 'country:rus'})
                RETURN r.sources AS s ORDER BY s""").list(r -> r.get("s").asList(v -> v.asString())));
        assertThat(leadsSources).containsExactly(List.of("test-a"), List.of("test-b"));

        var before = org.entente.support.GraphCounts.of(graph);
        var aliasesBefore = entity("person:alice-example").get("aliases");
        assertThat(importer.importPaths(List.of(fileA)).ok()).isTrue();
        assertThat(org.entente.support.GraphCounts.of(graph)).isEqualTo(before);
        assertThat(entity("person:alice-example").get("aliases")).isEqualTo(aliasesBefore);

        InvalidFactsCases.write(dir, "a.yaml", a.replace("  - kind: AGREEMENT", "  - kind: STATEMENT")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(importer.importPaths(List.of(fileA)).ok()).isTrue();
        assertThat(stanceCount("AGREES_WITH")).isEqualTo(1);
        assertThat(stanceCount("DISAGREES_WITH")).isEqualTo(2);

        var twin = InvalidFactsCases.write(dir, "twin.yaml", b.getBytes(StandardCharsets.UTF_8));
        var report = importer.importPaths(List.of(fileB, twin));
        assertThat(report.failed()).singleElement().satisfies(f ->
                assertThat(f.errors()).anyMatch(e -> e.contains("'test-b' is also the source id of " + fileB)));
    }

    private List<String> statedIn(String claimId) {
        return graph.read(tx -> tx.run("MATCH (:Claim {id: $id})-[:STATED_IN]->(a:Article) RETURN a.id AS id",
                Map.of("id", claimId)).list(r -> r.get("id").asString()));
    }

    private long stanceCount(String type) {
        return graph.read(tx -> tx.run("MATCH (:Person {id: 'person:alice-example'})-[r]-(:Person {id: 'person:bob-sample'}) "
                + "WHERE type(r) = $type RETURN coalesce(max(r.count), 0) AS n", Map.of("type", type))
                .single().get("n").asLong());
    }

    private Map<String, Object> entity(String id) {
        return graph.read(tx -> tx.run("MATCH (e:Entity {id: $id}) RETURN properties(e) AS p", Map.of("id", id))
                .list(r -> r.get("p").asMap()).stream().findFirst().orElse(Map.of()));
    }

    private List<String> kinds() {
        return graph.read(tx -> tx.run("MATCH (c:Claim)-[:STATED_IN]->(:Article {id: 'test-edited'}) RETURN c.kind AS k")
                .list(r -> r.get("k").asString()));
    }
}
