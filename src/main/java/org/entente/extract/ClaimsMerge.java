package org.entente.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.entente.extract.cameo.CameoCodes;
import org.entente.extract.rules.ClaimRules;
import org.entente.facts.Facts;

/**
 * Where the claim lists of an article meet: the cue table's (the override layer) and the event stage's, one sentence at
 * a time ({@link #merge}); the events that nouns name on top of them ({@link #embed}); one claim where the layers made
 * the same one twice ({@link #distinct}), or one act once with and once without its target ({@link #withoutItsTarget}). Each rule that lets one layer's claim replace the other's is one
 * {@code replace} in {@link #merge}, with the sentence that needed it.
 */
final class ClaimsMerge {

    private ClaimsMerge() {
    }

    /**
     * The claims of the cue table (the override layer) and those of the event stage: a sentence keeps the claims of the
     * layer that has precedence, the other layer speaks only in sentences where it is silent; but in the sentences
     * {@code spoken} the parse found the publisher's "we" acting, which the cue table cannot see ("We strongly condemn
     * President Putin's decision" was Russia's statement about the regions): there the parse's claims replace the cue
     * table's.
     */
    static List<Facts.Claim> merge(List<Facts.Claim> cued, List<Facts.Claim> evented, String mode, Set<Integer> spoken) {
        var first = mode.equals("events-first") ? evented : cued;
        var second = mode.equals("events-first") ? cued : evented;
        if (mode.equals("cues")) {
            return new ArrayList<>(cued);
        }
        if (mode.equals("events")) {
            return new ArrayList<>(evented);
        }
        var out = new ArrayList<>(first);
        if (first == cued) {
            // the parse read a refusal or a negation where the cue table saw the act itself ("concerns about the PRC's
            // unwillingness to cooperate with the WHO" is no cooperation): in that sentence the event layer speaks
            var overruled = evented.stream().filter(e -> cued.stream().anyMatch(c -> contradicts(e, c))).map(c -> c.evidence().start())
                    .collect(java.util.stream.Collectors.toSet());
            out.removeIf(c -> overruled.contains(c.evidence().start()));
            // the parse completes a cue claim: where it finds the same stance with more parties ("we urge the transition
            // government to …", the government being Guinea's), its claim replaces the cue table's
            // (a one-party statement keeps the sign of its cue: "The United States rejects accusations …" is a rejection)
            replace(out, cued, evented, (e, c) -> stance(c) == ClaimRules.polarity(e.kind())
                    && ids(e).size() > ids(c).size() && ids(e).containsAll(ids(c)));
            // the parse gives a one-party statement its other side: where the cue table found one actor's statement
            // about an entity ("The United States imposed sanctions on Venezuela": the United States, about Venezuela)
            // and the parse finds that actor acting on it, the parse's claim, with whom it is done to, replaces it
            replace(out, cued, evented, (e, c) -> c.kind().equals("STATEMENT") && c.parties().size() == 1 && ids(e).size() >= 2
                    && ids(e).containsAll(ids(c)) && ids(e).stream().allMatch(id -> ids(c).contains(id) || c.about().contains(id)));
            // a speaker's report of a stance: where the cue table found only the speaker's statement about those the
            // parse finds taking a stance toward each other in what he reports ("Gromyko told Rusk that the Soviet
            // Government could not accept the American proposal": Gromyko's statement, about the Soviet Union and the
            // United States), the reported stance, attributed to him, replaces it; so it does the statement the cue table
            // gave whoever he told it, where the speaker has no name the text resolves ("The Secretary told Dobrynin
            // that the United States could not accept the Soviet position" is no statement of Dobrynin's)
            replace(out, cued, evented, (e, c) -> c.kind().equals("STATEMENT") && c.parties().size() == 1
                    && "REPORTED".equals(e.modality()) && (e.attributedTo() == null || c.parties().get(0).id().equals(e.attributedTo()))
                    && ids(e).size() >= 2 && c.about().containsAll(ids(e)));
            // an intent read from the parse ("remains committed to supporting ECOWAS and the governments of Mali, …",
            // "stands ready to assist Lebanon": CAMEO 03, 13, planned) replaces the cue table's stances of its sentence
            // of the same sign naming the one who commits
            replace(out, cued, evented, (e, c) -> intent(e) && e.parties().size() >= 2
                    && ClaimRules.polarity(c.kind()) == ClaimRules.polarity(e.kind()) && ids(c).contains(e.parties().get(0).id()));
            // a disapproval of a deed is no deed: where the cue table found a conflict between two ("The United States is
            // troubled by the attacks carried out by the Houthis": an attack, the United States and the Houthis) and the
            // parse finds one disapproving of the other, and no conflict between the same two of its own there, the
            // parse's claim, with who disapproves of whom, replaces it (where the parse reads the deed done to the one
            // who disapproves, "Ukraine condemned Russia's strikes on Ukraine", the conflict stays), and the deed the
            // parse reads there, done to others, comes beside it ("The United States is troubled by reports that Burmese
            // military forces killed civilians": the killing is the forces', not a conflict of the United States')
            var disapproved = replace(out, cued, evented, (e, c) -> c.kind().equals("CONFLICT") && e.kind().equals("DISAGREEMENT")
                    && ids(e).equals(ids(c)) && e.parties().stream().anyMatch(p -> "actor".equals(p.role()))
                    && evented.stream().noneMatch(x -> x.kind().equals("CONFLICT") && x.evidence().start().equals(e.evidence().start())
                            && ids(x).containsAll(ids(e))));
            evented.stream().filter(x -> x.kind().equals("CONFLICT") && disapproved.contains(x.evidence().start()) && !out.contains(x))
                    .forEach(out::add);
            // the cue table puts every state the sentence names on one claim; where the parse finds who acts on whom
            // among them, and the others are only what the act is about ("France condemned Russia's aggression against
            // Ukraine": France against Russia, about Ukraine), the parse's claim replaces it
            replace(out, cued, evented, (e, c) -> ClaimRules.polarity(c.kind()) == ClaimRules.polarity(e.kind())
                    && directed(e)
                    && ids(c).containsAll(ids(e)) && ids(c).size() > ids(e).size()
                    && ids(c).stream().allMatch(id -> ids(e).contains(id) || e.about().contains(id)));
            // the other side is whom the sentence names: where the cue table made the article's other main side a party
            // the sentence does not name at all (the parse has it neither as a party nor as what the act is about) and
            // the parse finds the same actor acting on someone the cue claim has only as what it is about ("The Soviet
            // Union rejected the American note. … Adlai Stevenson, U.S. Representative …, criticized the Indian
            // military action": India's forces, not the Soviet Union), the parse's claim of the same kind replaces it (a
            // deed the parse reads does not replace words about it: "When Russian troops invaded Georgia …, it marked a
            // nadir in Washington's relations with Moscow" keeps the disagreement of the two)
            replace(out, cued, evented, (e, c) -> c.kind().equals(e.kind())
                    && ClaimRules.polarity(e.kind()) != 0 && directed(e) && ids(c).contains(e.parties().get(0).id())
                    && ids(e).stream().allMatch(id -> ids(c).contains(id) || c.about().contains(id))
                    && !ids(e).containsAll(ids(c)) && ids(c).stream().filter(id -> !ids(e).contains(id)).noneMatch(e.about()::contains));
            // partners are no enemies: where the cue table found a conflict or a disagreement between two and the parse
            // finds one cooperating with the other, and no stance against the other of its own there ("The United
            // States will work with Kenya to fight terrorism": no fight between the two), the parse's claim replaces it
            // (cooperation of CAMEO 03, 05, 06: what is allowed or yielded, 08, may be the fight itself: "Russia allowed
            // its territory to be used to attack Ukraine")
            replace(out, cued, evented, (e, c) -> ClaimRules.polarity(e.kind()) > 0 && !"DENIED".equals(e.modality())
                    && e.cameo() != null && Set.of(3, 5, 6).contains(CameoCodes.root(e.cameo()))
                    && ClaimRules.polarity(c.kind()) < 0 && ids(e).equals(ids(c)) && ids(e).size() == 2
                    && directed(e)
                    && evented.stream().noneMatch(x -> x.evidence().start().equals(e.evidence().start())
                            && ClaimRules.polarity(x.kind()) < 0 && ids(x).containsAll(ids(e))));
            // sides the cue table cannot see: where it found a stance against someone among three or more with no one
            // acting ("The United States and Japan oppose China's claims": each on a side of its own, Japan against the
            // United States) and the parse finds who acts on whom among the same parties, the parse's claim replaces it
            replace(out, cued, evented, (e, c) -> ClaimRules.polarity(c.kind()) < 0 && ClaimRules.polarity(e.kind()) < 0
                    && ids(c).size() >= 3 && ids(e).equals(ids(c)) && directed(e) && c.parties().stream().allMatch(p -> p.role() == null));
            // talks need two sides: where the cue table found talks with one party ("West led a delegation to continue
            // discussions with senior Taliban representatives"), the parse's talks with both sides replace them
            replace(out, cued, evented, (e, c) -> talks(e) && e.parties().size() >= 2 && talks(c) && c.parties().size() < 2);
            // a call is more than its purpose: where the cue table read only one party's words in a sentence, about the
            // one the parse finds talked to and not about the one who talks ("President Biden spoke with President
            // Zelenskyy to reaffirm the support of the United States": the United States' support, about Zelenskyy), the
            // parse's talks between the two come beside them ("The United States is an advocate of Georgia joining NATO"
            // is about both: no talks)
            evented.stream().filter(e -> callBesideItsPurpose(e, out, cued)).toList().forEach(out::add);
            // the cue table does not see who "we" is: where the parse finds the publisher's "we" acting ("We strongly
            // condemn President Putin's decision"), the parse's claims speak for that sentence
            out.removeIf(c -> cued.contains(c) && spoken.contains(c.evidence().start()));
            evented.stream().filter(e -> spoken.contains(e.evidence().start()) && !out.contains(e)).forEach(out::add);
            // a concern that lists its things is a disapproval a thing (EventFinder.concernsListed): where the parse
            // finds two or more in a sentence, they replace the cue table's stances of that sentence against the same
            // speaker's words ("expressed concern about Russia's buildup near Ukraine, the detention of journalists in
            // Belarus, and attacks in Syria" is no conflict between the United States and Ukraine)
            var listed = evented.stream().filter(e -> "110".equals(e.cameo()))
                    .collect(java.util.stream.Collectors.groupingBy(e -> e.evidence().start()));
            listed.values().stream().filter(g -> g.size() >= 2).forEach(g -> {
                var speaker = g.get(0).parties().get(0).id();
                out.removeIf(c -> cued.contains(c) && c.evidence().start().equals(g.get(0).evidence().start())
                        && ClaimRules.polarity(c.kind()) < 0 && ids(c).contains(speaker));
                g.stream().filter(e -> !out.contains(e)).forEach(out::add);
            });
        }
        var covered = new java.util.HashSet<Integer>();
        out.forEach(c -> covered.add(c.evidence().start()));
        second.stream().filter(c -> !covered.contains(c.evidence().start())).forEach(out::add);
        out.sort(Comparator.comparingInt(c -> c.evidence().start()));
        return out;
    }

    /**
     * The events that nouns name ("Beijing's crackdown in Hong Kong") come on top of what their sentence says, unless
     * the sentence already has a claim of the same polarity between the same parties.
     */
    static List<Facts.Claim> embed(List<Facts.Claim> claims, List<Facts.Claim> embedded) {
        var out = new ArrayList<>(claims);
        for (var e : embedded) {
            if (out.stream().noneMatch(c -> c.evidence().start().equals(e.evidence().start()) && ids(c).equals(ids(e))
                    && ClaimRules.polarity(c.kind()) == ClaimRules.polarity(e.kind()))) {
                out.add(e);
            }
        }
        out.removeIf(c -> out.stream().anyMatch(d -> withoutItsTarget(c, d)));
        out.sort(Comparator.comparingInt(c -> c.evidence().start()));
        return out;
    }

    /**
     * Whether {@code alone} is {@code whole} without its target: the same act of the same actor in the same sentence,
     * once read with nothing but what it is about and once with that as its target ("The United States provided aid to
     * Syrian refugees in Jordan": the verb's aid about Jordan, and the noun's aid to Jordan). One claim, the whole one.
     */
    static boolean withoutItsTarget(Facts.Claim alone, Facts.Claim whole) {
        if (alone == whole || alone.parties().size() != 1 || whole.parties().size() < 2 || alone.about().isEmpty()
                || alone.cameo() == null || !alone.evidence().start().equals(whole.evidence().start())
                || !CameoCodes.kind(alone.cameo()).equals(whole.kind()) || "target".equals(alone.parties().get(0).role())) {
            return false;
        }
        var actor = alone.parties().get(0).id();
        var others = whole.parties().stream().filter(p -> !p.id().equals(actor) && !"actor".equals(p.role())).map(Facts.Party::id).toList();
        return whole.parties().stream().anyMatch(p -> p.id().equals(actor) && !"target".equals(p.role())) && others.containsAll(alone.about());
    }

    /**
     * The sign of a claim: of its kind, or for a statement of one party, of its CAMEO code's kind (a statement that is
     * one state's rejection or welcome, {@link ClaimRules#alone}).
     */
    private static int stance(Facts.Claim c) {
        boolean alone = c.kind().equals("STATEMENT") && c.parties().size() == 1 && c.cameo() != null;
        return ClaimRules.polarity(alone ? CameoCodes.kind(c.cameo()) : c.kind());
    }

    /**
     * Each event claim replaces the cue claims of its sentence that it makes {@code weaker}, if there are any; returns
     * the sentences (their start) where one did.
     */
    private static Set<Integer> replace(List<Facts.Claim> out, List<Facts.Claim> cued, List<Facts.Claim> evented,
                                        java.util.function.BiPredicate<Facts.Claim, Facts.Claim> weaker) {
        var replaced = new java.util.HashSet<Integer>();
        for (var e : evented) {
            if (out.removeIf(c -> cued.contains(c) && c.evidence().start().equals(e.evidence().start()) && weaker.test(e, c))) {
                out.add(e);
                replaced.add(e.evidence().start());
            }
        }
        return replaced;
    }

    /**
     * Whether the parse's talks {@code e} come beside what the cue table read in their sentence: there are claims there,
     * all the cue table's, each a one-party statement about the one talked to and not about the one who talks, or a
     * stance with no sides between the very two who talk.
     */
    private static boolean callBesideItsPurpose(Facts.Claim e, List<Facts.Claim> out, List<Facts.Claim> cued) {
        if (!talks(e) || !directed(e) || "DENIED".equals(e.modality()) || out.contains(e)) {
            return false;
        }
        var said = out.stream().filter(c -> c.evidence().start().equals(e.evidence().start())).toList();
        return !said.isEmpty() && said.stream().allMatch(c -> cued.contains(c) && (c.parties().size() == 1
                && e.parties().stream().allMatch(p -> c.about().contains(p.id()) == "target".equals(p.role()))
                // or the words of both sides, the cue table's stance between the two who talk ("President Biden spoke
                // with Ukrainian President Zelenskyy to reaffirm the support of the United States": the United States and
                // Ukraine, the talkers' states)
                || (!talks(c) && ids(c).equals(ids(e)) && c.parties().stream().allMatch(p -> p.role() == null))));
    }

    /** Whether the parse found who acts on whom: a claim with an actor and a target. */
    private static boolean directed(Facts.Claim claim) {
        return claim.parties().stream().anyMatch(p -> "actor".equals(p.role())) && claim.parties().stream().anyMatch(p -> "target".equals(p.role()));
    }

    static Set<String> ids(Facts.Claim claim) {
        return ClaimRules.partyIds(claim);
    }

    /** A planned intent or threat (CAMEO 03, 13) of the event stage: "pledged to provide aid", "vowed to retaliate". */
    private static boolean intent(Facts.Claim claim) {
        return "PLANNED".equals(claim.modality()) && CameoCodes.intends(claim.cameo());
    }

    /** A claim of talks: a meeting, a negotiation, anything CAMEO codes as consultation (04), or the intent to meet (036). */
    private static boolean talks(Facts.Claim claim) {
        return claim.kind().equals("MEETING") || claim.kind().equals("NEGOTIATION")
                || (claim.cameo() != null && (claim.cameo().startsWith("04") || claim.cameo().equals("036")));
    }

    /**
     * One claim where the layers made the same one twice (same kind, parties, topic and quote: what makes its id), the
     * first; two would make the Facts invalid (a duplicate claim id) and the article fail to import.
     */
    static List<Facts.Claim> distinct(List<Facts.Claim> claims) {
        var seen = new java.util.HashSet<String>();
        var out = new ArrayList<Facts.Claim>(claims.size());
        claims.stream().filter(c -> seen.add(c.identity())).forEach(out::add);
        return out;
    }

    /**
     * An event claim that says the opposite of a cue claim of the same sentence about the same parties: a refusal or
     * a denial where the cue table found cooperation or agreement.
     */
    private static boolean contradicts(Facts.Claim event, Facts.Claim cue) {
        boolean refused = ClaimRules.polarity(event.kind()) < 0 || "DENIED".equals(event.modality());
        return refused && ClaimRules.polarity(cue.kind()) > 0 && !"DENIED".equals(cue.modality())
                && event.evidence().start().equals(cue.evidence().start())
                && event.parties().stream().anyMatch(p -> cue.parties().stream().anyMatch(q -> q.id().equals(p.id())));
    }
}
