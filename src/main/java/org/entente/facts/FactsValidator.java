package org.entente.facts;

import static org.entente.facts.FactsFields.abbreviate;
import static org.entente.facts.FactsFields.allowedKeys;
import static org.entente.facts.FactsFields.sorted;
import static org.entente.facts.FactsModel.*;
import static org.entente.facts.FactsReader.sha256;
import static org.entente.facts.FactsValues.orEmpty;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules of Facts (docs/facts.md), applied to a {@link Facts} record: ids and their shapes, kinds and types,
 * entities declared before they are used and of the kinds each place allows, dates, numbers in range, quotes that occur
 * in the article, unique ids. The one set of rules, whatever the Facts come from: {@link FactsReader} runs it on the
 * record {@link FactsShape} reads out of a document, and on a record an extractor built in memory.
 *
 * <p>Every problem names its field by its path in the document form ({@code claims[3].parties[0].id}); {@code places}
 * says where a path is written: for a document, the nearest node of the parsed tree with its line, for a record the
 * path itself. What comes back is the record normalized as the writer wants it: text stripped, default sides and
 * modality, claim and relationship ids scoped to the source, quotes placed in the article text.
 */
final class FactsValidator {

    private final FactsValues values;
    /** Declared entity id → the path of its declaration. */
    private final Map<String, String> declared = new HashMap<>();
    private final Map<String, String> kinds = new HashMap<>();
    private SourceText text;

    /** {@code problems} may hold what the shape check found: a value it refused is not reported again as missing. */
    FactsValidator(List<FactsProblem> problems, Function<String, Located> places) {
        this.values = new FactsValues(problems, places);
    }

    /** The record checked and normalized; read the problems list to know whether it may be written. */
    Facts facts(Facts facts) {
        var source = source(facts.source());
        var sourceId = source == null ? "" : source.id();
        var entities = each(facts.entities(), "entities", this::entity, null, null);
        var relationships = each(facts.relationships(), "relationships", (r, path) -> relationship(r, path, sourceId),
                Facts.Relationship::id, "relationship");
        var claims = each(facts.claims(), "claims", (c, path) -> claim(c, path, sourceId), Facts.Claim::id, "claim");
        return new Facts(source, entities, relationships, claims);
    }

    private Facts.Source source(Facts.Source s) {
        if (s == null) {
            values.problem("source", "missing 'source'");
            return null;
        }
        var id = values.required(s.id(), "source.id", "id");
        if (id != null && !id.matches("[a-z0-9][a-z0-9._-]*")) {
            values.problem("source.id", "a source id is a slug of lower-case letters, digits, '.', '_' and '-': '" + id + "'");
        }
        var title = values.required(s.title(), "source.title", "title");
        text = s.text() == null ? null : new SourceText(s.text());
        return new Facts.Source(id, title, values.text(s.publisher(), "source.publisher", "publisher"),
                values.text(s.url(), "source.url", "url"), values.date(s.published(), "source.published"),
                values.text(s.path(), "source.path", "path"), s.sha256(), s.text());
    }

    private Facts.Entity entity(Facts.Entity e, String path) {
        if (e == null) {
            values.problem(path, "expected an entity, found nothing");
            return null;
        }
        var id = values.required(e.id(), path + ".id", "id");
        var kind = values.oneOf(values.required(e.kind(), path + ".kind", "kind"), path + ".kind", KIND_PREFIX.keySet(), "kind");
        var name = values.required(e.name(), path + ".name", "name");
        if (id != null && kind != null) {
            var prefix = KIND_PREFIX.get(kind) + ":";
            if (!id.startsWith(prefix) || !id.substring(prefix.length()).matches("[a-z0-9][a-z0-9._-]*")) {
                values.problem(path + ".id", "a " + kind + " id looks like '" + prefix + "some-slug' (lower case), not '" + id + "'");
            } else if (kind.equals("Country") && !id.matches("country:[a-z]{3}")) {
                values.problem(path + ".id", "a Country id is 'country:' and the ISO 3166-1 alpha-3 code in lower case, not '" + id + "'");
            }
        }
        if (id != null) {
            if (declared.containsKey(id)) {
                values.problem(path + ".id", "duplicate entity id '" + id + "' (first at " + values.where(declared.get(id)) + ")");
                return null;
            }
            declared.put(id, path);
            if (kind != null) {
                kinds.put(id, kind);
            }
        }
        var aliases = values.textList(e.aliases(), path + ".aliases", "aliases");
        var allowed = allowedKeys(ENTITY_COMMON_KEYS, ENTITY_KEYS, kind);
        Map<String, Object> properties = new LinkedHashMap<>();
        for (var p : orEmpty(e.properties()).entrySet()) {
            var key = p.getKey();
            if (!allowed.contains(key) || ENTITY_FIELDS.contains(key)) {
                values.problem(path + "." + key, FactsFields.unknownKey(key, allowed));
            } else {
                properties.put(key, property(p.getValue(), path + "." + key, key));
            }
        }
        if (properties.get("wikidata") instanceof String q && !q.matches("Q[1-9][0-9]*")) {
            values.problem(path + ".wikidata", "a Wikidata id looks like 'Q76', not '" + q + "'");
        }
        var mentions = mentions(e.mentions(), path + ".mentions");
        return id == null || kind == null || name == null ? null
                : new Facts.Entity(id, kind, name, aliases, properties, mentions);
    }

    private Object property(Object value, String path, String key) {
        if (DATE_KEYS.contains(key)) {
            return values.date(value, path);
        }
        if (LIST_KEYS.contains(key)) {
            return values.textList(value instanceof List<?> list ? list : null, path, key);
        }
        return values.text(value, path, key);
    }

    private List<Facts.Mention> mentions(List<Facts.Mention> given, String path) {
        var out = new ArrayList<Facts.Mention>();
        var mentions = orEmpty(given);
        for (int j = 0; j < mentions.size(); j++) {
            var m = mentions.get(j);
            var at = path + "[" + j + "]";
            if (m == null) {
                values.problem(at, "expected a mention, found nothing");
                continue;
            }
            var mentionText = values.required(m.text(), at + ".text", "text");
            if (m.start() < 0 || m.end() < m.start()) {
                values.problem(at, "a mention needs 0 <= start <= end, not start " + m.start() + ", end " + m.end());
            } else if (mentionText != null) {
                out.add(new Facts.Mention(m.start(), m.end(), mentionText));
            }
        }
        return out;
    }

    private Facts.Relationship relationship(Facts.Relationship r, String path, String sourceId) {
        if (r == null) {
            values.problem(path, "expected a relationship, found nothing");
            return null;
        }
        var type = values.oneOf(values.required(r.type(), path + ".type", "type"), path + ".type", RELATIONSHIP_KEYS.keySet(),
                "relationship type");
        var from = reference(r.from(), path + ".from", "from", type == null ? null : ENDPOINTS.get(type).get(0), type);
        var to = reference(r.to(), path + ".to", "to", type == null ? null : ENDPOINTS.get(type).get(1), type);
        var evidence = evidence(r.evidence(), path);
        var confidence = values.range(r.confidence(), path + ".confidence", "confidence");
        var allowed = allowedKeys(RELATIONSHIP_COMMON_KEYS, RELATIONSHIP_KEYS, type);
        Map<String, Object> properties = new LinkedHashMap<>();
        for (var p : orEmpty(r.properties()).entrySet()) {
            var key = p.getKey();
            if (!allowed.contains(key) || RELATIONSHIP_COMMON_KEYS.contains(key)) {
                values.problem(path + "." + key, FactsFields.unknownKey(key, allowed));
            } else {
                properties.put(key, property(p.getValue(), path + "." + key, key));
            }
        }
        if (type == null || from == null || to == null || evidence == null) {
            return null;
        }
        // one relationship per source: two sources saying "Obama leads the US" are two edges, each with its own
        // words, so withdrawing one source never leaves the other's edge carrying the wrong quote
        var relationship = new Facts.Relationship(null, type, from, to, properties, evidence, confidence);
        return new Facts.Relationship(sourceId + "/" + relationship.identity(), type, from, to, properties, evidence, confidence);
    }

    private Facts.Claim claim(Facts.Claim c, String path, String sourceId) {
        if (c == null) {
            values.problem(path, "expected a claim, found nothing");
            return null;
        }
        var kind = values.oneOf(values.required(c.kind(), path + ".kind", "kind"), path + ".kind", CLAIM_KINDS, "claim kind");
        var parties = parties(c.parties(), path + ".parties", kind);
        var about = new ArrayList<String>();
        var givenAbout = orEmpty(c.about());
        for (int j = 0; j < givenAbout.size(); j++) {
            var id = reference(givenAbout.get(j), path + ".about[" + j + "]", null, null, null);
            if (id != null) {
                about.add(id);
            }
        }
        var topic = values.required(c.topic(), path + ".topic", "topic");
        var modality = values.oneOf(values.text(c.modality(), path + ".modality", "modality"), path + ".modality",
                MODALITIES, "modality");
        var attributedTo = c.attributedTo() == null ? null : reference(c.attributedTo(), path + ".attributedTo",
                "attributedTo", Set.of("Person", "Organization"), "attributedTo");
        if (c.cameo() != null && !c.cameo().matches("[0-9]{2,4}")) {
            values.problem(path + ".cameo", FactsFields.notACameo(c.cameo()));
        }
        var goldstein = c.goldstein() == null ? null : values.range(c.goldstein(), path + ".goldstein", "goldstein");
        var evidence = evidence(c.evidence(), path);
        var date = values.date(c.date(), path + ".date");
        var confidence = values.range(c.confidence(), path + ".confidence", "confidence");
        // a claim belongs to its source: even a hand-given id is scoped to it, so two sources never share one
        var given = values.text(c.id(), path + ".id", "id");
        if (given != null && !given.matches("[a-z0-9][a-z0-9._-]*")) {
            values.problem(path + ".id", "a claim id is a slug of lower-case letters, digits, '.', '_' and '-', not '" + given + "'");
            return null;
        }
        if (kind == null || parties == null || topic == null || evidence == null) {
            return null;
        }
        var key = Facts.Claim.identity(kind, parties, topic, evidence.quote());
        var id = "claim:" + sourceId + ":"
                + (given != null ? given : sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 12));
        return new Facts.Claim(id, kind, parties, about, topic, values.text(c.summary(), path + ".summary", "summary"), date,
                modality == null ? "ASSERTED" : modality, evidence, attributedTo, confidence, c.cameo(), goldstein);
    }

    private List<Facts.Party> parties(List<Facts.Party> given, String path, String kind) {
        if (given == null || given.isEmpty()) {
            values.problem(path, "a claim needs at least one party");
            return null;
        }
        var out = new ArrayList<Facts.Party>();
        for (int j = 0; j < given.size(); j++) {
            var p = given.get(j);
            var at = path + "[" + j + "]";
            if (p == null) {
                values.problem(at, "expected an entity id, found nothing");
                continue;
            }
            var id = reference(p.id(), at + ".id", "id", null, "party");
            var side = values.text(p.side(), at + ".side", "side");
            var role = values.text(p.role(), at + ".role", "role");
            if (role != null && !Facts.Party.ROLES.contains(role)) {
                values.problem(at + ".role", "a party's role is actor or target, not '" + role + "'");
            }
            if (id != null) {
                role = role != null && Facts.Party.ROLES.contains(role) ? role : null;
                out.add(new Facts.Party(id, side != null ? side : Facts.Party.defaultSide(kind, id, role, out), role));
            }
        }
        return out.size() == given.size() ? out : null;
    }

    /**
     * The quote placed in the article text, with its sentence and offsets. Without a text the quote cannot be checked:
     * the sentence and offsets given are kept (an imported export's), and without them the quote is its own sentence.
     */
    private Facts.Evidence evidence(Facts.Evidence given, String path) {
        var quote = values.required(given == null ? null : given.quote(), path + ".quote", "quote");
        if (quote == null) {
            return null;
        }
        if (text == null) {
            // no text to place the quote in: the sentence and offsets given (an export's) are kept, else the quote is its own sentence
            var sentence = given.sentence() == null || given.sentence().isBlank() ? quote : given.sentence().strip();
            boolean placed = given.start() != null && given.end() != null && 0 <= given.start() && given.start() <= given.end();
            return new Facts.Evidence(quote, sentence, placed ? given.start() : null, placed ? given.end() : null);
        }
        var found = text.locate(quote);
        if (found == null) {
            values.problem(path + ".quote", "the quote does not occur in the article text: \"" + abbreviate(quote) + "\"");
        }
        return found;
    }

    /**
     * An entity id that the Facts declare, of one of {@code kinds} when given ({@code role} names who wants it).
     * {@code key} names the field when it is missing; {@code null} for an item of a list.
     */
    private String reference(String id, String path, String key, Set<String> kinds, String role) {
        if (id == null) {
            values.problem(path, key == null ? "expected an entity id, found nothing" : "missing '" + key + "'");
            return null;
        }
        if (id.isBlank()) {
            values.problem(path, "expected an entity id, found text");
            return null;
        }
        if (!declared.containsKey(id)) {
            values.problem(path, "unknown entity '" + id + "': declare it under entities");
            return null;
        }
        var kind = this.kinds.get(id);
        if (kinds != null && kind != null && !kinds.contains(kind)) {
            values.problem(path, (role == null ? "" : role + " ") + "cannot have a " + kind + " here ('" + id + "'); allowed: " + sorted(kinds));
            return null;
        }
        return id;
    }

    /**
     * The items of a list that pass {@code check} (given each item and its path, {@code field[i]}); with {@code id}, an
     * item whose id an earlier one has is reported as a duplicate {@code what} and left out.
     */
    private <T, R> List<R> each(List<T> given, String field, java.util.function.BiFunction<T, String, R> check,
                                Function<R, String> id, String what) {
        var items = orEmpty(given);
        var out = new ArrayList<R>(items.size());
        var ids = new HashMap<String, String>();
        for (int i = 0; i < items.size(); i++) {
            var path = field + "[" + i + "]";
            var item = check.apply(items.get(i), path);
            if (item != null && (id == null || unique(ids, id.apply(item), path, what))) {
                out.add(item);
            }
        }
        return out;
    }

    private boolean unique(Map<String, String> seen, String id, String path, String what) {
        if (seen.containsKey(id)) {
            values.problem(path + ".id", "duplicate " + what + " '" + id + "' (first at " + values.where(seen.get(id)) + ")");
            return false;
        }
        seen.put(id, path);
        return true;
    }

}
