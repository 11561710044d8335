package org.entente.articles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.explore.ClaimView;
import org.neo4j.driver.Record;

/**
 * One source and what was extracted from it, as GET /api/articles/{id} shows it. Each list holds at most
 * {@code limit} rows while {@code counts} counts them all, so a client sees when a list was cut.
 */
record ArticleContents(String id, String title, String publisher, String url, String published, String importedAt,
                       String path, String sha256, ArticleSource.Counts counts, int limit, List<Entity> entities,
                       List<Relationship> relationships, List<ClaimView> claims) {

    /**
     * An entity the source names. {@code name} is the entity's name, merged from all its sources; {@code declared}
     * is what this source alone said of it: the name and aliases it gave and attributes such as wikidata or iso3.
     */
    record Entity(String id, String kind, String name, Map<String, Object> declared) {

        static Entity of(Record r) {
            return new Entity(r.get("id").asString(), r.get("kind").asString(null), r.get("name").asString(null),
                    r.get("declared").asMap());
        }
    }

    /**
     * A structural relationship the source states, with its quote and its own details (title, role, since, until,
     * date, place) in {@code attributes}.
     */
    record Relationship(String type, Map<String, Object> from, Map<String, Object> to, String quote,
                        Map<String, Object> attributes) {

        private static final List<String> SHOWN_ELSEWHERE = List.of("id", "sources", "quote", "sentence", "confidence");

        static Relationship of(Record r) {
            var attributes = new LinkedHashMap<>(r.get("properties").asMap());
            SHOWN_ELSEWHERE.forEach(attributes::remove);
            return new Relationship(r.get("type").asString(), r.get("from").asMap(), r.get("to").asMap(),
                    r.get("quote").asString(null), attributes.isEmpty() ? null : attributes);
        }
    }

    static ArticleContents of(ArticleSource source, int limit, List<Entity> entities, List<Relationship> relationships,
                              List<ClaimView> claims) {
        return new ArticleContents(source.id(), source.title(), source.publisher(), source.url(), source.published(),
                source.importedAt(), source.path(), source.sha256(), source.counts(), limit, entities, relationships, claims);
    }
}
