package org.entente.explore;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.entente.facts.ClaimKind;
import org.entente.facts.Modality;
import org.neo4j.driver.Value;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A claim as the API shows it: what, between whom, about what, when, how sure, and the words and source behind it.
 * {@code via} names the parties that stand for an asked-about entity (Obama for the United States) and how. Built here
 * only, from the claim map the explore queries return; a query may leave out the lists (a claim cited as evidence),
 * which then read as empty. A party's and a via's fields come in alphabetical order in JSON, as they did when they were maps.
 */
public record ClaimView(String id, ClaimKind kind, String topic, String summary, String date, Modality modality,
                        Double confidence, String cameo, Double goldstein, List<String> roles, List<Party> parties,
                        List<EntityRef> about, EntityRef attributedTo, List<Via> via, String quote, String sentence,
                        SourceRef source) {

    /**
     * How many claims a list of the API gives when the caller does not say ({@code limit}, {@code claims}), and how many an
     * answer of {@code /api/ask} reads: the evidence behind a tally, not every claim (between two hub states of a GDELT
     * import, tens of thousands; the tallies count them all). 100, as in many APIs' largest page; the caller may ask for
     * up to 1000 (5000 for relations).
     */
    public static final int LIST = 100;
    /** {@link #LIST} as a request parameter's default. */
    public static final String LIST_PARAM = "" + LIST;

    /** A party to the claim, on a side ({@code side}: a label the claim gives, "joint" for all together) and in a role. */
    @JsonPropertyOrder({"id", "kind", "name", "role", "side"})
    public record Party(String id, String name, String kind, String side, String role) {

        static Party of(Value v) {
            return new Party(v.get("id").asString(null), v.get("name").asString(null), v.get("kind").asString(null),
                    v.get("side").asString(null), v.get("role").asString(null));
        }

        public EntityRef entity() {
            return new EntityRef(id, name, kind);
        }
    }

    /** {@code party} counted as {@code for} (Obama for the United States) through these relationships. */
    @JsonPropertyOrder({"for", "party", "role", "through"})
    public record Via(EntityRef party, @JsonProperty("for") EntityRef forEntity, List<String> through, String role) {

        static Via of(Value v) {
            return new Via(EntityRef.of(v.get("party")), EntityRef.of(v.get("for")),
                    v.get("through").isNull() ? null : v.get("through").asList(Value::asString), v.get("role").asString(null));
        }
    }

    public static ClaimView of(Value v) {
        return new ClaimView(v.get("id").asString(), ClaimKind.valueOf(v.get("kind").asString()), v.get("topic").asString(null),
                v.get("summary").asString(null), v.get("date").asString(null),
                v.get("modality").isNull() ? null : Modality.valueOf(v.get("modality").asString()),
                number(v.get("confidence")), v.get("cameo").asString(null), number(v.get("goldstein")),
                v.get("roles").isNull() ? null : v.get("roles").asList(Value::asString),
                list(v.get("parties"), Party::of), list(v.get("about"), EntityRef::of), EntityRef.of(v.get("attributedTo")),
                v.get("via").isNull() || v.get("via").size() == 0 ? null : v.get("via").asList(Via::of),
                v.get("quote").asString(null), v.get("sentence").asString(null), SourceRef.of(v.get("source")));
    }

    /** CAMEO's event roots, as its codebook names them: what a coded claim without a topic (a GDELT event) did. */
    private static final List<String> CAMEO_ROOTS = List.of("make a public statement", "appeal", "express intent to cooperate",
            "consult", "engage in diplomatic cooperation", "engage in material cooperation", "provide aid", "yield", "investigate",
            "demand", "disapprove", "reject", "threaten", "protest", "exhibit force posture", "reduce relations", "coerce",
            "assault", "fight", "use unconventional mass violence");

    /**
     * What the claim is about, in words: its topic; for a coded event without one (GDELT's), its CAMEO root and code
     * ("fight (CAMEO 193)"); else its kind.
     */
    @JsonIgnore
    public String what() {
        if (topic != null) {
            return topic;
        }
        if (cameo != null && cameo.matches("\\d{2,4}")) {
            int root = Integer.parseInt(cameo.substring(0, 2));
            if (root >= 1 && root <= CAMEO_ROOTS.size()) {
                return CAMEO_ROOTS.get(root - 1) + " (CAMEO " + cameo + ")";
            }
        }
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The ids of the entities the claim is about and of its parties. */
    public Stream<String> entityIds() {
        return Stream.concat(about.stream().map(EntityRef::id), parties.stream().map(Party::id));
    }

    /** The parties as entities, without their sides and roles. */
    public List<EntityRef> partyEntities() {
        return parties.stream().map(Party::entity).toList();
    }

    public boolean hasParty(String entityId) {
        return parties.stream().anyMatch(p -> p.id().equals(entityId));
    }

    /** How many sides its parties stand on. */
    public long sideCount() {
        return parties.stream().map(Party::side).distinct().count();
    }

    private static <T> List<T> list(Value v, Function<Value, T> item) {
        return v.isNull() ? List.of() : v.asList(item::apply);
    }

    private static Double number(Value v) {
        return v.isNull() ? null : v.asDouble();
    }
}
