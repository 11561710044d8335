package org.entente.facts;

import static org.entente.facts.FactsModel.*;
import static org.entente.facts.FactsReader.MAX_BYTES;
import static org.entente.facts.FactsReader.decodeUtf8;
import static org.entente.facts.FactsReader.sha256;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One pass of validation over one parsed Facts document: every problem is collected with its path and line, and
 * the records are built from what is valid. Used by {@link FactsReader}.
 */
final class FactsValidator {

    private final List<FactsProblem> problems;
    private final Path baseDir;
    private final String fileSha256;
    private final Map<String, Located> declared = new LinkedHashMap<>();
    private final Map<String, String> kinds = new LinkedHashMap<>();
    private final FactsFields fields;
    private SourceText text;
    private final String articleText;

    FactsValidator(List<FactsProblem> problems, Path baseDir, String fileSha256) {
        this(problems, baseDir, fileSha256, null);
    }

    /** {@code articleText}: the article the document was extracted from, for quotes when it names no text file. */
    FactsValidator(List<FactsProblem> problems, Path baseDir, String fileSha256, String articleText) {
        this.problems = problems;
        this.baseDir = baseDir;
        this.fileSha256 = fileSha256;
        this.articleText = articleText;
        this.fields = new FactsFields(problems);
    }

    Facts document(Located root) {
        if (!root.isMap()) {
            fields.problem(root, "a Facts document is a mapping with source, entities, relationships and claims, not "
                    + root.typeName());
            return null;
        }
        var top = root.map();
        fields.unknownKeys(root, TOP_KEYS);
        var sourceNode = top.get("source");
        if (sourceNode == null) {
            fields.problem(root, "missing 'source'");
            return null;
        }
        var source = source(sourceNode);
        var entities = new ArrayList<Facts.Entity>();
        for (var e : fields.list(top.get("entities"))) {
            entity(e, entities);
        }
        var relationships = new ArrayList<Facts.Relationship>();
        var relationshipIds = new LinkedHashMap<String, Located>();
        for (var r : fields.list(top.get("relationships"))) {
            var rel = relationship(r, source == null ? "" : source.id());
            if (rel != null && unique(relationshipIds, rel.id(), r, "relationship")) {
                relationships.add(rel);
            }
        }
        var claims = new ArrayList<Facts.Claim>();
        var claimIds = new LinkedHashMap<String, Located>();
        for (var c : fields.list(top.get("claims"))) {
            var claim = claim(c, source == null ? "" : source.id());
            if (claim != null && unique(claimIds, claim.id(), c, "claim")) {
                claims.add(claim);
            }
        }
        return new Facts(source, entities, relationships, claims);
    }

    private Facts.Source source(Located node) {
        if (!fields.mapping(node)) {
            return null;
        }
        fields.unknownKeys(node, SOURCE_KEYS);
        var id = fields.requiredText(node, "id");
        if (id != null && !id.matches("[a-z0-9][a-z0-9._-]*")) {
            fields.problem(node.map().get("id"), "a source id is a slug of lower-case letters, digits, '.', '_' and '-': '" + id + "'");
        }
        var title = fields.requiredText(node, "title");
        var published = fields.date(node, "published");
        var textPath = fields.optionalText(node, "text");
        String body = null;
        String sha = fileSha256;
        if (textPath == null && articleText != null) {
            body = articleText;
            text = new SourceText(articleText);
            sha = sha256(articleText.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } else if (textPath != null && baseDir == null) {
            fields.problem(node.map().get("text"), "source.text names a file, and this document is not read from a folder");
        } else if (textPath != null && !textPath.toLowerCase().matches(".*\\.(txt|md|markdown|html?)$")) {
            fields.problem(node.map().get("text"), "source.text must name an article file (.txt, .md, .html), not '" + textPath + "'");
        } else if (textPath != null) {
            var resolved = baseDir.resolve(textPath).normalize();
            // an article sits beside the Facts file or in a sibling folder (seeds/curated → seeds/articles)
            var root = baseDir.getParent() == null ? baseDir : baseDir.getParent();
            try {
                if (!Files.isRegularFile(resolved) || !resolved.toRealPath().startsWith(root.toRealPath())) {
                    throw new IOException("outside " + root);
                }
                if (Files.size(resolved) > MAX_BYTES) {
                    throw new IOException("larger than " + MAX_BYTES / 1024 / 1024 + " MB");
                }
                var bytes = Files.readAllBytes(resolved);
                body = decodeUtf8(bytes);
                if (body == null) {
                    fields.problem(node.map().get("text"), "the article text " + resolved + " is not UTF-8");
                } else {
                    text = new SourceText(body);
                    sha = sha256(bytes);
                }
            } catch (IOException e) {
                fields.problem(node.map().get("text"), "cannot read the article text '" + textPath + "': it must be a file "
                        + "beside the Facts file or in a folder next to it, of at most " + MAX_BYTES / 1024 / 1024 + " MB");
            }
        }
        return new Facts.Source(id, title, fields.optionalText(node, "publisher"), fields.optionalText(node, "url"), published,
                fields.optionalText(node, "path"), sha, body);
    }

    private void entity(Located node, List<Facts.Entity> out) {
        if (!fields.mapping(node)) {
            return;
        }
        var id = fields.requiredText(node, "id");
        var kind = fields.oneOf(node, "kind", KIND_PREFIX.keySet(), "kind", true);
        var name = fields.requiredText(node, "name");
        var allowed = FactsFields.allowedKeys(ENTITY_COMMON_KEYS, ENTITY_KEYS, kind);
        fields.unknownKeys(node, allowed);
        if (id != null && kind != null) {
            var prefix = KIND_PREFIX.get(kind) + ":";
            if (!id.startsWith(prefix) || !id.substring(prefix.length()).matches("[a-z0-9][a-z0-9._-]*")) {
                fields.problem(node.map().get("id"), "a " + kind + " id looks like '" + prefix + "some-slug' (lower case), not '" + id + "'");
            } else if (kind.equals("Country") && !id.matches("country:[a-z]{3}")) {
                fields.problem(node.map().get("id"), "a Country id is 'country:' and the ISO 3166-1 alpha-3 code in lower case, not '" + id + "'");
            }
        }
        if (id != null) {
            if (declared.containsKey(id)) {
                fields.problem(node.map().get("id"), "duplicate entity id '" + id + "' (first at line " + declared.get(id).line() + ")");
                return;
            }
            declared.put(id, node);
            if (kind != null) {
                kinds.put(id, kind);
            }
        }
        var aliases = fields.textList(node, "aliases");
        Map<String, Object> props = new LinkedHashMap<>();
        for (var entry : node.map().entrySet()) {
            var key = entry.getKey();
            if (!allowed.contains(key) || ENTITY_COMMON_KEYS.contains(key) && !key.equals("wikidata") && !key.equals("description")) {
                continue;
            }
            if (DATE_KEYS.contains(key)) {
                props.put(key, fields.date(node, key));
            } else if (LIST_KEYS.contains(key)) {
                props.put(key, fields.textList(node, key));
            } else {
                props.put(key, fields.optionalText(node, key));
            }
        }
        if (props.get("wikidata") instanceof String q && !q.matches("Q[1-9][0-9]*")) {
            fields.problem(node.map().get("wikidata"), "a Wikidata id looks like 'Q76', not '" + q + "'");
        }
        var mentions = mentions(node.map().get("mentions"));
        if (id != null && kind != null && name != null) {
            out.add(new Facts.Entity(id, kind, name, aliases, props, mentions));
        }
    }

    private List<Facts.Mention> mentions(Located node) {
        var out = new ArrayList<Facts.Mention>();
        for (var m : fields.list(node)) {
            if (!fields.mapping(m)) {
                continue;
            }
            fields.unknownKeys(m, Set.of("start", "end", "text"));
            var start = fields.integer(m, "start");
            var end = fields.integer(m, "end");
            var mentionText = fields.requiredText(m, "text");
            if (start != null && end != null && (start < 0 || end < start)) {
                fields.problem(m, "a mention needs 0 <= start <= end, not start " + start + ", end " + end);
            } else if (start != null && end != null && mentionText != null) {
                out.add(new Facts.Mention(start, end, mentionText));
            }
        }
        return out;
    }

    private Facts.Relationship relationship(Located node, String sourceId) {
        if (!fields.mapping(node)) {
            return null;
        }
        var type = fields.oneOf(node, "type", RELATIONSHIP_KEYS.keySet(), "relationship type", true);
        fields.unknownKeys(node, FactsFields.allowedKeys(RELATIONSHIP_COMMON_KEYS, RELATIONSHIP_KEYS, type));
        var from = reference(node, "from", type == null ? null : ENDPOINTS.get(type).get(0), type);
        var to = reference(node, "to", type == null ? null : ENDPOINTS.get(type).get(1), type);
        var evidence = evidence(node);
        var confidence = fields.confidence(node);
        Map<String, Object> props = new LinkedHashMap<>();
        if (type != null) {
            for (var key : RELATIONSHIP_KEYS.get(type)) {
                if (node.map().containsKey(key)) {
                    props.put(key, DATE_KEYS.contains(key) ? fields.date(node, key) : fields.optionalText(node, key));
                }
            }
        }
        if (type == null || from == null || to == null || evidence == null) {
            return null;
        }
        // one relationship per source: two sources saying "Obama leads the US" are two edges, each with its own
        // words, so withdrawing one source never leaves the other's edge carrying the wrong quote
        var id = sourceId + "/" + type + ":" + from + "->" + to + (props.get("date") instanceof String d ? "@" + d : "");
        return new Facts.Relationship(id, type, from, to, props, evidence, confidence);
    }

    private Facts.Claim claim(Located node, String sourceId) {
        if (!fields.mapping(node)) {
            return null;
        }
        fields.unknownKeys(node, CLAIM_KEYS);
        var kind = fields.oneOf(node, "kind", CLAIM_KINDS, "claim kind", true);
        var parties = parties(node.map().get("parties"), node, kind);
        var about = new ArrayList<String>();
        for (var a : fields.list(node.map().get("about"))) {
            var id = reference(a, null, null);
            if (id != null) {
                about.add(id);
            }
        }
        var topic = fields.requiredText(node, "topic");
        var modality = fields.oneOf(node, "modality", MODALITIES, "modality", false);
        String attributedTo = null;
        if (node.map().containsKey("attributedTo")) {
            attributedTo = reference(node, "attributedTo", Set.of("Person", "Organization"), "attributedTo");
        }
        var cameoNode = node.map().get("cameo");
        String cameo = null;
        if (cameoNode != null) {
            if (!(cameoNode.value() instanceof String s) || !s.matches("[0-9]{2,4}")) {
                fields.problem(cameoNode, "a CAMEO code is quoted text of 2 to 4 digits such as \"057\" (leading zeros matter), not "
                        + cameoNode.value());
            } else {
                cameo = s;
            }
        }
        var goldstein = fields.number(node, "goldstein", -10, 10);
        var evidence = evidence(node);
        var date = fields.date(node, "date");
        var confidence = fields.confidence(node);
        if (kind == null || parties == null || topic == null || evidence == null) {
            return null;
        }
        // a claim belongs to its source: even a hand-given id is scoped to it, so two sources never share one
        var given = fields.optionalText(node, "id");
        if (given != null && !given.matches("[a-z0-9][a-z0-9._-]*")) {
            fields.problem(node.map().get("id"), "a claim id is a slug of lower-case letters, digits, '.', '_' and '-', not '"
                    + given + "'");
            return null;
        }
        var key = String.join("|", kind, String.join(",", parties.stream().map(Facts.Party::id).sorted().toList()),
                topic, evidence.quote());
        var id = "claim:" + sourceId + ":"
                + (given != null ? given : sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 12));
        return new Facts.Claim(id, kind, parties, about, topic, fields.optionalText(node, "summary"), date,
                modality == null ? "ASSERTED" : modality, evidence, attributedTo, confidence, cameo, goldstein);
    }

    private List<Facts.Party> parties(Located node, Located claim, String kind) {
        if (node == null || node.list().isEmpty()) {
            fields.problem(node == null ? claim : node, "a claim needs at least one party");
            return null;
        }
        var out = new ArrayList<Facts.Party>();
        for (var p : node.list()) {
            String id;
            String side = null;
            String role = null;
            if (p.isMap()) {
                fields.unknownKeys(p, Set.of("id", "side", "role"));
                id = reference(p, "id", null, "party");
                side = fields.optionalText(p, "side");
                role = fields.optionalText(p, "role");
                if (role != null && !Facts.Party.ROLES.contains(role)) {
                    fields.problem(p.map().get("role"), "a party's role is actor or target, not '" + role + "'");
                    role = null;
                }
            } else {
                id = reference(p, null, null);
            }
            if (id == null) {
                continue;
            }
            if (side == null) {
                side = Facts.Party.defaultSide(kind, id);
            }
            out.add(new Facts.Party(id, side, role));
        }
        return out.size() == node.list().size() ? out : null;
    }

    private Facts.Evidence evidence(Located node) {
        var quote = fields.requiredText(node, "quote");
        if (quote == null) {
            return null;
        }
        if (text == null) {
            return new Facts.Evidence(quote, quote, null, null);
        }
        var found = text.locate(quote);
        if (found == null) {
            fields.problem(node.map().get("quote"), "the quote does not occur in the article text: \"" + fields.abbreviate(quote) + "\"");
        }
        return found;
    }

    /** An entity id in {@code node.key} (or in {@code node} itself when key is null) that the file declares. */
    private String reference(Located node, String key, Set<String> kinds, String role) {
        Located ref = key == null ? node : node.map().get(key);
        if (ref == null) {
            fields.problem(node, "missing '" + key + "'");
            return null;
        }
        if (!(ref.value() instanceof String id) || id.isBlank()) {
            fields.problem(ref, "expected an entity id, found " + ref.typeName());
            return null;
        }
        if (!declared.containsKey(id)) {
            fields.problem(ref, "unknown entity '" + id + "': declare it under entities");
            return null;
        }
        var kind = this.kinds.get(id);
        if (kinds != null && kind != null && !kinds.contains(kind)) {
            fields.problem(ref, (role == null ? "" : role + " ") + "cannot have a " + kind + " here ('" + id + "'); allowed: " + fields.sorted(kinds));
            return null;
        }
        return id;
    }

    private String reference(Located node, String key, Set<String> kinds) {
        return reference(node, key, kinds, null);
    }

    private boolean unique(Map<String, Located> seen, String id, Located node, String what) {
        if (seen.containsKey(id)) {
            fields.problem(node, "duplicate " + what + " '" + id + "' (first at line " + seen.get(id).line() + ")");
            return false;
        }
        seen.put(id, node);
        return true;
    }

}
