package org.entente.export;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * One JSON document, written with Jackson's streaming generator as the rows arrive:
 * {@code {format, version, selection, entities[], relationships[], claims[], counts}}. Entities and relationships carry
 * every property they have (lists stay lists); a claim carries the keys of a Facts claim (kind, parties with side and
 * role, about, topic, date, modality, quote, attributedTo, confidence, cameo, goldstein) and its full id, sentence and
 * source. The counts come last, when they are known. Absent values are left out.
 */
final class JsonWriter implements ExportWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> CLAIM_ORDER = List.of("id", "kind", "topic", "summary", "date", "modality",
            "confidence", "cameo", "goldstein", "quad", "parties", "about", "attributedTo", "quote", "sentence", "start", "end", "source");

    private final JsonGenerator json;
    private String section;

    JsonWriter(OutputStream out, Exporter.Selection selection) {
        json = JSON.createGenerator(out);
        json.writeStartObject();
        json.writeStringProperty("format", "entente-export");
        json.writeNumberProperty("version", 1);
        json.writeName("selection");
        json.writeStartObject();
        if (selection.entity() != null) {
            json.writeStringProperty("entity", selection.entity().id());
            json.writeNumberProperty("hops", selection.hops());
        }
        if (selection.range().first() != null) {
            json.writeStringProperty("since", selection.range().first());
        }
        if (selection.range().last() != null) {
            json.writeStringProperty("until", selection.range().last());
        }
        json.writeEndObject();
    }

    @Override
    public void entity(Map<String, Object> entity) {
        section("entities");
        json.writeStartObject();
        first(entity, List.of("id", "kind", "name", "aliases"));
        rest(entity, List.of("id", "kind", "name", "aliases", "mentions"));
        first(entity, List.of("mentions"));
        json.writeEndObject();
    }

    @Override
    public void relationship(Map<String, Object> relationship) {
        section("relationships");
        json.writeStartObject();
        first(relationship, List.of("type", "from", "to"));
        rest(relationship, List.of("type", "from", "to"));
        json.writeEndObject();
    }

    @Override
    public void claim(Map<String, Object> claim) {
        section("claims");
        json.writeStartObject();
        first(claim, CLAIM_ORDER);
        json.writeEndObject();
    }

    private void first(Map<String, Object> row, List<String> keys) {
        for (var key : keys) {
            var value = row.get(key);
            if (value != null) {
                json.writePOJOProperty(key, tidy(value));
            }
        }
    }

    private void rest(Map<String, Object> row, List<String> written) {
        new TreeMap<>(row).forEach((key, value) -> {
            if (value != null && !written.contains(key)) {
                json.writePOJOProperty(key, tidy(value));
            }
        });
    }

    /** Maps inside a row (a party, a source) in a set order, id first, and without their absent values. */
    private static Object tidy(Object value) {
        if (value instanceof Map<?, ?> map) {
            var sorted = new TreeMap<String, Object>();
            map.forEach((k, v) -> {
                if (v != null) {
                    sorted.put(String.valueOf(k), tidy(v));
                }
            });
            var ordered = new java.util.LinkedHashMap<String, Object>();
            if (sorted.containsKey("id")) {
                ordered.put("id", sorted.remove("id"));
            }
            ordered.putAll(sorted);
            return ordered;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(JsonWriter::tidy).toList();
        }
        return value;
    }

    /** Opens the array of the section at hand, after closing the last one; a section with no rows is an empty array. */
    private void section(String name) {
        if (name.equals(section)) {
            return;
        }
        var order = List.of("entities", "relationships", "claims", "");
        int from = section == null ? 0 : order.indexOf(section) + 1;
        if (section != null) {
            json.writeEndArray();
        }
        for (int i = from; i < order.indexOf(name); i++) {
            json.writeArrayPropertyStart(order.get(i));
            json.writeEndArray();
        }
        if (!name.isEmpty()) {
            json.writeArrayPropertyStart(name);
        }
        section = name;
    }

    @Override
    public void finish(Exporter.Counts counts) {
        section("");
        json.writeName("counts");
        json.writeStartObject();
        json.writeNumberProperty("entities", counts.entities());
        json.writeNumberProperty("relationships", counts.relationships());
        json.writeNumberProperty("claims", counts.claims());
        json.writeEndObject();
        json.writeEndObject();
        json.flush();
    }
}
