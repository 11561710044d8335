package org.entente.extract.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.entente.extract.gazetteer.Gazetteer;
import org.entente.extract.mentions.Draft;
import org.entente.extract.mentions.Mention;
import org.entente.extract.mentions.Offices;
import org.entente.extract.mentions.Resolver;
import org.entente.extract.mentions.Token;
import org.entente.facts.Facts;

/**
 * Structural relationships (DESIGN §3) from titles and appositions in the text, and from what the gazetteer knows
 * about the entities the article names: "U.S. President Barack Obama" → LEADS; "White House spokesman Robert Gibbs"
 * → SPEAKS_FOR; "Yevgeny Volk, head of the Moscow branch of the Heritage Foundation" → WORKS_FOR; the White House is
 * PART_OF the United States, as the UN Security Council is PART_OF the United Nations; a state and an organization it
 * belonged to that day → MEMBER_OF; a treaty named beside the states that are party to it → PARTY_TO; a treaty and the one
 * it replaced → SUCCEEDS.
 */
public final class RelationRules {

    /** The titles of a state's head (of state or government) that name no body: "President Putin". */
    private static final Set<String> STATES_HEADS = Set.of("president", "prime minister", "premier", "chancellor", "king", "queen",
            "emir", "sultan", "supreme leader");
    /** The titles of those who lead what they are named with: a state's heads, and the heads of bodies. */
    public static final Set<String> HEAD_TITLES = Stream.concat(STATES_HEADS.stream(), Stream.of(
            "leader", "head of state", "counterpart",
            // the heads of bodies: "UN Secretary-General Guterres", "AUC Chairperson Moussa Faki Mahamat", "Fleet Commander Harris"
            "secretary-general", "secretary general", "director-general", "director general", "chairperson", "chairman",
            "chairwoman", "chair", "chairperson-in-office", "commander")).collect(Collectors.toUnmodifiableSet());
    /** Words before a title that say its holder no longer holds it: "former President X", "the late King Y". */
    private static final String[] FORMER = {"former", "late", "then", "ex"};
    private static final Set<String> SPOKES = Set.of("spokesman", "spokeswoman", "spokesperson");
    private static final Set<String> APPOSITION_HEADS = Set.of("head", "director", "chairman", "chairwoman", "chairperson", "chair", "chief",
            "president", "founder", "member", "leader", "secretary", "analyst", "fellow", "researcher", "professor", "spokesman",
            "spokeswoman", "editor", "ambassador", "commander", "adviser", "advisor", "minister", "deputy", "envoy");

    private final Gazetteer gazetteer;
    private final Text text;
    private final Resolver.Result resolved;
    private final Map<String, Facts.Relationship> found = new LinkedHashMap<>();
    /** The relationships of an office the article names only after its holder's name ("President Isaias of Eritrea"). */
    private final Set<String> statedAfter = new HashSet<>();

    public RelationRules(Gazetteer gazetteer, Text text, Resolver.Result resolved) {
        this.gazetteer = gazetteer;
        this.text = text;
        this.resolved = resolved;
    }

    public List<Facts.Relationship> find() {
        for (var sentence : text.sentences) {
            if (sentence[1] - sentence[0] > Text.LONGEST_SENTENCE) {
                continue;
            }
            var mentions = text.mentionsIn(sentence[0], sentence[1]).stream().filter(m -> m.entity() != null).toList();
            for (var person : mentions) {
                if (person.category().equals("PERSON")) {
                    titled(sentence, person, mentions);
                    predecessor(sentence, person, mentions);
                    apposition(sentence, person, mentions);
                }
            }
            parties(sentence, mentions);
            possessedPlaces(sentence, mentions);
            locatedPlaces(sentence, mentions);
        }
        resolved.partOf().forEach((place, country) -> add("PART_OF", place, country, Map.of(), named(place), 1.0));
        memberships();
        for (var draft : List.copyOf(resolved.entities().values())) {
            var parent = parentBody(draft);
            if (parent != null && resolved.entities().containsKey(parent)) {
                add("PART_OF", draft.id, parent, Map.of(), named(draft.id), 0.9);
            }
            var known = draft.known;
            if (known == null) {
                continue;
            }
            var state = known.link("country") == null || draft.kind.equals("Person") ? null : gazetteer.countryOf(known, text.published);
            if (state != null) {
                // the state of its time: "the Kremlin" of 1968 is part of the Soviet Union, a place as states gone are
                resolved.entities().computeIfAbsent(state.id(), id -> Draft.of(state));
                add("PART_OF", draft.id, state.id(), Map.of(), named(draft.id), 1.0);
            }
            var predecessor = known.link("succeeds");
            if (predecessor != null && resolved.entities().containsKey(predecessor)) {
                add("SUCCEEDS", draft.id, predecessor, Map.of(), named(draft.id), 1.0);
            }
        }
        // what the article says each person is, for who acts for which state (Actors.stateOf)
        found.values().stream().filter(r -> Set.of("LEADS", "SPEAKS_FOR", "WORKS_FOR").contains(r.type())
                && !r.properties().containsKey("until") && !statedAfter.contains(key(r.type(), r.from(), r.to())))
                .forEach(r -> text.affiliations.putIfAbsent(r.from(), r.to()));
        return new ArrayList<>(found.values());
    }

    /**
     * The states the article names that were members of an organization it names, on the day it was published
     * ({@code memberships.yaml}): Latvia and NATO in 2014, Mali and ECOWAS in 2022 (but not in 2025, when Mali had left).
     */
    private void memberships() {
        var named = resolved.entities().values().stream().filter(d -> d.kind.equals("Country")).map(d -> d.id).toList();
        for (var org : List.copyOf(resolved.entities().values())) {
            if (!org.kind.equals("Organization")) {
                continue;
            }
            for (var state : named) {
                var membership = gazetteer.membership(org.id, state, text.published);
                if (membership != null) {
                    var props = membership.since() == null ? Map.<String, Object>of() : Map.<String, Object>of("since", membership.since());
                    add("MEMBER_OF", state, org.id, props, named(state), 0.9);
                }
            }
        }
    }

    /**
     * The organization a body belongs to, when the article names both: the one the gazetteer gives
     * ({@code partOf}: the European Commission is the EU's), or the one whose name begins the body's ("UN Security Council",
     * "OSCE Mission to Moldova", "African Union Commission", "Al-Qaeda in the Arabian Peninsula"); the longest such
     * beginning wins ("UN Security Council Sanctions Committee" is the Council's).
     */
    private String parentBody(Draft draft) {
        if (!draft.kind.equals("Organization") || draft.name == null) {
            return null;
        }
        if (draft.known != null && draft.known.link("partOf") != null) {
            return draft.known.link("partOf");
        }
        var words = draft.name.split(" ");
        for (int k = words.length - 1; k >= 1; k--) {
            var prefix = String.join(" ", java.util.Arrays.copyOf(words, k));
            for (var hit : gazetteer.lookup(Gazetteer.key(prefix))) {
                if (hit.entry().kind().equals("Organization") && !hit.entry().id().equals(draft.id)) {
                    return hit.entry().id();
                }
            }
        }
        return null;
    }

    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northern", "southern", "eastern", "western",
            "central", "northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest", "southeast", "southwest");
    /** The word a region's name may carry before "of" its state: "the Mopti region of central Mali". */
    private static final Set<String> REGION_NOUNS = Set.of("region", "province", "state", "district", "governorate", "oblast",
            "county", "department", "prefecture");

    /**
     * A place the sentence locates in a state by name: "Abidjan, Côte d'Ivoire,"; "the village of Mourah in central Mali";
     * "the Mopti region of central Mali". Not a state named by its demonym ("a meeting in Geneva of Russian diplomats"),
     * not one that goes on as a subject ("in Kharkiv, Russia said"), not a place the gazetteer puts in another state.
     */
    private void locatedPlaces(int[] sentence, List<Mention> mentions) {
        for (var place : mentions) {
            if (!place.entity().startsWith("place:") || place.last() + 1 >= sentence[1]) {
                continue;
            }
            int k = place.last();
            boolean comma = text.tokens.get(k).word().equals(",");
            if (REGION_NOUNS.contains(text.tokens.get(k).word().toLowerCase())) {
                k++; // "the Mopti region of central Mali"
            }
            if (!comma && !(k < sentence[1] && text.tokens.get(k).is("in", "of"))) {
                continue;
            }
            k++;
            if (!comma && k < sentence[1] && text.tokens.get(k).is("the")) {
                k++;
            }
            while (!comma && k < sentence[1] && COMPASS.contains(text.tokens.get(k).word().toLowerCase())) {
                k++;
            }
            final int at = k;
            var state = mentions.stream().filter(m -> m.first() == at && m.entity().startsWith("country:")
                    && m.via() == Gazetteer.Via.NAME).findFirst().orElse(null);
            if (state == null) {
                continue;
            }
            int after = state.last();
            if (after < sentence[1] && (text.tokens.get(after).possessive()
                    || (comma && !text.tokens.get(after).word().matches("[,.;:)]")))) {
                continue; // "in Kharkiv, Russia said"; "in Kyiv in Russia's war"
            }
            if (resolved.partOf().getOrDefault(place.entity(), state.entity()).equals(state.entity())) {
                add("PART_OF", place.entity(), state.entity(), Map.of(), text.evidence(sentence, place.first(), state.last()), 0.8);
            }
        }
    }

    /** "Ethiopia's Tigray region", "China's Xinjiang province": a state's place is part of it. */
    private void possessedPlaces(int[] sentence, List<Mention> mentions) {
        for (var state : mentions) {
            if (!state.entity().startsWith("country:") || state.last() + 1 >= sentence[1]
                    || !text.tokens.get(state.last()).possessive()) {
                continue;
            }
            var place = text.namedAt(state.last() + 1);
            if (place != null && place.entity() != null && place.entity().startsWith("place:") && place.first() == state.last() + 1
                    && resolved.partOf().getOrDefault(place.entity(), state.entity()).equals(state.entity())) {
                // (not "Russia's London embassy": London is known to be another state's)
                add("PART_OF", place.entity(), state.entity(), Map.of(), text.evidence(sentence, state.first(), place.last()), 0.9);
            }
        }
    }

    /** "U.S. President Barack Obama", "his Russian counterpart Dmitry Medvedev", "White House spokesman Robert Gibbs". */
    private void titled(int[] sentence, Mention person, List<Mention> mentions) {
        int end = person.first();
        int begin = titleStart(sentence, end);
        final int start = begin;
        if (start == end) {
            return;
        }
        var title = text.body(start, end);
        // "African Union Commission (AUC) Chairperson Moussa Faki Mahamat": the acronym in brackets between body and title;
        // "Kenya's Foreign Minister Raychelle Omamo": the possessive
        int holderEnd = start >= 3 && text.tokens.get(start - 1).closesBracket() && text.tokens.get(start - 3).opensBracket()
                ? start - 3 : start > sentence[0] && text.tokens.get(start - 1).possessive() ? start - 1 : start;
        var holder = mentions.stream().filter(m -> (m.last() == start || m.last() == holderEnd) && !m.category().equals("PERSON"))
                .findFirst().orElse(null);
        var evidence = holder == null ? null : text.evidence(sentence, holder.first(), person.last());
        boolean after = false;
        if (holder == null && (start == sentence[0] || !text.tokens.get(start - 1).is(FORMER))) {
            // "Prime Minister Abiy of Ethiopia", "Foreign Minister Wang Yi of China": the holder right after the name, whose
            // relationship says what he is without making him stand for his state in the claims (where "Ukrainian
            // President Zelenskyy" is his state's, "President Zelenskyy of Ukraine" is a person who speaks)
            holder = holderAfter(sentence, person, mentions);
            evidence = holder == null ? null : text.evidence(sentence, start, holder.last());
            after = holder != null;
        }
        if (holder == null) {
            statesHead(sentence, person, start, title);
            return;
        }
        if (title.equalsIgnoreCase("counterpart")) {
            title = found.values().stream().filter(r -> r.type().equals("LEADS")).map(r -> (String) r.properties().get("title"))
                    .findFirst().orElse("leader");
        }
        office(person, holder.entity(), title, evidence, after);
    }

    /** What a title says a person is to its holder: the head (LEADS), its voice (SPEAKS_FOR), else its official. */
    private void office(Mention person, String target, String title, Facts.Evidence evidence, boolean after) {
        var lower = title.toLowerCase();
        if (HEAD_TITLES.contains(lower)) {
            add("LEADS", person.entity(), target, Map.of("title", capitalize(title)), evidence, 0.9, after);
        } else if (SPOKES.contains(lower)) {
            add("SPEAKS_FOR", person.entity(), target, Map.of("role", lower), evidence, 0.9, after);
        } else if (!target.startsWith("place:") || Actors.formerState(resolved.entities().get(target))) {
            // (a place is no employer, but a state gone is a state: "the Soviet Representative Sobolev")
            add("WORKS_FOR", person.entity(), target, Map.of("role", lower), evidence, 0.8, after);
        }
    }

    /**
     * A state's title in apposition after a name: "Adlai Stevenson, U.S. Representative to the United Nations,", "Andrei
     * Gromyko, Soviet Foreign Minister,", "Mills, Deputy U.S. Representative": the state named, then the title, as a
     * title before the name says it ("U.S. Representative Lodge"). Not "Smith, a U.S. citizen," (no title), nor "Volk,
     * head of the Moscow branch of …" ({@link #apposition}).
     */
    private boolean statesTitleAfter(int[] sentence, Mention person, List<Mention> mentions, int head) {
        int k = head;
        while (k < sentence[1] && isTitleWord(text.tokens.get(k)) && text.tokens.get(k).capitalized()) {
            k++; // "Deputy", "Permanent"
        }
        final int at = k;
        var state = mentions.stream().filter(m -> m.first() == at && Actors.isState(m.entity(), resolved)).findFirst().orElse(null);
        if (state == null) {
            return false;
        }
        int start = state.last() < sentence[1] && text.tokens.get(state.last()).possessive() ? state.last() + 1 : state.last();
        int end = start;
        boolean titled = false;
        while (end < sentence[1] && text.tokens.get(end).capitalized() && text.namedAt(end) == null
                && (text.tokens.get(end).pos().startsWith("NN") || text.tokens.get(end).pos().equals("JJ"))) {
            titled |= isTitleWord(text.tokens.get(end));
            end++;
        }
        if (!titled) {
            return false;
        }
        office(person, state.entity(), text.body(start, end), text.evidence(sentence, person.first(), end), false);
        return true;
    }

    /**
     * The state or organization named right after a titled name and "of" ("Prime Minister Abiy of Ethiopia", "President
     * Isaias of Eritrea", "Secretary-General Jens Stoltenberg of NATO"): not a place ("Senator Biden of Delaware"), not a
     * possessive that begins a longer phrase ("Ambassador Smith of Russia's neighbour Finland").
     */
    private Mention holderAfter(int[] sentence, Mention person, List<Mention> mentions) {
        int of = person.last();
        if (of + 1 >= sentence[1] || !text.tokens.get(of).is("of")) {
            return null;
        }
        int at = text.tokens.get(of + 1).is("the") ? of + 2 : of + 1;
        var holder = mentions.stream().filter(m -> m.first() == at && !m.category().equals("PERSON")
                && (m.entity().startsWith("country:") || m.entity().startsWith("org:"))).findFirst().orElse(null);
        if (holder == null || holder.last() < sentence[1] && text.tokens.get(holder.last()).possessive()) {
            return null;
        }
        return holder;
    }

    /**
     * Where the title before a name begins: title words ("Foreign Minister", "Secretary of State"), and the capitalized
     * words of a portfolio between them ("External Affairs Minister", "Minister of Defense", "Minister for Foreign
     * Affairs"), back to the first word that is neither (a name, a date, "the", a comma). A span with no title word is none.
     */
    private int titleStart(int[] sentence, int end) {
        int begin = end;
        int titled = end;
        while (begin > sentence[0]) {
            var t = text.tokens.get(begin - 1);
            if (t.ner().equals("TITLE") || isTitleWord(t)) {
                titled = --begin;
            } else if (t.capitalized() && text.namedAt(begin - 1) == null && (t.pos().startsWith("NN") || t.pos().equals("JJ"))
                    && (t.ner().equals("O") || t.ner().equals("ORGANIZATION")) && !t.is(FORMER)) {
                begin--; // "External", "Affairs", "Defense", "High"; "Trade" in "EU Trade Commissioner", which NER reads as the body's
            } else if (t.is("of", "for", "and") && begin - 1 > sentence[0] && begin < end && text.tokens.get(begin).capitalized()
                    && text.tokens.get(begin - 2).capitalized()) {
                begin--;
            } else {
                break;
            }
        }
        // the span begins at its first title word, or at a portfolio word right before one ("Defense Minister")
        while (begin < titled && !(text.tokens.get(begin).capitalized() && text.tokens.get(begin).pos().startsWith("NN"))) {
            begin++;
        }
        return titled == end ? end : begin;
    }

    /**
     * "President Putin", "Prime Minister Abiy": the title of a head of state or government with no state before it, held
     * by someone the gazetteer has in that state's government on the day → LEADS that state. Not "former President X",
     * nor "Vice President X", nor a title every body has ("Chairman X").
     */
    private void statesHead(int[] sentence, Mention person, int start, String title) {
        if (!STATES_HEADS.contains(title.toLowerCase()) || (start > sentence[0] && text.tokens.get(start - 1).is(FORMER))) {
            return;
        }
        var state = Actors.stateOf(person, text, gazetteer, resolved);
        if (state != null && state.startsWith("country:")) {
            add("LEADS", person.entity(), state, Map.of("title", capitalize(title)), text.evidence(sentence, start, person.last()), 0.8);
        }
    }

    /**
     * A word of a title: one {@link Offices#title} knows (CoreNLP's TITLE, or a title or rank
     * it misses: "President", which it tags O after a body's name), or a word of a minister's or chair's title.
     */
    private static boolean isTitleWord(Token t) {
        return Offices.title(t) || t.is("press", "foreign", "prime", "commissioner", "chairman",
                "chairwoman", "chairperson");
    }

    /** "Obama … than his predecessor George W. Bush": the predecessor held the same office before. */
    private void predecessor(int[] sentence, Mention person, List<Mention> mentions) {
        int at = person.first() - 1;
        if (at <= sentence[0] || !text.tokens.get(at).is("predecessor") || !text.tokens.get(at - 1).pos().startsWith("PRP")) {
            return;
        }
        mentions.stream().filter(m -> m.category().equals("PERSON") && m.last() <= at && !m.entity().equals(person.entity()))
                .reduce((a, b) -> b)
                .flatMap(holder -> found.values().stream().filter(r -> r.type().equals("LEADS") && r.from().equals(holder.entity())).findFirst())
                .ifPresent(office -> add("LEADS", person.entity(), office.to(), Map.of("title", office.properties().get("title")),
                        text.evidence(sentence, at - 1, person.last()), 0.8));
    }

    /** Persons who met, by the meeting claims that assert it: the first party met each of the others. */
    public List<Facts.Relationship> met(List<Facts.Claim> claims) {
        var met = new ArrayList<Facts.Relationship>();
        for (var claim : claims) {
            var people = claim.parties().stream().map(Facts.Party::id).filter(id -> id.startsWith("person:")).toList();
            if (!claim.kind().equals("MEETING") || !claim.modality().equals("ASSERTED") || people.size() < 2) {
                continue;
            }
            var props = new java.util.LinkedHashMap<String, Object>();
            if (claim.date() != null) {
                props.put("date", claim.date());
            }
            claim.about().stream().filter(id -> id.startsWith("place:")).findFirst()
                    .map(id -> resolved.entities().get(id).name).ifPresent(place -> props.put("place", place));
            // "Secretary Blinken met with Foreign Ministers Solano, Álvarez and Mouynes": the first met each of the others
            for (var other : people.subList(1, people.size())) {
                met.add(new Facts.Relationship(null, "MET", people.get(0), other, props, claim.evidence(), claim.confidence()));
            }
        }
        return met;
    }

    /** "Yevgeny Volk, head of the Moscow branch of the conservative Heritage Foundation think-tank". */
    private void apposition(int[] sentence, Mention person, List<Mention> mentions) {
        int comma = person.last();
        // "Moussa Faki Mahamat, the Chairperson of the African Union Commission,": the article may come first
        int head = comma + 1 < sentence[1] && text.tokens.get(comma + 1).is("the", "a", "an") ? comma + 2 : comma + 1;
        if (head >= sentence[1] || !text.tokens.get(comma).word().equals(",")) {
            return;
        }
        if (statesTitleAfter(sentence, person, mentions, head) || !APPOSITION_HEADS.contains(text.tokens.get(head).lemma().toLowerCase())) {
            return; // a state's title ("Adlai Stevenson, U.S. Representative to the United Nations,") is read, or no head is named
        }
        for (int i = head; i < sentence[1] && !text.tokens.get(i).word().matches("[,;.]"); i++) {
            final int at = i;
            var org = mentions.stream().filter(m -> m.first() == at && m.category().equals("ORGANIZATION")).findFirst();
            if (org.isPresent()) {
                if (text.tokens.get(text.tokens.get(at - 1).is("the") ? at - 2 : at - 1).is("to")) {
                    return; // "Deputy U.S. Representative to the United Nations": the body he is sent to, not the one he works for
                }
                int roleEnd = at;
                while (roleEnd > head && !text.tokens.get(roleEnd - 1).is("of", "at", "for")) {
                    roleEnd--;
                }
                var role = text.body(head, Math.max(roleEnd - 1, head + 1));
                add("WORKS_FOR", person.entity(), org.get().entity(), Map.of("role", role),
                        text.evidence(sentence, person.first(), org.get().last()), 0.8);
                return;
            }
        }
    }

    /** A treaty in force and, in the same sentence, states that the gazetteer lists as its parties. */
    private void parties(int[] sentence, List<Mention> mentions) {
        for (var treaty : mentions) {
            var entry = treaty.category().equals("TREATY") ? gazetteer.byId(treaty.entity()).orElse(null) : null;
            if (entry == null || !inForce(entry)) {
                continue;
            }
            // for treaties with many parties the gazetteer lists only the most-cited ones; others are not guessed
            var members = new java.util.HashSet<>(entry.linkList("parties"));
            members.addAll(entry.linkList("keyParties"));
            for (var state : Actors.states(text, gazetteer, sentence, resolved)) {
                var iso3 = state.substring("country:".length()).toUpperCase();
                if (members.contains(iso3)) {
                    add("PARTY_TO", state, entry.id(), Map.of(), text.evidence(sentence, sentence[0], sentence[1]), 0.8);
                }
            }
        }
    }

    /** Evidence for what the gazetteer knows of an entity: the words that name it, where the article first does. */
    private Facts.Evidence named(String entityId) {
        var draft = resolved.entities().get(entityId);
        if (draft == null || draft.mentions.isEmpty()) {
            return null;
        }
        var m = draft.mentions.get(0);
        var sentence = text.sentences.stream().filter(r -> r[0] <= m.first() && m.first() < r[1]).findFirst().orElseThrow();
        return text.evidence(sentence, m.first(), m.last());
    }

    private boolean inForce(Gazetteer.Entry treaty) {
        var signed = (String) treaty.properties().get("signed");
        var ended = treaty.link("ended");
        return text.published == null || ((signed == null || signed.compareTo(text.published) <= 0)
                && (ended == null || ended.compareTo(text.published) > 0));
    }

    private void add(String type, String from, String to, Map<String, Object> props, Facts.Evidence evidence, double confidence) {
        add(type, from, to, props, evidence, confidence, false);
    }

    /** {@code after}: the office is named after its holder only; named before anywhere, it is not (see {@link #statedAfter}). */
    private void add(String type, String from, String to, Map<String, Object> props, Facts.Evidence evidence, double confidence,
            boolean after) {
        if (from.equals(to) || evidence == null) {
            return; // every fact carries the words it rests on
        }
        var key = key(type, from, to);
        if (!after) {
            statedAfter.remove(key);
        } else if (!found.containsKey(key)) {
            statedAfter.add(key);
        }
        found.putIfAbsent(key, new Facts.Relationship(null, type, from, to, props, evidence, confidence));
    }

    /**
     * Whether a relationship only describes its person, the office named after his name ("President Isaias of
     * Eritrea"): it says what he is without making him his state's voice, so the claims' rules do not read it.
     */
    public boolean describes(Facts.Relationship r) {
        return statedAfter.contains(key(r.type(), r.from(), r.to()));
    }

    private static String key(String type, String from, String to) {
        return type + ":" + from + "->" + to;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
