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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The document half of reading a Facts file: checks the shape of the parsed tree (mappings and lists where they
 * belong, text, numbers, no unknown keys), reads the article that {@code source.text} names (or takes the one that
 * {@code source.body} holds), and carries the values
 * into a {@link Facts} record as written, for {@link FactsValidator} to apply the rules to. A value of the wrong shape
 * is reported and left out ({@code null}); a list item keeps its place, as {@code null}, so that positions in the
 * record are the document's and a rule's problem names the right line.
 */
final class FactsShape {

    private final FactsFields fields;
    private final Path baseDir;
    private final String fileSha256;
    private final String articleText;

    /** {@code articleText}: the article the document was extracted from, for quotes when it names no text file. */
    FactsShape(List<FactsProblem> problems, Path baseDir, String fileSha256, String articleText) {
        this.fields = new FactsFields(problems);
        this.baseDir = baseDir;
        this.fileSha256 = fileSha256;
        this.articleText = articleText;
    }

    /** The document as a record, or {@code null} when it is not even a mapping. */
    Facts document(Located root) {
        if (!root.isMap()) {
            fields.problem(root, "a Facts document is a mapping with source, entities, relationships and claims, not "
                    + root.typeName());
            return null;
        }
        var top = root.map();
        fields.unknownKeys(root, TOP_KEYS);
        var source = top.containsKey("source") ? source(top.get("source")) : null;
        return new Facts(source, items(top.get("entities"), this::entity), items(top.get("relationships"), this::relationship),
                items(top.get("claims"), this::claim));
    }

    /**
     * Where each path of the document is written: the node at that path, or for a key the document does not have (a
     * missing {@code topic}, a relationship's id), the nearest node that holds it.
     */
    static Function<String, Located> places(Located root) {
        var nodes = new HashMap<String, Located>();
        index(root, nodes);
        return path -> {
            var at = path;
            while (!nodes.containsKey(at)) {
                at = at.substring(0, Math.max(0, Math.max(at.lastIndexOf('.'), at.lastIndexOf('['))));
            }
            return nodes.get(at);
        };
    }

    private static void index(Located node, Map<String, Located> nodes) {
        nodes.putIfAbsent(node.path(), node);
        node.map().values().forEach(child -> index(child, nodes));
        node.list().forEach(item -> index(item, nodes));
    }

    private <T> List<T> items(Located node, Function<Located, T> item) {
        var out = new ArrayList<T>();
        for (var n : fields.list(node)) {
            out.add(fields.mapping(n) ? item.apply(n) : null);
        }
        return out;
    }

    private Facts.Source source(Located node) {
        if (!fields.mapping(node)) {
            return null;
        }
        fields.unknownKeys(node, SOURCE_KEYS);
        var textPath = fields.optionalText(node, "text");
        var given = fields.optionalText(node, "body");
        String body = null;
        String sha = fileSha256;
        if (given != null && textPath != null) {
            fields.problem(node.map().get("body"), "source has both text (a file) and body (the text itself); give one");
        } else if (given != null) {
            // the article travels in the document (a line of Facts JSON Lines): quotes are checked and placed in it. It
            // may be blank: an article that was all markup or boilerplate is a source that says nothing
            body = given;
            sha = sha256(given.getBytes(StandardCharsets.UTF_8));
        } else if (textPath != null && textPath.isBlank()) {
            fields.problem(node.map().get("text"), "text is empty");
        } else if (textPath == null && articleText != null) {
            body = articleText;
            sha = sha256(articleText.getBytes(StandardCharsets.UTF_8));
        } else if (textPath != null && baseDir == null) {
            fields.problem(node.map().get("text"), "source.text names a file, and this document is not read from a folder");
        } else if (textPath != null && !textPath.strip().toLowerCase().matches(".*\\.(txt|md|markdown|html?)$")) {
            fields.problem(node.map().get("text"), "source.text must name an article file (.txt, .md, .html), not '" + textPath.strip() + "'");
        } else if (textPath != null) {
            var resolved = baseDir.resolve(textPath.strip()).normalize();
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
                    sha = sha256(bytes);
                }
            } catch (IOException e) {
                fields.problem(node.map().get("text"), "cannot read the article text '" + textPath.strip() + "': it must be a file "
                        + "beside the Facts file or in a folder next to it, of at most " + MAX_BYTES / 1024 / 1024 + " MB");
            }
        }
        return new Facts.Source(fields.requiredText(node, "id"), fields.requiredText(node, "title"),
                fields.optionalText(node, "publisher"), fields.optionalText(node, "url"), fields.date(node, "published"),
                fields.optionalText(node, "path"), sha, body);
    }

    private Facts.Entity entity(Located node) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (var key : node.map().keySet()) {
            if (!ENTITY_FIELDS.contains(key)) {
                properties.put(key, property(node, key));
            }
        }
        return new Facts.Entity(fields.requiredText(node, "id"), fields.requiredText(node, "kind"),
                fields.requiredText(node, "name"), fields.textList(node, "aliases"), properties,
                mentions(node.map().get("mentions")));
    }

    /** A property in the shape its key wants; a key no kind knows is carried as found, for the rules to refuse. */
    private Object property(Located node, String key) {
        if (DATE_KEYS.contains(key)) {
            return fields.date(node, key);
        }
        if (LIST_KEYS.contains(key)) {
            return fields.textList(node, key);
        }
        var known = key.equals("wikidata") || key.equals("description")
                || ENTITY_KEYS.values().stream().anyMatch(keys -> keys.contains(key))
                || RELATIONSHIP_KEYS.values().stream().anyMatch(keys -> keys.contains(key));
        return known ? fields.optionalText(node, key) : node.map().get(key).value();
    }

    /**
     * A mention whose offsets are not whole numbers is carried as (0, 0): that is already reported, and its text is
     * still checked.
     */
    private List<Facts.Mention> mentions(Located node) {
        var out = new ArrayList<Facts.Mention>();
        for (var m : fields.list(node)) {
            if (!fields.mapping(m)) {
                out.add(null);
                continue;
            }
            fields.unknownKeys(m, Set.of("start", "end", "text"));
            var start = fields.integer(m, "start");
            var end = fields.integer(m, "end");
            var text = fields.requiredText(m, "text");
            out.add(start == null || end == null ? new Facts.Mention(0, 0, text) : new Facts.Mention(start, end, text));
        }
        return out;
    }

    private Facts.Relationship relationship(Located node) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (var key : node.map().keySet()) {
            if (!RELATIONSHIP_COMMON_KEYS.contains(key)) {
                properties.put(key, property(node, key));
            }
        }
        var from = node.map().get("from");
        var to = node.map().get("to");
        return new Facts.Relationship(null, fields.requiredText(node, "type"), from == null ? null : fields.entityId(from),
                to == null ? null : fields.entityId(to), properties, evidence(node), fields.confidence(node));
    }

    private Facts.Claim claim(Located node) {
        fields.unknownKeys(node, CLAIM_KEYS);
        var about = new ArrayList<String>();
        for (var a : fields.list(node.map().get("about"))) {
            about.add(fields.entityId(a));
        }
        var attributedTo = node.map().get("attributedTo");
        var cameo = node.map().get("cameo");
        if (cameo != null && !(cameo.value() instanceof String)) {
            fields.problem(cameo, FactsFields.notACameo(cameo.value()));
        }
        return new Facts.Claim(fields.optionalText(node, "id"), fields.requiredText(node, "kind"),
                parties(node.map().get("parties")), about, fields.requiredText(node, "topic"),
                fields.optionalText(node, "summary"), fields.date(node, "date"), fields.optionalText(node, "modality"),
                evidence(node), attributedTo == null ? null : fields.entityId(attributedTo), fields.confidence(node),
                cameo != null && cameo.value() instanceof String s ? s : null, fields.number(node, "goldstein"));
    }

    /** An id alone, or {@code {id, side, role}}; anything but a list is no parties at all, which a rule refuses. */
    private List<Facts.Party> parties(Located node) {
        var out = new ArrayList<Facts.Party>();
        if (node == null || !node.isList()) {
            return out;
        }
        for (var p : node.list()) {
            if (p.isMap()) {
                fields.unknownKeys(p, Set.of("id", "side", "role"));
                var id = p.map().get("id");
                out.add(new Facts.Party(id == null ? null : fields.entityId(id), fields.optionalText(p, "side"),
                        fields.optionalText(p, "role")));
            } else {
                var id = fields.entityId(p);
                out.add(id == null ? null : new Facts.Party(id, null));
            }
        }
        return out;
    }

    /** The quote alone: where it stands in the article is for the rules to find. */
    private Facts.Evidence evidence(Located node) {
        var quote = fields.requiredText(node, "quote");
        return quote == null ? null : new Facts.Evidence(quote, null, null, null);
    }
}
