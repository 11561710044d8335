package org.entente.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Facts written back as a Facts document (DESIGN §4), in the keys a person would write by hand, so that what the
 * extractor prints can be reviewed, edited and imported like a curated file.
 */
public final class FactsDocument {

    private FactsDocument() {
    }

    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final JsonMapper COMPACT = JsonMapper.builder().build();

    public static String json(Facts facts) {
        return PRETTY.writeValueAsString(tree(facts));
    }

    /**
     * The document with the article's text in {@code source.body} (the text the quotes were found in: for an extracted
     * article, its body without markup), so that it stands alone: importing it places every quote in its sentence as
     * importing the article itself would.
     */
    public static String json(Facts facts, String body) {
        return PRETTY.writeValueAsString(tree(facts, body));
    }

    /**
     * One line of Facts JSON Lines ({@code extract --format jsonl}, the Spark job, {@code import --format facts-jsonl}):
     * {@link #json(Facts, String)} without the line breaks. JSON escapes every line break inside a string, so the
     * document is one line.
     */
    public static String jsonLine(Facts facts, String body) {
        return COMPACT.writeValueAsString(tree(facts, body));
    }

    public static String yaml(Facts facts) {
        return YAMLMapper.builder().disable(YAMLWriteFeature.WRITE_DOC_START_MARKER).enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                .build().writeValueAsString(tree(facts));
    }

    public static Map<String, Object> tree(Facts facts) {
        return tree(facts, null);
    }

    /** The document as maps and lists; {@code body}, when not {@code null}, goes into {@code source.body}. */
    public static Map<String, Object> tree(Facts facts, String body) {
        var doc = new LinkedHashMap<String, Object>();
        var s = facts.source();
        var source = new LinkedHashMap<String, Object>();
        put(source, "id", s.id());
        put(source, "title", s.title());
        put(source, "publisher", s.publisher());
        put(source, "url", s.url());
        put(source, "published", s.published());
        put(source, "path", s.path());
        put(source, "body", body);
        doc.put("source", source);
        doc.put("entities", facts.entities().stream().map(FactsDocument::entity).toList());
        doc.put("relationships", facts.relationships().stream().map(FactsDocument::relationship).toList());
        doc.put("claims", facts.claims().stream().map(FactsDocument::claim).toList());
        return doc;
    }

    private static Map<String, Object> entity(Facts.Entity e) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", e.id());
        m.put("kind", e.kind());
        m.put("name", e.name());
        if (!e.aliases().isEmpty()) {
            m.put("aliases", e.aliases());
        }
        m.putAll(e.properties());
        if (e.mentions() != null && !e.mentions().isEmpty()) {
            m.put("mentions", e.mentions().stream().map(FactsDocument::mention).toList());
        }
        return m;
    }

    /** Start, end, text, in that order on every run ({@code Map.of} iterates in an order that changes from JVM to JVM). */
    private static Map<String, Object> mention(Facts.Mention x) {
        var m = new LinkedHashMap<String, Object>();
        m.put("start", x.start());
        m.put("end", x.end());
        m.put("text", x.text());
        return m;
    }

    private static Map<String, Object> relationship(Facts.Relationship r) {
        var m = new LinkedHashMap<String, Object>();
        m.put("type", r.type());
        m.put("from", r.from());
        m.put("to", r.to());
        m.putAll(r.properties());
        if (r.evidence() != null) {
            m.put("quote", r.evidence().quote());
        }
        m.put("confidence", r.confidence());
        return m;
    }

    private static Map<String, Object> claim(Facts.Claim c) {
        var m = new LinkedHashMap<String, Object>();
        m.put("kind", c.kind());
        var parties = new ArrayList<Object>();
        var before = new ArrayList<Facts.Party>();
        for (var p : c.parties()) {
            // a side is written only where reading it back would not give it (FactsValidator's default)
            boolean plainSide = p.side() == null || p.side().equals(Facts.Party.defaultSide(c.kind(), p.id(), p.role(), before));
            before.add(p);
            if (plainSide && p.role() == null) {
                parties.add(p.id());
            } else {
                var party = new LinkedHashMap<String, Object>();
                party.put("id", p.id());
                if (!plainSide) {
                    party.put("side", p.side());
                }
                put(party, "role", p.role());
                parties.add(party);
            }
        }
        m.put("parties", parties);
        if (!c.about().isEmpty()) {
            m.put("about", c.about());
        }
        put(m, "topic", c.topic());
        put(m, "summary", c.summary());
        put(m, "date", c.date());
        put(m, "modality", c.modality());
        put(m, "quote", c.evidence().quote());
        put(m, "attributedTo", c.attributedTo());
        m.put("confidence", c.confidence());
        put(m, "cameo", c.cameo());
        put(m, "goldstein", c.goldstein());
        return m;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
