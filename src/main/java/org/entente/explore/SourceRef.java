package org.entente.explore;

import org.neo4j.driver.Value;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A source (an article) as evidence cites it. In JSON its fields come in alphabetical order, as they did when it was a map. */
@JsonPropertyOrder({"id", "published", "publisher", "title", "url"})
public record SourceRef(String id, String title, String publisher, String url, String published) {

    /** From the {.id, .title, .url, .publisher, .published} map the queries return; null for a null value. */
    public static SourceRef of(Value v) {
        if (v.isNull()) {
            return null;
        }
        return new SourceRef(v.get("id").asString(null), v.get("title").asString(null), v.get("publisher").asString(null),
                v.get("url").asString(null), v.get("published").asString(null));
    }
}
