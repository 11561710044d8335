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
        var first = InvalidFactsCases.valid()
                .replace("    aliases: [Alice]", "    aliases: [Alice]\n    description: first draft")
                .replace("relationships:", "  - id: person:carol-extra\n    kind: Person\n    name: Carol Extra\nrelationships:");
        var edited = InvalidFactsCases.valid()
                .replace("    aliases: [Alice]", "    aliases: [Ms Example]")
                .replace("  - kind: DISAGREEMENT", "  - kind: STATEMENT");
        var file = InvalidFactsCases.write(dir, "edited.yaml", first.getBytes(StandardCharsets.UTF_8));
        assertThat(importer.importPaths(List.of(file)).ok()).isTrue();
        assertThat(entity("person:alice-example")).containsEntry("description", "first draft")
                .containsEntry("aliases", List.of("Alice"));
        assertThat(entity("person:carol-extra")).isNotEmpty();
        assertThat(kinds()).contains("DISAGREEMENT");

        InvalidFactsCases.write(dir, "edited.yaml", edited.getBytes(StandardCharsets.UTF_8));
        assertThat(importer.importPaths(List.of(file)).ok()).isTrue();

        assertThat(entity("person:alice-example")).doesNotContainKey("description")
                .containsEntry("aliases", List.of("Ms Example"))
                .containsEntry("sources", List.of("test-article"));
        assertThat(entity("person:carol-extra")).isEmpty();
        assertThat(kinds()).containsExactlyInAnyOrder("AGREEMENT", "STATEMENT");
    }

    private Map<String, Object> entity(String id) {
        return graph.read(tx -> tx.run("MATCH (e:Entity {id: $id}) RETURN properties(e) AS p", Map.of("id", id))
                .list(r -> r.get("p").asMap()).stream().findFirst().orElse(Map.of()));
    }

    private List<String> kinds() {
        return graph.read(tx -> tx.run("MATCH (c:Claim)-[:STATED_IN]->(:Article {id: 'test-article'}) RETURN c.kind AS k")
                .list(r -> r.get("k").asString()));
    }
}
