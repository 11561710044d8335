package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.entente.support.GraphTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

@GraphTest
class SchemaIT {

    @Autowired
    SchemaInitializer schema;

    @Autowired
    Graph graph;

    @Test
    void shouldApplySchemaTwiceWithoutErrorOrChange() {
        var before = schemaObjects();
        assertThatCode(schema::apply).doesNotThrowAnyException();
        assertThatCode(schema::apply).doesNotThrowAnyException();
        assertThat(schemaObjects()).isEqualTo(before);
        assertThat(before).contains("entity_id", "article_id", "claim_id", "entity_names");
    }

    /** A typo in any Cypher file fails the build here, not in front of an analyst. */
    @TestFactory
    Stream<DynamicTest> everyCypherFileShouldCompile() throws IOException {
        var root = Path.of("cypher");
        try (var files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".cypher") && !f.getFileName().toString().equals("schema.cypher"))
                    .sorted().toList().stream()
                    .map(f -> {
                        var name = root.relativize(f).toString().replace('\\', '/').replaceAll("\\.cypher$", "");
                        return DynamicTest.dynamicTest(name, () -> graph.read(tx ->
                                tx.run("EXPLAIN " + Cypher.load(name)).consume()));
                    });
        }
    }

    private java.util.List<String> schemaObjects() {
        return graph.read(tx -> {
            var names = new java.util.ArrayList<String>();
            tx.run("SHOW CONSTRAINTS YIELD name").forEachRemaining(r -> names.add(r.get("name").asString()));
            tx.run("SHOW INDEXES YIELD name").forEachRemaining(r -> names.add(r.get("name").asString()));
            return names.stream().sorted().toList();
        });
    }
}
