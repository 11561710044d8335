package org.entente.export;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes one export as its rows arrive: every entity first, then the structural relationships between them, then the
 * claims, each claim with its parties, topics, speaker, quote and source. Nothing is held beyond the row at hand, so a
 * million claims stream out. Rows are the maps the export_* statements return.
 */
interface ExportWriter {

    /** The properties an entity may have beside id and kind, in the order the flat formats (GraphML, CSV) give them. */
    List<String> ENTITY_FIELDS = List.of("name", "aliases", "description", "wikidata", "iso2", "iso3", "capital",
            "demonyms", "orgType", "cameo", "signed", "inForce", "expires", "status", "date", "endDate", "sources");

    /** The properties of a structural relationship beside its type and ends. */
    List<String> RELATIONSHIP_FIELDS = List.of("title", "role", "since", "until", "date", "place", "quote", "sentence",
            "confidence", "sources");

    /** The properties of a claim beside its id and its links to entities; the source's come after them. */
    List<String> CLAIM_FIELDS = List.of("kind", "topic", "summary", "date", "modality", "confidence", "cameo", "goldstein",
            "quad", "attributedTo", "quote", "sentence");

    /** The fields of a claim's source, flattened as source_id, source_title … in GraphML and CSV. */
    List<String> SOURCE_FIELDS = List.of("id", "title", "url", "publisher", "published");

    /** Numbers, which GraphML declares as such; everything else is text. */
    Map<String, String> NUMBERS = Map.of("confidence", "double", "goldstein", "double", "quad", "long");

    void entity(Map<String, Object> entity) throws IOException;

    void relationship(Map<String, Object> relationship) throws IOException;

    void claim(Map<String, Object> claim) throws IOException;

    /** Ends the document (JSON writes the counts last); the stream is flushed, and closed by its owner. */
    void finish(Exporter.Counts counts) throws IOException;

    /** Lets go of what an unfinished export holds besides its stream (the CSV writer's temporary file). */
    default void discard() throws IOException {
    }

    /** A value as one cell or attribute: a list joined with "; " (aliases, sources), null for none. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : list.stream().map(String::valueOf).collect(Collectors.joining("; "));
        }
        return String.valueOf(value);
    }

    /** The source of a claim, field by field (absent: an empty map). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> source(Map<String, Object> claim) {
        return claim.get("source") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> parties(Map<String, Object> claim) {
        return claim.get("parties") instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    @SuppressWarnings("unchecked")
    static List<String> about(Map<String, Object> claim) {
        return claim.get("about") instanceof List<?> l ? (List<String>) l : List.of();
    }
}
