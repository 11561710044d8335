package org.entente.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.entente.support.InvalidFactsCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FactsReaderTests {

    final FactsReader reader = new FactsReader();

    @Test
    void shouldReadTheValidFixtureWithQuotesPlacedInTheArticle() {
        var facts = reader.read(InvalidFactsCases.FIXTURES.resolve("valid.yaml"));
        assertThat(facts.source().id()).isEqualTo("test-article");
        assertThat(facts.entities()).extracting(Facts.Entity::id)
                .containsExactly("person:alice-example", "person:bob-sample", "country:rus");
        assertThat(facts.relationships()).extracting(Facts.Relationship::id)
                .containsExactly("test-article/LEADS:person:alice-example->country:rus",
                        "test-article/MET:person:alice-example->person:bob-sample@2009-04-01");
        var agreement = facts.claims().get(0);
        assertThat(agreement.evidence().start()).isNotNull();
        assertThat(facts.source().text().substring(agreement.evidence().start(), agreement.evidence().end()))
                .isEqualTo("The two leaders agreed on testing");
        assertThat(agreement.evidence().sentence()).startsWith("The two leaders agreed on testing, but")
                .endsWith("of the war.");
        assertThat(agreement.parties()).extracting(Facts.Party::side).containsOnly("joint");
        assertThat(facts.claims().get(1).parties()).extracting(Facts.Party::side)
                .containsExactly("person:alice-example", "person:bob-sample");
    }

    @Test
    void shouldGiveClaimsStableIdsAcrossReads() {
        var first = reader.read(InvalidFactsCases.FIXTURES.resolve("valid.yaml"));
        var second = reader.read(InvalidFactsCases.FIXTURES.resolve("valid.yaml"));
        assertThat(first.claims()).extracting(Facts.Claim::id)
                .isEqualTo(second.claims().stream().map(Facts.Claim::id).toList())
                .allMatch(id -> id.startsWith("claim:test-article:"))
                .doesNotHaveDuplicates();
    }

    @Test
    void shouldReadTheSameFactsFromJson(@TempDir Path dir) {
        var json = """
                {"source": {"id": "json-article", "title": "A JSON source", "text": "article.txt"},
                 "entities": [{"id": "person:bob-sample", "kind": "Person", "name": "Bob Sample"}],
                 "claims": [{"kind": "STATEMENT", "parties": ["person:bob-sample"], "topic": "testing",
                             "quote": "agreed on testing"}]}""";
        var facts = reader.read(InvalidFactsCases.write(dir, "facts.json", json.getBytes(StandardCharsets.UTF_8)));
        assertThat(facts.claims()).hasSize(1);
        assertThat(facts.claims().get(0).modality()).isEqualTo("ASSERTED");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.entente.support.InvalidFactsCases#cases")
    void shouldRejectInvalidFactsNamingFilePathAndLine(String name, byte[] content, String message, String path, int line,
                                                       @TempDir Path dir) {
        var file = InvalidFactsCases.write(dir, "broken.yaml", content);
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(InvalidFactsException.class, e -> {
                    assertThat(e.file()).isEqualTo(file.toString());
                    assertThat(e.problems()).anySatisfy(p -> {
                        assertThat(p.message()).contains(message);
                        assertThat(p.path()).isEqualTo(path);
                        if (line > 0) {
                            assertThat(p.line()).isEqualTo(line);
                        }
                    });
                    assertThat(e.getMessage()).contains(file.toString());
                });
    }

    @Test
    void shouldReportEveryProblemNotJustTheFirst(@TempDir Path dir) {
        var text = InvalidFactsCases.valid().replace("kind: Country", "kind: Nation").replace("published: 2009-04-01", "published: soon");
        var file = InvalidFactsCases.write(dir, "two.yaml", text.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(InvalidFactsException.class,
                e -> assertThat(e.problems()).extracting(FactsProblem::path).contains("entities[2].kind", "source.published"));
    }
}
