package org.entente.ingest.bulk;

import java.util.List;
import java.util.Map;

/**
 * One coded event as a bulk import writes it: a claim with its id (the data set's event id, so that importing a
 * file twice adds nothing), its properties, its parties and the article it was coded from.
 *
 * @param properties the claim's properties as stored: kind, cameo, goldstein, quad, date, modality, summary, and the data set's own
 *                   measures (mentions, tone, place)
 */
public record BulkEvent(String id, Map<String, Object> properties, List<Party> parties, Source article) {

    /**
     * An entity the event involves, as the data set names it; {@code aliases} what else it is called (the gazetteer's
     * names for a state), so that questions find it by them; {@code code} is the data set's code for it ({@code USA}).
     */
    public record Entity(String id, String kind, String name, List<String> aliases, String code) {
    }

    /**
     * A party: its side (parties on one side stand together), its role in the event ({@code actor} or {@code target}),
     * and the part of the entity that acted ({@code GOV}, {@code MIL}), if the code says.
     */
    public record Party(Entity entity, String side, String role, String agent) {
    }

    /** The article the event was coded from. */
    public record Source(String id, String url, String publisher, String published) {
    }
}
