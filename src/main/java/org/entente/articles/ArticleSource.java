package org.entente.articles;

import java.util.LinkedHashMap;
import java.util.Map;

import org.neo4j.driver.Record;

/**
 * A stored source as GET /api/articles lists it: its properties and how much was extracted from it. {@code path} is
 * the file it was extracted from (none for Facts written by hand); {@code importedAt} is when it was first imported.
 */
record ArticleSource(String id, String title, String publisher, String url, String published, String importedAt,
                     String path, String sha256, Counts counts) {

    /**
     * What was extracted: entities the source names, structural relationships it states, claims it states (and
     * those by kind: AGREEMENT, DISAGREEMENT, MEETING …, only the kinds it has).
     */
    record Counts(long entities, long relationships, long claims, Map<String, Long> claimsByKind) {
    }

    /** From a row of list_articles or find_article_summary. */
    static ArticleSource of(Record r) {
        var a = r.get("article");
        var byKind = new LinkedHashMap<String, Long>();
        r.get("claimsByKind").asList(pair -> pair).forEach(pair -> byKind.put(pair.get(0).asString(), pair.get(1).asLong()));
        return new ArticleSource(a.get("id").asString(), a.get("title").asString(null), a.get("publisher").asString(null),
                a.get("url").asString(null), a.get("published").asString(null), a.get("importedAt").asString(null),
                a.get("path").asString(null), a.get("sha256").asString(null),
                new Counts(r.get("entities").asLong(), r.get("relationships").asLong(), r.get("claims").asLong(), byKind));
    }
}
