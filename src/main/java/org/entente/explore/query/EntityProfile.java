package org.entente.explore.query;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.explore.ClaimView;
import org.entente.explore.EntityRef;
import org.entente.explore.SourceRef;
import org.neo4j.driver.Record;

import com.fasterxml.jackson.annotation.JsonAnyGetter;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Everything the graph knows of one entity. {@code attributes} are its own properties, an open set (description,
 * wikidata, a treaty's dates …); {@code relationships} maps a type (LEADS, MET, …) to its rows.
 */
public record EntityProfile(String id, String kind, String name, List<String> aliases, Map<String, Object> attributes,
                            Map<String, List<Relationship>> relationships, List<ClaimView> claims, List<SourceRef> sources) {

    /**
     * One relationship of the entity: {@code direction} {@code out} when the entity is its subject, the {@code other}
     * entity, the sources that support it, and its own properties (title, date, place, since, until, quote …: whatever
     * the source said, so an open set), shown beside the other fields as the graph holds them.
     */
    @Schema(additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
    public record Relationship(String direction, EntityRef other,
                               @JsonAnyGetter @Schema(hidden = true) Map<String, Object> properties, List<SourceRef> sources) {

        static Relationship of(Record r) {
            var properties = new LinkedHashMap<>(r.get("properties").asMap());
            properties.remove("sources");
            properties.remove("id");
            return new Relationship(r.get("direction").asString(), EntityRef.of(r.get("other")), properties,
                    r.get("sources").asList(SourceRef::of));
        }

        public boolean out() {
            return "out".equals(direction);
        }

        /** A property that is text (title, since, until, date, quote …), else null. */
        public String text(String key) {
            return properties.get(key) instanceof String s ? s : null;
        }

        /** The relationship read from the entity ({@code self}): "leads Russia", "is led by Barack Obama since 2008". */
        public String sentence(String type, ConnectionRepository.Node self) {
            var there = new ConnectionRepository.Node(other.id(), other.kind(), other.name());
            var hopProperties = new HashMap<>(properties);
            List.of("quote", "sentence", "confidence").forEach(hopProperties::remove);
            var from = out() ? self : there;
            var to = out() ? there : self;
            return PathSentences.hop(self, new ConnectionRepository.Hop(type, from.id(), to.id(), hopProperties), there, null);
        }
    }
}
