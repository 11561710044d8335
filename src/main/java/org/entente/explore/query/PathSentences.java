package org.entente.explore.query;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.entente.explore.Wording;
import org.entente.explore.query.ConnectionRepository.Hop;
import org.entente.explore.query.ConnectionRepository.Node;

/**
 * One readable sentence for a path: the first hop reads "A leads B", every next hop continues from the node just
 * reached (", which …", ", who …" for a person), active when that node starts the relationship and passive when it
 * ends it. A claim between two entities reads as one clause ("made the statement “…” (2009-04-01) about B",
 * "disagreed with B about “…”"), because the claim node alone is not something an analyst would name.
 * <p>
 * Names read as {@link Wording#the} puts them ("the Kremlin", "the United States", "Russia").
 */
public final class PathSentences {

    /** What a sentence needs to know about a claim besides its kind and topic (kept on its node). */
    public record ClaimFacts(String date, String modality) {
    }

    /** Present and past (an {@code until} is known), active and passive; {@code %s} is the other end. */
    private record Verb(String active, String passive, String activePast, String passivePast) {
    }

    private static final Map<String, Verb> VERBS = Map.of(
            "LEADS", new Verb("leads %s", "is led by %s", "led %s", "was led by %s"),
            "WORKS_FOR", new Verb("works for %s", "employs %s", "worked for %s", "employed %s"),
            "SPEAKS_FOR", new Verb("speaks for %s", "has %s as spokesperson", "spoke for %s", "had %s as spokesperson"),
            "PART_OF", new Verb("is part of %s", "includes %s", "was part of %s", "included %s"),
            "PARTY_TO", new Verb("is party to %s", "has %s as a party", "was party to %s", "had %s as a party"),
            "MEMBER_OF", new Verb("is a member of %s", "has %s as a member", "was a member of %s", "had %s as a member"),
            "SUCCEEDS", new Verb("succeeds %s", "is succeeded by %s", "succeeded %s", "was succeeded by %s"),
            "MET", new Verb("met %s", "met %s", "met %s", "met %s"),
            "MENTIONED_IN", new Verb("is named in %s", "names %s", "is named in %s", "names %s"));

    private PathSentences() {
    }

    public static String explain(List<Node> nodes, List<Hop> hops, Map<String, ClaimFacts> claims) {
        var sentence = new StringBuilder(name(nodes.get(0)));
        int i = 0;
        while (i < hops.size()) {
            var here = nodes.get(i);
            if (i > 0) {
                sentence.append(here.kind().equals("Person") ? ", who" : ", which");
            }
            var next = nodes.get(i + 1);
            sentence.append(' ');
            if (isClaim(next) && i + 1 < hops.size()) {
                sentence.append(throughClaim(hops.get(i), next, hops.get(i + 1), nodes.get(i + 2), claims.get(next.id())));
                i += 2;
            } else {
                sentence.append(hop(here, hops.get(i), next, claims.get(next.id())));
                i++;
            }
        }
        if (sentence.charAt(sentence.length() - 1) != '.') {
            sentence.append('.');
        }
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /** Entity - claim - entity as one clause; {@code in} joins the entity reached so far to the claim. */
    private static String throughClaim(Hop in, Node claim, Hop out, Node other, ClaimFacts facts) {
        var kind = claim.kind().substring("Claim:".length());
        var statement = kind.equals("STATEMENT");
        var denied = facts != null && "DENIED".equals(facts.modality());
        var label = claimLabel(claim, facts);
        var them = name(other);
        return switch (in.type() + ">" + out.type()) {
            case "PARTY>PARTY" -> denied ? "was a party with " + them + " to " + label
                    : together(kind, Objects.equals(in.properties().get("side"), out.properties().get("side")), them,
                            topic(claim, facts), label);
            case "PARTY>ABOUT" -> (statement ? "made " : "was a party to ") + label + " about " + them;
            case "PARTY>ATTRIBUTED_TO" -> statement ? "made " + label + " through " + them
                    : "was a party to " + label + ", according to " + them;
            case "ATTRIBUTED_TO>PARTY" -> statement ? "made " + label + " on behalf of " + them
                    : "reported " + label + " involving " + them;
            case "ATTRIBUTED_TO>ABOUT" -> (statement ? "made " : "reported ") + label + " about " + them;
            case "ABOUT>PARTY" -> "was the subject of " + label + (statement ? " by " : " involving ") + them;
            case "ABOUT>ATTRIBUTED_TO" -> "was the subject of " + label + (statement ? " by " : ", according to ") + them;
            case "ABOUT>ABOUT" -> "was named together with " + them + " in " + label;
            default -> "is linked to " + them + " by " + label;
        };
    }

    /** Two parties of one claim: agreement on the same side, disagreement across sides, else who sided with whom. */
    private static String together(String kind, boolean sameSide, String them, String topic, String label) {
        return switch (kind) {
            case "MEETING" -> "took part with " + them + " in " + label;
            case "NEGOTIATION" -> "negotiated with " + them + " on " + topic;
            case "AGREEMENT" -> sameSide ? "agreed with " + them + " on " + topic : "was on the other side from " + them + " in " + label;
            case "COOPERATION" -> sameSide ? "cooperated with " + them + " on " + topic : "was on the other side from " + them + " in " + label;
            case "DISAGREEMENT" -> sameSide ? "sided with " + them + " in " + label : "disagreed with " + them + " about " + topic;
            case "CONFLICT" -> sameSide ? "sided with " + them + " in " + label : "was in conflict with " + them + " over " + topic;
            default -> sameSide ? "sided with " + them + " in " + label : "was on the other side from " + them + " in " + label;
        };
    }

    /** One relationship read from {@code here}: active when it starts there, passive when it ends there. */
    public static String hop(Node here, Hop hop, Node next, ClaimFacts facts) {
        var forward = hop.from().equals(here.id());
        var p = hop.properties();
        var verb = VERBS.get(hop.type());
        if (verb == null) {
            // a hop into a claim that ends the path, or a type without words of its own
            return switch (hop.type()) {
                case "PARTY" -> forward ? "was a party to " + claimLabel(next, facts) : "had " + name(next) + " as a party";
                case "ABOUT" -> forward ? "was about " + name(next) : "was the subject of " + claimLabel(next, facts);
                case "ATTRIBUTED_TO" -> forward ? "was made by " + name(next) : "made " + claimLabel(next, facts);
                default -> hop.type().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + name(next);
            };
        }
        var past = p.get("until") != null;
        var template = forward ? (past ? verb.activePast() : verb.active()) : (past ? verb.passivePast() : verb.passive());
        var role = p.get("title") != null ? p.get("title") : p.get("role");
        if (role != null) {
            // "has Robert Gibbs as spokesman" rather than "has Robert Gibbs as spokesperson as spokesman"
            var as = template.indexOf("%s as ");
            template = as >= 0 ? template.substring(0, as + "%s as ".length()) + role : template + " as " + role;
        }
        var words = new StringBuilder(template.formatted(name(next)));
        if (p.get("date") != null) {
            words.append(" on ").append(p.get("date"));
        }
        if (p.get("place") != null) {
            words.append(" in ").append(p.get("place"));
        }
        if (p.get("since") != null && p.get("until") != null) {
            words.append(" from ").append(p.get("since")).append(" to ").append(p.get("until"));
        } else if (p.get("since") != null) {
            words.append(" since ").append(p.get("since"));
        } else if (p.get("until") != null) {
            words.append(" until ").append(p.get("until"));
        }
        return words.toString();
    }

    /** "the denied agreement “a new cap on nuclear warheads” (2009-04-01)". */
    private static String claimLabel(Node claim, ClaimFacts facts) {
        var denied = facts != null && "DENIED".equals(facts.modality());
        return "the " + (denied ? "denied " : "") + claim.kind().substring("Claim:".length()).toLowerCase(java.util.Locale.ROOT)
                + " " + topic(claim, facts);
    }

    private static String topic(Node claim, ClaimFacts facts) {
        var date = facts == null ? null : facts.date();
        return "“" + claim.name() + "”" + (date == null ? "" : " (" + date + ")");
    }

    public static String name(Node n) {
        if (isClaim(n)) {
            return claimLabel(n, null);
        }
        if (n.kind().equals("Article")) {
            return "the article “" + n.name() + "”";
        }
        return Wording.the(n.name(), n.kind());
    }

    private static boolean isClaim(Node n) {
        return n.kind().startsWith("Claim:");
    }
}
