package org.entente.facts;

import static org.entente.facts.FactsModel.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Facts file (YAML or JSON) and validates all of it, collecting every problem with its path and line.
 * Either the whole document is valid and a {@link Facts} comes back, or an {@link InvalidFactsException} lists
 * what is wrong; nothing in between, so nothing half-valid ever reaches the writer.
 */
public final class FactsReader {

    /** Facts files are written by hand or by the extractor; anything larger is a mistake, not a Facts file. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    public Facts read(Path file) {
        var name = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw invalid(name, "", 0, "the file is larger than " + MAX_BYTES / 1024 / 1024 + " MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw invalid(name, "", 0, "cannot read the file: " + e.getMessage());
        }
        return read(name, bytes, name.toLowerCase().endsWith(".json"), file.toAbsolutePath().getParent());
    }

    /** Reads a document held in memory; {@code baseDir} resolves {@code source.text} (may be {@code null}). */
    public Facts read(String name, byte[] bytes, boolean json, Path baseDir) {
        var problems = new ArrayList<FactsProblem>();
        var checkedText = decodeUtf8(bytes);
        if (checkedText == null) {
            throw invalid(name, "", 0, "the file is not UTF-8 text");
        }
        if (checkedText.indexOf('\0') >= 0) {
            throw invalid(name, "", 0, "the file is binary, not YAML or JSON text");
        }
        var root = new FactsParser(problems).parse(new ByteArrayInputStream(bytes), json);
        if (root == null || !problems.isEmpty()) {
            throw new InvalidFactsException(name, problems);
        }
        var facts = new Validation(problems, baseDir, sha256(bytes)).document(root);
        if (!problems.isEmpty()) {
            throw new InvalidFactsException(name, problems);
        }
        return facts;
    }

    static String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InvalidFactsException invalid(String file, String path, int line, String message) {
        return new InvalidFactsException(file, List.of(new FactsProblem(path, line, message)));
    }

    /** One pass over one document. */
    private static final class Validation {

        private final List<FactsProblem> problems;
        private final Path baseDir;
        private final String fileSha256;
        private final Map<String, Located> declared = new LinkedHashMap<>();
        private final Map<String, String> kinds = new LinkedHashMap<>();
        private SourceText text;

        Validation(List<FactsProblem> problems, Path baseDir, String fileSha256) {
            this.problems = problems;
            this.baseDir = baseDir;
            this.fileSha256 = fileSha256;
        }

        Facts document(Located root) {
            if (!root.isMap()) {
                problem(root, "a Facts document is a mapping with source, entities, relationships and claims, not "
                        + root.typeName());
                return null;
            }
            var top = root.map();
            unknownKeys(root, TOP_KEYS);
            var sourceNode = top.get("source");
            if (sourceNode == null) {
                problem(root, "missing 'source'");
                return null;
            }
            var source = source(sourceNode);
            var entities = new ArrayList<Facts.Entity>();
            for (var e : list(top.get("entities"))) {
                entity(e, entities);
            }
            var relationships = new ArrayList<Facts.Relationship>();
            var relationshipIds = new LinkedHashMap<String, Located>();
            for (var r : list(top.get("relationships"))) {
                var rel = relationship(r);
                if (rel != null && unique(relationshipIds, rel.id(), r, "relationship")) {
                    relationships.add(rel);
                }
            }
            var claims = new ArrayList<Facts.Claim>();
            var claimIds = new LinkedHashMap<String, Located>();
            for (var c : list(top.get("claims"))) {
                var claim = claim(c, source == null ? "" : source.id());
                if (claim != null && unique(claimIds, claim.id(), c, "claim")) {
                    claims.add(claim);
                }
            }
            return new Facts(source, entities, relationships, claims);
        }

        private Facts.Source source(Located node) {
            if (!mapping(node)) {
                return null;
            }
            unknownKeys(node, SOURCE_KEYS);
            var id = requiredText(node, "id");
            if (id != null && !id.matches("[a-z0-9][a-z0-9._-]*")) {
                problem(node.map().get("id"), "a source id is a slug of lower-case letters, digits, '.', '_' and '-': '" + id + "'");
            }
            var title = requiredText(node, "title");
            var published = date(node, "published");
            var textPath = optionalText(node, "text");
            String body = null;
            String sha = fileSha256;
            if (textPath != null && baseDir == null) {
                problem(node.map().get("text"), "source.text names a file, and this document is not read from a folder");
            } else if (textPath != null && !textPath.toLowerCase().matches(".*\\.(txt|md|markdown|html?)$")) {
                problem(node.map().get("text"), "source.text must name an article file (.txt, .md, .html), not '" + textPath + "'");
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
                        problem(node.map().get("text"), "the article text " + resolved + " is not UTF-8");
                    } else {
                        text = new SourceText(body);
                        sha = sha256(bytes);
                    }
                } catch (IOException e) {
                    problem(node.map().get("text"), "cannot read the article text '" + textPath + "': it must be a file "
                            + "beside the Facts file or in a folder next to it, of at most " + MAX_BYTES / 1024 / 1024 + " MB");
                }
            }
            return new Facts.Source(id, title, optionalText(node, "publisher"), optionalText(node, "url"), published,
                    optionalText(node, "path"), sha, body);
        }

        private void entity(Located node, List<Facts.Entity> out) {
            if (!mapping(node)) {
                return;
            }
            var id = requiredText(node, "id");
            var kind = requiredText(node, "kind");
            var name = requiredText(node, "name");
            if (kind != null && !KIND_PREFIX.containsKey(kind)) {
                problem(node.map().get("kind"), "unknown kind '" + kind + "'; one of " + sorted(KIND_PREFIX.keySet()));
                kind = null;
            }
            var allowed = new java.util.HashSet<>(ENTITY_COMMON_KEYS);
            if (kind != null) {
                allowed.addAll(ENTITY_KEYS.get(kind));
            }
            unknownKeys(node, allowed);
            if (id != null && kind != null) {
                var prefix = KIND_PREFIX.get(kind) + ":";
                if (!id.startsWith(prefix) || !id.substring(prefix.length()).matches("[a-z0-9][a-z0-9._-]*")) {
                    problem(node.map().get("id"), "a " + kind + " id looks like '" + prefix + "some-slug' (lower case), not '" + id + "'");
                } else if (kind.equals("Country") && !id.matches("country:[a-z]{3}")) {
                    problem(node.map().get("id"), "a Country id is 'country:' and the ISO 3166-1 alpha-3 code in lower case, not '" + id + "'");
                }
            }
            if (id != null) {
                if (declared.containsKey(id)) {
                    problem(node.map().get("id"), "duplicate entity id '" + id + "' (first at line " + declared.get(id).line() + ")");
                    return;
                }
                declared.put(id, node);
                if (kind != null) {
                    kinds.put(id, kind);
                }
            }
            var aliases = textList(node, "aliases");
            Map<String, Object> props = new LinkedHashMap<>();
            for (var entry : node.map().entrySet()) {
                var key = entry.getKey();
                if (!allowed.contains(key) || ENTITY_COMMON_KEYS.contains(key) && !key.equals("wikidata") && !key.equals("description")) {
                    continue;
                }
                if (DATE_KEYS.contains(key)) {
                    props.put(key, date(node, key));
                } else if (LIST_KEYS.contains(key)) {
                    props.put(key, textList(node, key));
                } else {
                    props.put(key, optionalText(node, key));
                }
            }
            if (props.get("wikidata") instanceof String q && !q.matches("Q[1-9][0-9]*")) {
                problem(node.map().get("wikidata"), "a Wikidata id looks like 'Q76', not '" + q + "'");
            }
            var mentions = mentions(node.map().get("mentions"));
            if (id != null && kind != null && name != null) {
                out.add(new Facts.Entity(id, kind, name, aliases, props, mentions));
            }
        }

        private List<Facts.Mention> mentions(Located node) {
            var out = new ArrayList<Facts.Mention>();
            for (var m : list(node)) {
                if (!mapping(m)) {
                    continue;
                }
                unknownKeys(m, Set.of("start", "end", "text"));
                var start = integer(m, "start");
                var end = integer(m, "end");
                var mentionText = requiredText(m, "text");
                if (start != null && end != null && (start < 0 || end < start)) {
                    problem(m, "a mention needs 0 <= start <= end, not start " + start + ", end " + end);
                } else if (start != null && end != null && mentionText != null) {
                    out.add(new Facts.Mention(start, end, mentionText));
                }
            }
            return out;
        }

        private Facts.Relationship relationship(Located node) {
            if (!mapping(node)) {
                return null;
            }
            var type = requiredText(node, "type");
            if (type != null && !RELATIONSHIP_KEYS.containsKey(type)) {
                problem(node.map().get("type"), "unknown relationship type '" + type + "'; one of " + sorted(RELATIONSHIP_KEYS.keySet()));
                type = null;
            }
            var allowed = new java.util.HashSet<>(RELATIONSHIP_COMMON_KEYS);
            if (type != null) {
                allowed.addAll(RELATIONSHIP_KEYS.get(type));
            }
            unknownKeys(node, allowed);
            var from = reference(node, "from", type == null ? null : ENDPOINTS.get(type).get(0), type);
            var to = reference(node, "to", type == null ? null : ENDPOINTS.get(type).get(1), type);
            var evidence = evidence(node);
            var confidence = confidence(node);
            Map<String, Object> props = new LinkedHashMap<>();
            if (type != null) {
                for (var key : RELATIONSHIP_KEYS.get(type)) {
                    if (node.map().containsKey(key)) {
                        props.put(key, DATE_KEYS.contains(key) ? date(node, key) : optionalText(node, key));
                    }
                }
            }
            if (type == null || from == null || to == null || evidence == null) {
                return null;
            }
            var id = type + ":" + from + "->" + to + (props.get("date") instanceof String d ? "@" + d : "");
            return new Facts.Relationship(id, type, from, to, props, evidence, confidence);
        }

        private Facts.Claim claim(Located node, String sourceId) {
            if (!mapping(node)) {
                return null;
            }
            unknownKeys(node, CLAIM_KEYS);
            var kind = requiredText(node, "kind");
            if (kind != null && !CLAIM_KINDS.contains(kind)) {
                problem(node.map().get("kind"), "unknown claim kind '" + kind + "'; one of " + sorted(CLAIM_KINDS));
                kind = null;
            }
            var parties = parties(node.map().get("parties"), node, kind);
            var about = new ArrayList<String>();
            for (var a : list(node.map().get("about"))) {
                var id = reference(a, null, null);
                if (id != null) {
                    about.add(id);
                }
            }
            var topic = requiredText(node, "topic");
            var modality = optionalText(node, "modality");
            if (modality != null && !MODALITIES.contains(modality)) {
                problem(node.map().get("modality"), "unknown modality '" + modality + "'; one of " + sorted(MODALITIES));
            }
            String attributedTo = null;
            if (node.map().containsKey("attributedTo")) {
                attributedTo = reference(node, "attributedTo", Set.of("Person", "Organization"), "attributedTo");
            }
            var cameoNode = node.map().get("cameo");
            String cameo = null;
            if (cameoNode != null) {
                if (!(cameoNode.value() instanceof String s) || !s.matches("[0-9]{2,4}")) {
                    problem(cameoNode, "a CAMEO code is quoted text of 2 to 4 digits such as \"057\" (leading zeros matter), not "
                            + cameoNode.value());
                } else {
                    cameo = s;
                }
            }
            var goldstein = number(node, "goldstein", -10, 10);
            var evidence = evidence(node);
            var date = date(node, "date");
            var confidence = confidence(node);
            if (kind == null || parties == null || topic == null || evidence == null) {
                return null;
            }
            // a claim belongs to its source: even a hand-given id is scoped to it, so two sources never share one
            var given = optionalText(node, "id");
            if (given != null && !given.matches("[a-z0-9][a-z0-9._-]*")) {
                problem(node.map().get("id"), "a claim id is a slug of lower-case letters, digits, '.', '_' and '-', not '"
                        + given + "'");
                return null;
            }
            var key = String.join("|", kind, String.join(",", parties.stream().map(Facts.Party::id).sorted().toList()),
                    topic, evidence.quote());
            var id = "claim:" + sourceId + ":"
                    + (given != null ? given : sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 12));
            return new Facts.Claim(id, kind, parties, about, topic, optionalText(node, "summary"), date,
                    modality == null ? "ASSERTED" : modality, evidence, attributedTo, confidence, cameo, goldstein);
        }

        private List<Facts.Party> parties(Located node, Located claim, String kind) {
            if (node == null || node.list().isEmpty()) {
                problem(node == null ? claim : node, "a claim needs at least one party");
                return null;
            }
            var out = new ArrayList<Facts.Party>();
            for (var p : node.list()) {
                String id;
                String side = null;
                if (p.isMap()) {
                    unknownKeys(p, Set.of("id", "side"));
                    id = reference(p, "id", null, "party");
                    side = optionalText(p, "side");
                } else {
                    id = reference(p, null, null);
                }
                if (id == null) {
                    continue;
                }
                if (side == null) {
                    side = kind != null && JOINT_KINDS.contains(kind) ? "joint" : id;
                }
                out.add(new Facts.Party(id, side));
            }
            return out.size() == node.list().size() ? out : null;
        }

        private Facts.Evidence evidence(Located node) {
            var quote = requiredText(node, "quote");
            if (quote == null) {
                return null;
            }
            if (text == null) {
                return new Facts.Evidence(quote, quote, null, null);
            }
            var found = text.locate(quote);
            if (found == null) {
                problem(node.map().get("quote"), "the quote does not occur in the article text: \"" + abbreviate(quote) + "\"");
            }
            return found;
        }

        /** An entity id in {@code node.key} (or in {@code node} itself when key is null) that the file declares. */
        private String reference(Located node, String key, Set<String> kinds, String role) {
            Located ref = key == null ? node : node.map().get(key);
            if (ref == null) {
                problem(node, "missing '" + key + "'");
                return null;
            }
            if (!(ref.value() instanceof String id) || id.isBlank()) {
                problem(ref, "expected an entity id, found " + ref.typeName());
                return null;
            }
            if (!declared.containsKey(id)) {
                problem(ref, "unknown entity '" + id + "': declare it under entities");
                return null;
            }
            var kind = this.kinds.get(id);
            if (kinds != null && kind != null && !kinds.contains(kind)) {
                problem(ref, (role == null ? "" : role + " ") + "cannot have a " + kind + " here ('" + id + "'); allowed: " + sorted(kinds));
                return null;
            }
            return id;
        }

        private String reference(Located node, String key, Set<String> kinds) {
            return reference(node, key, kinds, null);
        }

        private boolean unique(Map<String, Located> seen, String id, Located node, String what) {
            if (seen.containsKey(id)) {
                problem(node, "duplicate " + what + " '" + id + "' (first at line " + seen.get(id).line() + ")");
                return false;
            }
            seen.put(id, node);
            return true;
        }

        private double confidence(Located node) {
            var value = number(node, "confidence", 0, 1);
            return value == null ? 1.0 : value;
        }

        private Double number(Located node, String key, double min, double max) {
            var n = node.map().get(key);
            if (n == null) {
                return null;
            }
            if (!(n.value() instanceof Number number) || number.doubleValue() < min || number.doubleValue() > max) {
                problem(n, key + " is a number from " + fmt(min) + " to " + fmt(max) + ", not " + n.value());
                return null;
            }
            return number.doubleValue();
        }

        private Integer integer(Located node, String key) {
            var n = node.map().get(key);
            if (n == null) {
                problem(node, "missing '" + key + "'");
                return null;
            }
            if (!(n.value() instanceof Integer i)) {
                problem(n, key + " is a whole number, not " + n.value());
                return null;
            }
            return i;
        }

        private String date(Located node, String key) {
            var d = node.map().get(key);
            if (d == null) {
                return null;
            }
            var value = d.value() instanceof String s ? s : d.value() instanceof Integer i ? i.toString() : null;
            if (value == null || !FactsDates.isValid(value)) {
                problem(d, "'" + d.value() + "' is not a date: use ISO 8601 at the precision the text gives "
                        + "(2009-04-01, 2009-07 or 2008)");
                return null;
            }
            return value;
        }

        private String requiredText(Located node, String key) {
            var value = node.map().get(key);
            if (value == null) {
                problem(node, "missing '" + key + "'");
                return null;
            }
            return text(value, key);
        }

        private String optionalText(Located node, String key) {
            var value = node.map().get(key);
            return value == null || value.value() == null ? null : text(value, key);
        }

        private String text(Located value, String key) {
            if (value.value() instanceof String s) {
                if (s.isBlank()) {
                    problem(value, key + " is empty");
                    return null;
                }
                return s.strip();
            }
            if (value.value() instanceof Number || value.value() instanceof Boolean) {
                return value.value().toString();
            }
            problem(value, key + " must be text, not " + value.typeName());
            return null;
        }

        private List<String> textList(Located node, String key) {
            var out = new ArrayList<String>();
            var value = node.map().get(key);
            if (value == null) {
                return out;
            }
            if (!value.isList()) {
                problem(value, key + " must be a list, not " + value.typeName());
                return out;
            }
            for (var item : value.list()) {
                var s = text(item, key);
                if (s != null && !out.contains(s)) {
                    out.add(s);
                }
            }
            return out;
        }

        private List<Located> list(Located node) {
            if (node == null || node.value() == null || "".equals(node.value())) {
                return List.of();
            }
            if (!node.isList()) {
                problem(node, "expected a list, found " + node.typeName());
                return List.of();
            }
            return node.list();
        }

        private boolean mapping(Located node) {
            if (!node.isMap()) {
                problem(node, "expected a mapping of keys, found " + node.typeName());
                return false;
            }
            return true;
        }

        private void unknownKeys(Located node, Set<String> allowed) {
            for (var entry : node.map().entrySet()) {
                if (!allowed.contains(entry.getKey())) {
                    problem(entry.getValue(), "unknown key '" + entry.getKey() + "'; allowed here: " + sorted(allowed));
                }
            }
        }

        private void problem(Located node, String message) {
            problems.add(new FactsProblem(node.path(), node.line(), message));
        }

        private static String sorted(Set<String> values) {
            return String.join(", ", new java.util.TreeSet<>(values));
        }

        private static String fmt(double d) {
            return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
        }

        private static String abbreviate(String s) {
            return s.length() <= 80 ? s : s.substring(0, 77) + "...";
        }
    }
}
