package org.entente.explore.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.entente.explore.query.ConnectionRepository.Hop;
import org.entente.explore.query.ConnectionRepository.Node;
import org.entente.explore.query.PathSentences.ClaimFacts;
import org.junit.jupiter.api.Test;

/** Paths of the seed article, written out by hand, read as one sentence each; no database. */
class PathSentencesTests {

    static final Node VOLK = new Node("person:yevgeny-volk", "Person", "Yevgeny Volk");
    static final Node OBAMA = new Node("person:barack-obama", "Person", "Barack Obama");
    static final Node MEDVEDEV = new Node("person:dmitry-medvedev", "Person", "Dmitry Medvedev");
    static final Node BUSH = new Node("person:george-w-bush", "Person", "George W. Bush");
    static final Node GIBBS = new Node("person:robert-gibbs", "Person", "Robert Gibbs");
    static final Node HERITAGE = new Node("org:heritage-foundation", "Organization", "Heritage Foundation");
    static final Node WHITE_HOUSE = new Node("org:white-house", "Organization", "White House");
    static final Node USA = new Node("country:usa", "Country", "United States");
    static final Node RUSSIA = new Node("country:rus", "Country", "Russia");
    static final Node START = new Node("treaty:start-i", "Treaty", "Strategic Arms Reduction Treaty");
    static final Node NEW_START = new Node("treaty:new-start", "Treaty", "New START");
    static final Node ARTICLE = new Node("rferl-2009-04-01-medvedev-obama", "Article",
            "Medvedev, Obama Accent The Positive In First Meeting");
    static final Node ELITES = new Node("claim:elites", "Claim:STATEMENT",
            "the role of the elites of both countries in U.S.-Russian relations");
    static final Node GEORGIA = new Node("claim:georgia", "Claim:DISAGREEMENT",
            "causes and sequence of the military actions in the 2008 war in Georgia");
    static final Node NEW_DEAL = new Node("claim:new-deal", "Claim:AGREEMENT",
            "a new nuclear arms reduction deal to replace START");
    static final Node CAP = new Node("claim:cap", "Claim:AGREEMENT", "a new cap on nuclear warheads");

    static final Map<String, ClaimFacts> CLAIMS = Map.of(
            "claim:elites", new ClaimFacts("2009-04-01", "REPORTED"),
            "claim:georgia", new ClaimFacts("2009-04-01", "ASSERTED"),
            "claim:new-deal", new ClaimFacts("2009-04-01", "PLANNED"),
            "claim:cap", new ClaimFacts("2009-04-01", "DENIED"));

    @Test
    void shouldReadAStatementBetweenTwoPeopleAsOneClause() {
        assertThat(explain(VOLK, hop("PARTY", VOLK, ELITES, "side", VOLK.id()), ELITES, hop("ABOUT", ELITES, OBAMA), OBAMA))
                .isEqualTo("Yevgeny Volk made the statement “the role of the elites of both countries in U.S.-Russian relations”"
                        + " (2009-04-01) about Barack Obama.");
    }

    @Test
    void shouldChainHopsWithWhoAndWhichAndTurnRelationshipsEndedHereIntoThePassive() {
        assertThat(explain(GIBBS, hop("SPEAKS_FOR", GIBBS, WHITE_HOUSE, "role", "spokesman"), WHITE_HOUSE,
                hop("PART_OF", WHITE_HOUSE, USA), USA, hop("LEADS", OBAMA, USA, "title", "President", "since", "2009-01"),
                OBAMA, hop("MET", OBAMA, MEDVEDEV, "date", "2009-04-01", "place", "London"), MEDVEDEV))
                .isEqualTo("Robert Gibbs speaks for the White House as spokesman, which is part of the United States,"
                        + " which is led by Barack Obama as President since 2009-01, who met Dmitry Medvedev on 2009-04-01 in London.");
    }

    @Test
    void shouldPutTheRoleOfAWorkerInTheSentence() {
        assertThat(explain(VOLK, hop("WORKS_FOR", VOLK, HERITAGE, "role", "head of the Moscow branch"), HERITAGE))
                .isEqualTo("Yevgeny Volk works for the Heritage Foundation as head of the Moscow branch.");
        assertThat(explain(HERITAGE, hop("WORKS_FOR", VOLK, HERITAGE, "role", "head of the Moscow branch"), VOLK))
                .isEqualTo("The Heritage Foundation employs Yevgeny Volk as head of the Moscow branch.");
        assertThat(explain(WHITE_HOUSE, hop("SPEAKS_FOR", GIBBS, WHITE_HOUSE), GIBBS))
                .isEqualTo("The White House has Robert Gibbs as spokesperson.");
    }

    @Test
    void shouldSpeakOfAnEndedLeadershipInThePast() {
        assertThat(explain(USA, hop("LEADS", BUSH, USA, "title", "President", "until", "2009-01"), BUSH))
                .isEqualTo("The United States was led by George W. Bush as President until 2009-01.");
    }

    @Test
    void shouldSayWhoDisagreedWithWhomWhenTheyStoodOnDifferentSides() {
        assertThat(explain(USA, hop("PARTY", USA, GEORGIA, "side", USA.id()), GEORGIA,
                hop("PARTY", RUSSIA, GEORGIA, "side", RUSSIA.id()), RUSSIA,
                hop("LEADS", MEDVEDEV, RUSSIA, "title", "President"), MEDVEDEV))
                .isEqualTo("The United States disagreed with Russia about “causes and sequence of the military actions in the"
                        + " 2008 war in Georgia” (2009-04-01), which is led by Dmitry Medvedev as President.");
        assertThat(explain(RUSSIA, hop("PARTY", RUSSIA, GEORGIA, "side", "russia"), GEORGIA,
                hop("PARTY", USA, GEORGIA, "side", "russia"), USA))
                .startsWith("Russia sided with the United States in the disagreement “causes");
    }

    @Test
    void shouldSayWhoAgreedWithWhomWhenTheyStoodOnOneSide() {
        assertThat(explain(USA, hop("PARTY", USA, NEW_DEAL, "side", "joint"), NEW_DEAL,
                hop("PARTY", RUSSIA, NEW_DEAL, "side", "joint"), RUSSIA))
                .isEqualTo("The United States agreed with Russia on “a new nuclear arms reduction deal to replace START” (2009-04-01).");
        assertThat(explain(USA, hop("PARTY", USA, NEW_DEAL, "side", "joint"), NEW_DEAL, hop("ABOUT", NEW_DEAL, NEW_START), NEW_START))
                .isEqualTo("The United States was a party to the agreement “a new nuclear arms reduction deal to replace START”"
                        + " (2009-04-01) about New START.");
    }

    @Test
    void shouldKeepADeniedClaimMarkedAsDenied() {
        assertThat(explain(USA, hop("PARTY", USA, CAP, "side", "joint"), CAP, hop("PARTY", RUSSIA, CAP, "side", "joint"), RUSSIA))
                .isEqualTo("The United States was a party with Russia to the denied agreement “a new cap on nuclear warheads” (2009-04-01).")
                .doesNotContain("agreed with");
        assertThat(explain(GIBBS, hop("ATTRIBUTED_TO", CAP, GIBBS), CAP, hop("PARTY", RUSSIA, CAP, "side", "joint"), RUSSIA))
                .isEqualTo("Robert Gibbs reported the denied agreement “a new cap on nuclear warheads” (2009-04-01) involving Russia.");
    }

    @Test
    void shouldReadAPathThroughAnArticle() {
        assertThat(explain(VOLK, hop("MENTIONED_IN", VOLK, ARTICLE), ARTICLE, hop("MENTIONED_IN", OBAMA, ARTICLE), OBAMA))
                .isEqualTo("Yevgeny Volk is named in the article “Medvedev, Obama Accent The Positive In First Meeting”,"
                        + " which names Barack Obama.");
    }

    @Test
    void shouldReadTreatiesAndTheirParties() {
        assertThat(explain(USA, hop("PARTY_TO", USA, START), START, hop("PARTY_TO", RUSSIA, START), RUSSIA,
                hop("PARTY", RUSSIA, NEW_DEAL, "side", "joint"), NEW_DEAL, hop("ABOUT", NEW_DEAL, NEW_START), NEW_START,
                hop("SUCCEEDS", NEW_START, START), START))
                .isEqualTo("The United States is party to the Strategic Arms Reduction Treaty, which has Russia as a party,"
                        + " which was a party to the agreement “a new nuclear arms reduction deal to replace START” (2009-04-01)"
                        + " about New START, which succeeds the Strategic Arms Reduction Treaty.");
    }

    @Test
    void shouldReadTheOtherWayRoundFromTheSubjectOfAClaim() {
        assertThat(explain(OBAMA, hop("ABOUT", ELITES, OBAMA), ELITES, hop("ATTRIBUTED_TO", ELITES, VOLK), VOLK))
                .isEqualTo("Barack Obama was the subject of the statement “the role of the elites of both countries in"
                        + " U.S.-Russian relations” (2009-04-01) by Yevgeny Volk.");
    }

    @Test
    void shouldPutTheBeforeOrganizationsUnitedCountriesTreatiesAndDescriptionsOnly() {
        assertThat(PathSentences.name(new Node("org:kremlin", "Organization", "Kremlin"))).isEqualTo("the Kremlin");
        assertThat(PathSentences.name(new Node("country:gbr", "Country", "United Kingdom"))).isEqualTo("the United Kingdom");
        assertThat(PathSentences.name(RUSSIA)).isEqualTo("Russia");
        assertThat(PathSentences.name(NEW_START)).isEqualTo("New START");
        assertThat(PathSentences.name(START)).isEqualTo("the Strategic Arms Reduction Treaty");
        assertThat(PathSentences.name(new Node("place:former-soviet-union", "Place", "former Soviet Union")))
                .isEqualTo("the former Soviet Union");
        assertThat(PathSentences.name(new Node("place:london", "Place", "London"))).isEqualTo("London");
        assertThat(PathSentences.name(new Node("org:x", "Organization", "The Times"))).isEqualTo("The Times");
    }

    /** Alternating nodes and hops: node, hop, node, hop, …, node. */
    private static String explain(Object... parts) {
        var nodes = new ArrayList<Node>();
        var hops = new ArrayList<Hop>();
        for (var part : parts) {
            if (part instanceof Node n) {
                nodes.add(n);
            } else {
                hops.add((Hop) part);
            }
        }
        var sentence = PathSentences.explain(nodes, hops, CLAIMS);
        assertThat(sentence).endsWith(".").doesNotContain("..").doesNotContain(";");
        return sentence;
    }

    private static Hop hop(String type, Node start, Node end, String... properties) {
        var map = new HashMap<String, Object>();
        for (int i = 0; i + 1 < properties.length; i += 2) {
            map.put(properties[i], properties[i + 1]);
        }
        return new Hop(type, start.id(), end.id(), map);
    }
}
