package org.entente.ingest.exported;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.facts.Facts;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * An entente export (JSON, docs/api.md) read back as Facts: one Facts source per source it names, holding what the
 * export has of that source (the entities it mentions with what it says of them, its structural relationships, its
 * claims with their quotes, sentences and offsets), in the order the sources were first imported. The whole file is
 * read before anything is returned, so a truncated or malformed file yields nothing.
 */
final class ExportedSources {

    static final String FORMAT = "entente-export";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The keys of an exported relationship that are not properties of a Facts relationship. */
    private static final Set<String> RELATIONSHIP_OWN = Set.of("type", "from", "to", "id", "sources", "quote", "sentence",
            "confidence");
    private static final Set<String> MENTION_OWN = Set.of("name", "aliases", "source");

    private ExportedSources() {
    }

    /** Thrown with a message that names the file and what is wrong with it. */
    static final class BadExportException extends RuntimeException {
        BadExportException(String message) {
            super(message);
        }
    }

    private static final class Source {
        final Map<String, Object> meta;
        final List<Facts.Entity> entities = new ArrayList<>();
        final List<Facts.Relationship> relationships = new ArrayList<>();
        final List<Facts.Claim> claims = new ArrayList<>();

        Source(Map<String, Object> meta) {
            this.meta = meta;
        }

        Facts facts() {
            var id = text(meta.get("id"));
            var title = text(meta.get("title"));
            // a source stored without a title (none is required of a data set) keeps its id as one: Facts need a title
            return new Facts(new Facts.Source(id, title == null ? id : title, text(meta.get("publisher")), text(meta.get("url")),
                    text(meta.get("published")), text(meta.get("path")), text(meta.get("sha256")), null),
                    entities, relationships, claims);
        }
    }

    static List<Facts> read(Path file) {
        Map<String, Object> root;
        try {
            root = map(JSON.readValue(file.toFile(), Map.class));
        } catch (JacksonException e) {
            var at = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw new BadExportException(file + ": not a complete entente export, nothing was imported: "
                    + e.getOriginalMessage() + at);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof IOException io) {
                throw new BadExportException(file + ": cannot read the file: " + io.getMessage());
            }
            throw e;
        }
        if (root == null || !FORMAT.equals(root.get("format"))) {
            throw new BadExportException(file + ": not an entente export (no \"format\": \"" + FORMAT + "\" at its top)");
        }
        if (!Integer.valueOf(1).equals(root.get("version"))) {
            throw new BadExportException(file + ": an entente export of version " + root.get("version") + "; this version reads version 1");
        }
        var sources = new LinkedHashMap<String, Source>();
        for (var e : maps(root.get("entities"), file, "entities")) {
            for (var m : maps(e.get("mentions"), file, "entities[].mentions")) {
                var properties = new LinkedHashMap<String, Object>();
                m.forEach((k, v) -> {
                    if (!MENTION_OWN.contains(k) && v != null) {
                        properties.put(k, v);
                    }
                });
                source(sources, m.get("source"), file).entities.add(new Facts.Entity(text(e.get("id")), text(e.get("kind")),
                        text(m.get("name")), strings(m.get("aliases")), properties, List.of()));
            }
        }
        for (var r : maps(root.get("relationships"), file, "relationships")) {
            var ids = strings(r.get("sources"));
            var source = ids.isEmpty() ? null : sources.get(ids.get(0));
            if (source == null) {
                throw new BadExportException(file + ": relationship " + r.get("id") + " names no source whose entities the export holds");
            }
            var properties = new LinkedHashMap<String, Object>();
            r.forEach((k, v) -> {
                if (!RELATIONSHIP_OWN.contains(k) && v != null) {
                    properties.put(k, v);
                }
            });
            source.relationships.add(new Facts.Relationship(null, text(r.get("type")), text(r.get("from")), text(r.get("to")),
                    properties, new Facts.Evidence(text(r.get("quote")), text(r.get("sentence")), null, null),
                    number(r.get("confidence"), 1.0)));
        }
        for (var c : maps(root.get("claims"), file, "claims")) {
            var source = source(sources, c.get("source"), file);
            var sourceId = text(source.meta.get("id"));
            var id = text(c.get("id"));
            var prefix = "claim:" + sourceId + ":";
            var parties = maps(c.get("parties"), file, "claims[].parties").stream()
                    .map(p -> new Facts.Party(text(p.get("id")), text(p.get("side")), text(p.get("role")))).toList();
            var goldstein = c.get("goldstein") instanceof Number g ? g.doubleValue() : null;
            source.claims.add(new Facts.Claim(id != null && id.startsWith(prefix) ? id.substring(prefix.length()) : null,
                    text(c.get("kind")), parties, strings(c.get("about")), text(c.get("topic")), text(c.get("summary")),
                    text(c.get("date")), text(c.get("modality")),
                    new Facts.Evidence(text(c.get("quote")), text(c.get("sentence")), integer(c.get("start")), integer(c.get("end"))),
                    text(c.get("attributedTo")), number(c.get("confidence"), 1.0), text(c.get("cameo")), goldstein));
        }
        return sources.values().stream()
                .sorted(Comparator.comparing((Source s) -> String.valueOf(s.meta.getOrDefault("importedAt", "")))
                        .thenComparing(s -> text(s.meta.get("id"))))
                .map(Source::facts).toList();
    }

    private static Source source(Map<String, Source> sources, Object meta, Path file) {
        var m = meta instanceof Map<?, ?> ? map(meta) : null;
        var id = m == null ? null : text(m.get("id"));
        if (id == null) {
            throw new BadExportException(file + ": a claim or mention without its source; export again with this version");
        }
        return sources.computeIfAbsent(id, k -> new Source(m));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static List<Map<String, Object>> maps(Object value, Path file, String field) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.stream().anyMatch(x -> !(x instanceof Map))) {
            throw new BadExportException(file + ": '" + field + "' is not a list of objects");
        }
        return list.stream().map(ExportedSources::map).toList();
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static Integer integer(Object value) {
        return value instanceof Number n ? n.intValue() : null;
    }

    private static double number(Object value, double absent) {
        return value instanceof Number n ? n.doubleValue() : absent;
    }
}
