package org.entente.explore.resolve;

import java.util.List;

import org.neo4j.driver.Record;

/** An entity as a search hit or a candidate: enough to recognise it and to ask for it by id. */
public record EntitySummary(String id, String kind, String name, List<String> aliases, Double score) {

    static EntitySummary of(Record r) {
        return new EntitySummary(r.get("id").asString(), r.get("kind").asString(null), r.get("name").asString(null),
                r.get("aliases").asList(v -> v.asString()), r.containsKey("score") ? r.get("score").asDouble() : null);
    }
}
