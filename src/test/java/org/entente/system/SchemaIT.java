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

    /**
     * CrashImportIT once killed an import while it created a constraint: the store kept the constraint's index without
     * the constraint, and every later start failed ("There already exists an index called 'article_id'").
     */
    @Test
    void shouldRecoverAConstraintWhoseIndexACrashLeftBehind() {
        graph.write(tx -> tx.run("DROP CONSTRAINT upgrade_name").consume());
        graph.write(tx -> tx.run("CREATE INDEX upgrade_name FOR (u:Upgrade) ON (u.name)").consume());
        try {
            assertThatCode(schema::apply).doesNotThrowAnyException();
            long constraints = graph.read(tx -> tx.run("SHOW CONSTRAINTS YIELD name WHERE name = 'upgrade_name' RETURN count(*) AS n")
                    .single().get("n").asLong());
            assertThat(constraints).isEqualTo(1L);
        } finally {
            schema.apply();
        }
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

    /**
     * The analyst's library: each explore statement opens with the question it answers, its parameters and an example
     * (a Cypher map), and that example answers something on the seed.
     */
    @TestFactory
    Stream<DynamicTest> everyExploreQueryShouldAnswerItsOwnExample() throws IOException {
        var root = Path.of("cypher/explore");
        try (var files = Files.list(root)) {
            return files.filter(f -> f.toString().endsWith(".cypher")).sorted().toList().stream().map(f -> {
                var name = "explore/" + f.getFileName().toString().replaceAll("\\.cypher$", "");
                return DynamicTest.dynamicTest(name, () -> {
                    var header = Cypher.load(name).lines().takeWhile(l -> l.startsWith("//")).toList();
                    assertThat(header).as(name).isNotEmpty();
                    assertThat(header.get(0)).as(name).startsWith("// Question: ");
                    var parameters = header.stream().filter(l -> l.startsWith("// Parameters: ")).findFirst();
                    var example = header.stream().filter(l -> l.startsWith("// Example: {")).findFirst();
                    assertThat(parameters).as(name + " names its parameters").isPresent();
                    assertThat(example).as(name + " gives an example").isPresent();
                    assertThat(header.indexOf(parameters.get())).isLessThan(header.indexOf(example.get()));
                    var map = example.get().substring("// Example: ".length());
                    var rows = graph.read(tx -> tx.run(Cypher.load(name),
                            tx.run("RETURN " + map + " AS p").single().get("p").asMap()).list());
                    assertThat(rows).as(name + " with " + map).isNotEmpty();
                });
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
