package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.entente.support.GraphCounts;
import org.entente.support.GraphTest;
import org.entente.support.InvalidFactsCases;
import org.entente.system.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every claim carries its kind as a second label ({@code :Claim:Agreement}), whoever wrote it: a Facts file, an edit of
 * it that changes a claim's kind, and its removal leave every claim labelled by its kind and none other.
 */
@GraphTest
class ClaimLabelsIT {

    @Autowired
    Importer importer;

    @Autowired
    GraphWriter writer;

    @Autowired
    Graph graph;

    @Test
    void shouldLabelEveryClaimOfAFactsFileByItsKindThroughAnEditAndTheRemoval(@TempDir Path dir) {
        var before = GraphCounts.of(graph);
        var text = InvalidFactsCases.valid().replace("  id: test-article", "  id: test-claim-labels")
                .replace("person:alice-example", "person:alice-labels").replace("person:bob-sample", "person:bob-labels");
        var file = InvalidFactsCases.write(dir, "labels.yaml", text.getBytes(StandardCharsets.UTF_8));
        try {
            assertThat(importer.importPaths(List.of(file)).ok()).isTrue();
            assertThat(labelsOfSource()).containsOnly(
                    Map.entry("AGREEMENT testing", List.of("Claim", "Agreement")),
                    Map.entry("DISAGREEMENT causes of the war", List.of("Claim", "Disagreement")));
            assertThat(GraphCounts.claimsNotLabelledByKind(graph)).isEmpty();

            // the agreement becomes a cooperation: its claim is labelled anew, and no claim keeps :Agreement for it
            InvalidFactsCases.write(dir, "labels.yaml", text.replace("  - kind: AGREEMENT", "  - kind: COOPERATION")
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(importer.importPaths(List.of(file)).ok()).isTrue();
            assertThat(labelsOfSource()).containsOnly(
                    Map.entry("COOPERATION testing", List.of("Claim", "Cooperation")),
                    Map.entry("DISAGREEMENT causes of the war", List.of("Claim", "Disagreement")));
            assertThat(GraphCounts.claimsNotLabelledByKind(graph)).isEmpty();

            assertThat(writer.delete("test-claim-labels")).isTrue();
            assertThat(labelsOfSource()).isEmpty();
            assertThat(GraphCounts.claimsNotLabelledByKind(graph)).isEmpty();
            assertThat(GraphCounts.of(graph)).as("every label counted as before, :Cooperation too").isEqualTo(before);
        } finally {
            writer.delete("test-claim-labels");
        }
    }

    /** The source's claims: "KIND topic" → their labels, Claim first. */
    private Map<String, List<String>> labelsOfSource() {
        return graph.read(tx -> tx.run("""
                MATCH (c:Claim)-[:STATED_IN]->(:Article {id: 'test-claim-labels'})
                RETURN c.kind + ' ' + c.topic AS claim, ['Claim'] + [l IN labels(c) WHERE l <> 'Claim'] AS labels""")
                .list(r -> Map.entry(r.get("claim").asString(), r.get("labels").asList(v -> v.asString()))))
                .stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
