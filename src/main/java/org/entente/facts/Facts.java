package org.entente.facts;

import java.util.List;
import java.util.Map;

/**
 * The one intermediate format (DESIGN §4): what every importer produces and the only thing the writer consumes.
 * The writer takes only instances that {@link FactsReader} returned, from a document ({@code read}) or from a record a
 * producer built ({@code validate}): those are valid by construction.
 */
public record Facts(Source source, List<Entity> entities, List<Relationship> relationships, List<Claim> claims) {

    /** Where the facts come from. {@code text} is the article's text when it was available, used to place quotes. */
    public record Source(String id, String title, String publisher, String url, String published, String path,
                         String sha256, String text) {
    }

    /** A person, country, organization, treaty, place or event; {@code properties} holds the kind's own keys. */
    public record Entity(String id, String kind, String name, List<String> aliases, Map<String, Object> properties,
                         List<Mention> mentions) {
    }

    /** Where an extracted entity was mentioned, as character offsets into the source file. */
    public record Mention(int start, int end, String text) {
    }

    /** A structural relationship (LEADS, MET, PARTY_TO …); {@code properties} holds title, role, dates, place. */
    public record Relationship(String id, String type, String from, String to, Map<String, Object> properties,
                               Evidence evidence, double confidence) {

        /**
         * What makes a relationship one within its source (its id, after the source's): type, ends and the date it
         * held on; a source that says it twice says it once.
         */
        public String identity() {
            return type + ":" + from + "->" + to + (properties.get("date") instanceof String d ? "@" + d : "");
        }

        /** Whether a relationship of this type may join an entity of kind {@code from} to one of kind {@code to}. */
        public static boolean joins(String type, String from, String to) {
            var ends = FactsModel.ENDPOINTS.get(type);
            return ends != null && ends.get(0).contains(from) && ends.get(1).contains(to);
        }
    }

    /** A reified claim: several parties, a topic, a date and the words it rests on. */
    public record Claim(String id, String kind, List<Party> parties, List<String> about, String topic, String summary,
                        String date, String modality, Evidence evidence, String attributedTo, double confidence,
                        String cameo, Double goldstein) {

        /** What makes a claim the same claim: its kind, its parties' ids, its topic and its quote (its id when none is given). */
        public static String identity(String kind, List<Party> parties, String topic, String quote) {
            return String.join("|", kind, String.join(",", parties.stream().map(Party::id).sorted().toList()),
                    topic == null ? "" : topic.strip(), quote == null ? "" : quote.strip());
        }

        /** {@link #identity(String, List, String, String)} of this claim. */
        public String identity() {
            return identity(kind, parties, topic, evidence == null ? null : evidence.quote());
        }
    }

    /**
     * A party of a claim: its side (parties on one side stand together) and, for a directed event, its role: {@code actor}
     * (who did it) or {@code target} (to whom); {@code null} when the claim has no direction ("the two sides agree").
     */
    public record Party(String id, String side, String role) {

        public static final java.util.Set<String> ROLES = java.util.Set.of("actor", "target");

        /**
         * The side of a party when none is given: parties of an agreement, cooperation, meeting or negotiation stand
         * together ({@code joint}); in anything else each stands on its own side.
         */
        public static String defaultSide(String kind, String partyId) {
            return kind != null && FactsModel.JOINT_KINDS.contains(kind) ? "joint" : partyId;
        }

        /**
         * {@link #defaultSide(String, String)}, but in a disagreement or a conflict the actors stand together, and so do
         * the targets ("The United States and Japan oppose China's claims": the United States and Japan on one side), as
         * the extractor writes them: a party with a role and no side takes the side of the first party before it with
         * the same role and no side given ({@code before}: the parties read so far).
         */
        public static String defaultSide(String kind, String partyId, String role, List<Party> before) {
            if (role != null && kind != null && FactsModel.OPPOSING_KINDS.contains(kind)) {
                for (var p : before) {
                    var own = defaultSide(kind, p.id());
                    if (role.equals(p.role()) && (p.side() == null || p.side().equals(own))) {
                        return own;
                    }
                }
            }
            return defaultSide(kind, partyId);
        }

        public Party(String id, String side) {
            this(id, side, null);
        }
    }

    /** The exact words of the source, the sentence they stand in, and their offsets when the text is known. */
    public record Evidence(String quote, String sentence, Integer start, Integer end) {
    }
}
