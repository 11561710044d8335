package org.entente.explore;

import org.neo4j.driver.Value;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An entity as a claim, a relationship or an answer names it: its id and name, its kind where the query gives it, and
 * for an event or a treaty its dates where the query asks for them (the timeline reads them from what claims are about).
 * In JSON its fields come in alphabetical order, as they did when it was a map.
 */
@JsonPropertyOrder({"date", "endDate", "expires", "id", "inForce", "kind", "name", "signed"})
public record EntityRef(String id, String name, String kind, String date, String endDate, String signed, String inForce,
                        String expires) {

    public EntityRef(String id, String name, String kind) {
        this(id, name, kind, null, null, null, null, null);
    }

    /**
     * From a map a query returns ({id, name[, kind, date, endDate, signed, inForce, expires]}) or an entity's properties;
     * null for a null value. The one place an entity reference is read from the driver.
     */
    public static EntityRef of(Value v) {
        if (v.isNull()) {
            return null;
        }
        return new EntityRef(v.get("id").asString(null), v.get("name").asString(null), v.get("kind").asString(null),
                text(v.get("date")), text(v.get("endDate")), text(v.get("signed")), text(v.get("inForce")), text(v.get("expires")));
    }

    /** Dates are ISO text; an entity's own properties are free, so anything else under those keys is no date. */
    private static String text(Value v) {
        return v.asObject() instanceof String s ? s : null;
    }

    public EntityRef withKind(String kind) {
        return new EntityRef(id, name, kind, date, endDate, signed, inForce, expires);
    }

    /** The kind, else the one the id's prefix tells (org:kremlin is an organization, an id without one a person). */
    public String kindOrGuess() {
        if (kind != null || id == null) {
            return kind;
        }
        return switch (id.substring(0, Math.max(0, id.indexOf(':')))) {
            case "org" -> "Organization";
            case "country" -> "Country";
            case "treaty" -> "Treaty";
            case "event" -> "Event";
            case "place" -> "Place";
            default -> "Person";
        };
    }
}
