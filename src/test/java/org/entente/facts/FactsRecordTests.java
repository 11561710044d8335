package org.entente.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.entente.support.InvalidFactsCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A Facts record built in memory passes the rules a Facts document passes, with no JSON in between. */
class FactsRecordTests {

    static final String ARTICLE = article();

    final FactsReader reader = new FactsReader();

    @Test
    void shouldValidateARecordAsItsDocumentIsRead() {
        var record = valid();

        var validated = reader.validate("test.txt", record, ARTICLE);

        var json = FactsDocument.json(record).getBytes(StandardCharsets.UTF_8);
        assertThat(validated).isEqualTo(reader.read("test.json", json, true, null, ARTICLE));
        assertThat(validated.claims()).extracting(Facts.Claim::id).allMatch(id -> id.startsWith("claim:test-article:"));
        assertThat(validated.relationships()).extracting(Facts.Relationship::id)
                .containsExactly("test-article/LEADS:person:alice-example->country:rus",
                        "test-article/MET:person:alice-example->person:bob-sample@2009-04-01");
        var agreement = validated.claims().get(0);
        assertThat(ARTICLE.substring(agreement.evidence().start(), agreement.evidence().end()))
                .isEqualTo("The two leaders agreed on testing");
        assertThat(agreement.parties()).extracting(Facts.Party::side).containsOnly("joint");
        assertThat(validated.source().text()).isEqualTo(ARTICLE);
        assertThat(validated.source().sha256()).isEqualTo(FactsReader.sha256(ARTICLE.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Actors of a disagreement or a conflict stand together, and so do its targets, when no side is given ("The United
     * States and Japan oppose China's claims": not Japan against the United States), as the extractor writes them; a
     * side given stays, and the document writes only the sides that reading it back would not give.
     */
    /**
     * The same Facts give the same bytes on every run, so that two runs of {@code extract} can be compared with diff: a
     * mention's keys come in the order start, end, text (they came in {@code Map.of}'s order, which changes from JVM to
     * JVM, so that one article extracted twice gave two different files).
     */
    @Test
    void shouldWriteAMentionsKeysInOneOrder() {
        var record = valid();
        var alice = record.entities().get(0);
        var mentioned = new Facts.Entity(alice.id(), alice.kind(), alice.name(), alice.aliases(), alice.properties(),
                List.of(new Facts.Mention(10, 23, "Alice Example")));
        var entities = new ArrayList<>(record.entities());
        entities.set(0, mentioned);
        record = new Facts(record.source(), entities, record.relationships(), record.claims());

        var json = FactsDocument.json(record);

        assertThat(json.replaceAll("\\s", "")).contains("\"mentions\":[{\"start\":10,\"end\":23,\"text\":\"AliceExample\"}]");
    }

    @Test
    void shouldPutTheActorsOfAQuarrelOnOneSideWhenNoSideIsGiven() {
        var quarrel = new Facts.Claim(null, "DISAGREEMENT", List.of(new Facts.Party("person:alice-example", null, "actor"),
                new Facts.Party("country:rus", null, "actor"), new Facts.Party("person:bob-sample", null, "target")), List.of(),
                "causes of the war", null, "2009-04-01", null, quote("they still disagree about the \"causes and sequence\" of the war"),
                null, 1.0, null, null);
        var record = valid();
        record = new Facts(record.source(), record.entities(), record.relationships(), List.of(record.claims().get(0), quarrel));

        var validated = reader.validate("test.txt", record, ARTICLE);

        assertThat(validated.claims().get(1).parties()).extracting(Facts.Party::side)
                .containsExactly("person:alice-example", "person:alice-example", "person:bob-sample");
        var json = FactsDocument.json(validated);
        assertThat(json).doesNotContain("\"side\"");
        assertThat(reader.read("test.json", json.getBytes(StandardCharsets.UTF_8), true, null, ARTICLE)).isEqualTo(validated);
        // must not: a side given, and the parties of a claim with no roles, each on its own side
        var given = new Facts.Claim(null, "DISAGREEMENT", List.of(new Facts.Party("person:alice-example", null, "actor"),
                new Facts.Party("country:rus", "russia", "actor")), List.of(), "causes of the war", null, "2009-04-01", null,
                quote("they still disagree about the \"causes and sequence\" of the war"), null, 1.0, null, null);
        var withSide = reader.validate("test.txt", new Facts(record.source(), record.entities(), record.relationships(),
                List.of(record.claims().get(0), given)), ARTICLE);
        assertThat(withSide.claims().get(1).parties()).extracting(Facts.Party::side).containsExactly("person:alice-example", "russia");
        assertThat(reader.validate("test.txt", valid(), ARTICLE).claims().get(1).parties()).extracting(Facts.Party::side)
                .containsExactly("person:alice-example", "person:bob-sample");
    }

    @Test
    void shouldReadALineOfFactsJsonLinesWithItsArticleAsTheRecordWithItsArticle() {
        var record = valid();

        var line = FactsDocument.jsonLine(record, ARTICLE);

        assertThat(line).doesNotContain("\n", "\r").contains("\"body\":");
        var read = reader.read("facts.jsonl:1", line.getBytes(StandardCharsets.UTF_8), true, null);
        assertThat(read).isEqualTo(reader.validate("test.txt", record, ARTICLE));
        assertThat(read.claims()).allSatisfy(c -> assertThat(c.evidence().sentence()).isNotBlank());
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        assertThat(json.readTree(line)).isEqualTo(json.readTree(FactsDocument.json(record, ARTICLE)));
    }

    @Test
    void shouldRefuseABodyBesideATextFileAndQuotesABlankBodyLacks() {
        var line = FactsDocument.jsonLine(valid(), ARTICLE);
        var both = line.replace("\"body\":", "\"text\":\"article.txt\",\"body\":");
        var blank = FactsDocument.jsonLine(valid(), "");
        var nothing = new Facts(valid().source(), List.of(), List.of(), List.of());

        assertThatThrownBy(() -> reader.read("both.jsonl", both.getBytes(StandardCharsets.UTF_8), true, null))
                .isInstanceOf(InvalidFactsException.class).hasMessageContaining("source.body: source has both text");
        assertThatThrownBy(() -> reader.read("blank.jsonl", blank.getBytes(StandardCharsets.UTF_8), true, null))
                .isInstanceOf(InvalidFactsException.class).hasMessageContaining("the quote does not occur in the article text");
        // an article that was all markup or boilerplate: a source that says nothing, as when the article itself is imported
        var empty = reader.read("empty.jsonl", FactsDocument.jsonLine(nothing, "").getBytes(StandardCharsets.UTF_8), true, null);
        assertThat(empty).isEqualTo(reader.validate("empty.txt", nothing, ""));
    }

    @Test
    void shouldGiveTheValidFixtureFromItsRecordAsFromItsFile() {
        var fromFile = reader.read(InvalidFactsCases.FIXTURES.resolve("valid.yaml"));

        var fromRecord = reader.validate("valid.yaml", valid(), ARTICLE);

        assertThat(fromRecord).isEqualTo(fromFile);
    }

    /** name, edit of the valid record, path of the field, message fragment. */
    static Stream<Arguments> invalidRecords() {
        return Stream.of(
                Arguments.of("unknown party", claim(0, c -> new Facts.Claim(c.id(), c.kind(),
                                List.of(new Facts.Party("person:alice-example", null), new Facts.Party("person:nobody", null)),
                                c.about(), c.topic(), c.summary(), c.date(), c.modality(), c.evidence(), c.attributedTo(),
                                c.confidence(), c.cameo(), c.goldstein())),
                        "claims[0].parties[1].id", "unknown entity 'person:nobody': declare it under entities"),
                Arguments.of("bad date", claim(0, c -> new Facts.Claim(c.id(), c.kind(), c.parties(), c.about(), c.topic(),
                                c.summary(), "April 1", c.modality(), c.evidence(), c.attributedTo(), c.confidence(), c.cameo(),
                                c.goldstein())),
                        "claims[0].date", "'April 1' is not a date"),
                Arguments.of("quote not in the text", claim(0, c -> new Facts.Claim(c.id(), c.kind(), c.parties(), c.about(),
                                c.topic(), c.summary(), c.date(), c.modality(), quote("The two leaders agreed on everything"),
                                c.attributedTo(), c.confidence(), c.cameo(), c.goldstein())),
                        "claims[0].quote", "the quote does not occur in the article text"),
                Arguments.of("missing topic", claim(1, c -> new Facts.Claim(c.id(), c.kind(), c.parties(), c.about(), null,
                                c.summary(), c.date(), c.modality(), c.evidence(), c.attributedTo(), c.confidence(), c.cameo(),
                                c.goldstein())),
                        "claims[1].topic", "missing 'topic'"),
                Arguments.of("unknown entity kind", entity(2, e -> new Facts.Entity(e.id(), "Nation", e.name(), e.aliases(),
                                e.properties(), e.mentions())),
                        "entities[2].kind", "unknown kind 'Nation'"),
                Arguments.of("unknown property", entity(0, e -> new Facts.Entity(e.id(), e.kind(), e.name(), e.aliases(),
                                Map.of("colour", "red"), e.mentions())),
                        "entities[0].colour", "unknown key 'colour'"),
                Arguments.of("wrong endpoint kind", relationship(0, r -> new Facts.Relationship(null, r.type(), "country:rus",
                                r.to(), r.properties(), r.evidence(), r.confidence())),
                        "relationships[0].from", "LEADS cannot have a Country here"),
                Arguments.of("confidence out of range", relationship(1, r -> new Facts.Relationship(null, r.type(), r.from(),
                                r.to(), r.properties(), r.evidence(), 1.5)),
                        "relationships[1].confidence", "confidence is a number from 0 to 1, not 1.5"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRecords")
    void shouldRefuseAnInvalidRecordNamingTheField(String name, Facts record, String path, String message) {
        assertThatThrownBy(() -> reader.validate("test.txt (extracted)", record, ARTICLE))
                .isInstanceOfSatisfying(InvalidFactsException.class, e -> {
                    assertThat(e.file()).isEqualTo("test.txt (extracted)");
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.path()).isEqualTo(path);
                        assertThat(p.message()).contains(message);
                        assertThat(p.line()).isZero();
                    });
                    assertThat(e.getMessage()).contains("test.txt (extracted): " + path + ": " + message);
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRecords")
    void shouldRefuseARecordWithTheMessageItsDocumentGets(String name, Facts record, String path, String message) {
        var json = FactsDocument.json(record).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read("test.json", json, true, null, ARTICLE))
                .isInstanceOfSatisfying(InvalidFactsException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> assertThat(p.message()).contains(message)));
    }

    @Test
    void shouldRefuseTwoClaimsWithOneId() {
        var claims = new ArrayList<>(valid().claims());
        claims.replaceAll(c -> new Facts.Claim("talks", c.kind(), c.parties(), c.about(), c.topic(), c.summary(), c.date(),
                c.modality(), c.evidence(), c.attributedTo(), c.confidence(), c.cameo(), c.goldstein()));
        var record = new Facts(valid().source(), valid().entities(), valid().relationships(), claims);

        assertThatThrownBy(() -> reader.validate("test.txt", record, ARTICLE))
                .isInstanceOfSatisfying(InvalidFactsException.class, e -> assertThat(e.problems()).singleElement()
                        .isEqualTo(new FactsProblem("claims[1].id", 0,
                                "duplicate claim 'claim:test-article:talks' (first at claims[0])")));
    }

    @Test
    void shouldReportEveryProblemOfARecord() {
        var record = claim(0, c -> new Facts.Claim(c.id(), "ALLIANCE", c.parties(), c.about(), c.topic(), c.summary(), "soon",
                c.modality(), c.evidence(), c.attributedTo(), c.confidence(), "5", 11.0));

        assertThatThrownBy(() -> reader.validate("test.txt", record, ARTICLE))
                .isInstanceOfSatisfying(InvalidFactsException.class, e -> assertThat(e.problems()).extracting(FactsProblem::path)
                        .containsExactlyInAnyOrder("claims[0].kind", "claims[0].date", "claims[0].cameo", "claims[0].goldstein"));
    }

    /** The valid fixture (valid.yaml) as an extractor would build it: no ids, no sides, quotes without offsets. */
    static Facts valid() {
        var source = new Facts.Source("test-article", "Alice Example meets Bob Sample", "Test Wire", null, "2009-04-01", null,
                null, null);
        var entities = List.of(
                new Facts.Entity("person:alice-example", "Person", "Alice Example", List.of("Alice"), Map.of(), List.of()),
                new Facts.Entity("person:bob-sample", "Person", "Bob Sample", List.of(), Map.of(), List.of()),
                new Facts.Entity("country:rus", "Country", "Russia", List.of(), Map.of("iso3", "RUS"), List.of()));
        var relationships = List.of(
                new Facts.Relationship(null, "LEADS", "person:alice-example", "country:rus", Map.of("title", "President"),
                        quote("President Alice Example of Russia"), 1.0),
                new Facts.Relationship(null, "MET", "person:alice-example", "person:bob-sample",
                        Map.of("date", "2009-04-01", "place", "Paris"), quote("met Bob Sample in Paris on April 1"), 1.0));
        var both = List.of(new Facts.Party("person:alice-example", null), new Facts.Party("person:bob-sample", null));
        var claims = List.of(
                new Facts.Claim(null, "AGREEMENT", both, List.of("country:rus"), "testing", null, "2009-04-01", "ASSERTED",
                        quote("The two leaders agreed on testing"), null, 1.0, "057", 8.0),
                new Facts.Claim(null, "DISAGREEMENT", both, List.of(), "causes of the war", null, "2009-04-01", null,
                        quote("they still disagree about the \"causes and sequence\" of the war"), null, 1.0, null, null));
        return new Facts(source, entities, relationships, claims);
    }

    private static Facts.Evidence quote(String quote) {
        return new Facts.Evidence(quote, null, null, null);
    }

    private static Facts claim(int index, UnaryOperator<Facts.Claim> edit) {
        var f = valid();
        var claims = new ArrayList<>(f.claims());
        claims.set(index, edit.apply(claims.get(index)));
        return new Facts(f.source(), f.entities(), f.relationships(), claims);
    }

    private static Facts entity(int index, UnaryOperator<Facts.Entity> edit) {
        var f = valid();
        var entities = new ArrayList<>(f.entities());
        entities.set(index, edit.apply(entities.get(index)));
        return new Facts(f.source(), entities, f.relationships(), f.claims());
    }

    private static Facts relationship(int index, UnaryOperator<Facts.Relationship> edit) {
        var f = valid();
        var relationships = new ArrayList<>(f.relationships());
        relationships.set(index, edit.apply(relationships.get(index)));
        return new Facts(f.source(), f.entities(), relationships, f.claims());
    }

    private static String article() {
        try {
            return Files.readString(InvalidFactsCases.FIXTURES.resolve("article.txt"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
