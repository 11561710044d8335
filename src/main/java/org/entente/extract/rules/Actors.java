package org.entente.extract.rules;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.extract.gazetteer.Gazetteer;
import org.entente.extract.mentions.Draft;
import org.entente.extract.mentions.Mention;
import org.entente.extract.mentions.Resolver;

/**
 * Which states act in a stretch of text. A state acts through its name, its demonym ("Russian troops"), its capital
 * ("Moscow and Washington"), its offices ("the Kremlin"), its leaders ("Obama and Medvedev agreed" — leaders speak
 * for their states) and, for the article's two main states, through the phrases news uses for a pair ("the two
 * sides", "both countries", "the two presidents").
 */
public final class Actors {

    private static final List<String> PAIR_PHRASES = List.of("two sides", "both sides", "two countries", "both countries",
            "two presidents", "two leaders", "the presidents", "each side", "two nations", "both nations", "two governments",
            "both governments", "the two", "our countries", "us together", "us apart", "each other");

    private Actors() {
    }

    /** The states acting in tokens [from, to) of a sentence, in order of appearance. */
    static Set<String> states(Text text, Gazetteer gazetteer, int from, int to, Resolver.Result resolved) {
        var states = new LinkedHashSet<String>();
        for (var m : text.mentionsIn(from, to)) {
            var state = stateOf(m, text, gazetteer, resolved);
            if (state != null) {
                states.add(state);
            }
        }
        if (mentionsPair(text, from, to)) {
            states.addAll(pair(text, gazetteer, resolved));
        }
        return states;
    }

    static Set<String> states(Text text, Gazetteer gazetteer, int[] sentence, Resolver.Result resolved) {
        return states(text, gazetteer, sentence[0], sentence[1], resolved);
    }

    /** The state a mention stands for, or {@code null}: a country itself, an office's state, a leader's state. */
    public static String stateOf(Mention m, Text text, Gazetteer gazetteer, Resolver.Result resolved) {
        return stateOf(m.entity(), text, gazetteer, resolved);
    }

    /** The state an entity stands for, or {@code null}: as {@link #stateOf(Mention, Text, Gazetteer, Resolver.Result)}. */
    public static String stateOf(String entity, Text text, Gazetteer gazetteer, Resolver.Result resolved) {
        if (entity == null) {
            return null;
        }
        if (entity.startsWith("country:")) {
            return entity;
        }
        var draft = resolved.entities().get(entity);
        if (draft == null) {
            return null;
        }
        if (formerState(draft)) {
            return draft.id;
        }
        var office = text.affiliations.get(draft.id);
        if (draft.kind.equals("Person") && office != null) {
            // what the article says he is ("NATO Secretary-General Jens Stoltenberg") outranks what the gazetteer knew
            return isState(office, resolved) ? office : stateOfOffice(resolved.entities().get(office), gazetteer, text.published);
        }
        if (draft.known == null) {
            return null;
        }
        if (draft.kind.equals("Organization")) {
            return stateOfOffice(draft, gazetteer, text.published);
        }
        if (draft.kind.equals("Person")) {
            var country = gazetteer.countryOf(draft.known, text.published);
            return country == null ? null : country.id();
        }
        return null;
    }

    /** Whether an entity is a state: a country, or a state that no longer exists ({@link #formerState}). */
    public static boolean isState(String id, Resolver.Result resolved) {
        return id.startsWith("country:") || formerState(resolved.entities().get(id));
    }

    /**
     * A state that no longer exists, kept by the gazetteer as a place with its CAMEO code (the Soviet Union, East
     * Germany, North Vietnam): it acts as a state ("The Soviet Union rejected the proposal"), as no other place does.
     */
    public static boolean formerState(Draft draft) {
        return draft != null && draft.known != null && draft.known.formerState();
    }

    /**
     * The state a government body belongs to on {@code date} ("the White House" → the United States; "the Kremlin" in
     * 1968 → the Soviet Union); others speak for none.
     */
    private static String stateOfOffice(Draft office, Gazetteer gazetteer, String date) {
        if (office == null || office.known == null || !"government body".equals(office.known.properties().get("orgType"))
                || office.known.link("country") == null) {
            return null;
        }
        var state = gazetteer.countryOf(office.known, date);
        return state == null ? null : state.id();
    }

    static boolean mentionsPair(Text text, int from, int to) {
        var span = text.body(from, to).toLowerCase().replaceAll("\\s+", " ");
        return PAIR_PHRASES.stream().anyMatch(span::contains);
    }

    /**
     * The article's two sides: those of the talks it reports ({@link Text#sides}), else its two main states, those named
     * most often, counting their leaders and offices.
     */
    /**
     * The {@code n} states that "the three governments" or "all five countries" at token {@code token} count: those of
     * the nearest sentence, this one up to the phrase and then up to eight before it, that names exactly {@code n}
     * states besides the speaker's ({@code speaker}, which may be {@code null}): "Blinken met the Foreign Ministers of
     * Costa Rica, the Dominican Republic and Panama … the three governments". Empty when no sentence does.
     */
    public static List<String> counted(Text text, Gazetteer gazetteer, Resolver.Result resolved, int token, int n, String speaker) {
        return nearest(text, gazetteer, resolved, token, speaker == null ? Set.of() : Set.of(speaker), n);
    }

    /**
     * The states that "all parties" or "the parties to the conflict" at token {@code token} are: those of the nearest
     * sentence, as in {@link #counted}, that names any by name besides those who speak to them ({@code speakers}: "We call
     * on the Government of Togo … We urge all parties to renounce violence": Togo; not the state of an envoy named
     * there). Empty when none does.
     */
    public static List<String> nearest(Text text, Gazetteer gazetteer, Resolver.Result resolved, int token, Set<String> speakers) {
        return nearest(text, gazetteer, resolved, token, speakers, -1);
    }

    private static List<String> nearest(Text text, Gazetteer gazetteer, Resolver.Result resolved, int token, Set<String> speakers, int n) {
        int here = text.tokens.get(token).sentence();
        for (int s = here; s >= 0 && s >= here - 8; s--) {
            var range = text.sentences.get(s);
            int end = s == here ? token : range[1];
            var named = states(text, gazetteer, range[0], end, resolved);
            if (n < 0) {
                // "the parties" are states the text names, not those of the envoy who brings them together
                named.removeIf(state -> text.mentionsIn(range[0], end).stream().noneMatch(m -> state.equals(m.entity())));
            }
            named.removeAll(speakers);
            if (n < 0 ? !named.isEmpty() : named.size() == n) {
                return List.copyOf(named);
            }
        }
        return List.of();
    }

    public static Set<String> pair(Text text, Gazetteer gazetteer, Resolver.Result resolved) {
        if (text.sides.size() == 2) {
            return new LinkedHashSet<>(text.sides);
        }
        Map<String, Integer> counts = new HashMap<>();
        for (var m : text.mentions) {
            var state = stateOf(m, text, gazetteer, resolved);
            if (state != null) {
                counts.merge(state, 1, Integer::sum);
            }
        }
        var ranked = counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(3).toList();
        if (ranked.size() < 2 || (ranked.size() == 3 && ranked.get(2).getValue().equals(ranked.get(1).getValue()))) {
            // "Guatemala, Honduras, and El Salvador", named together throughout: no second state stands out
            return Set.of();
        }
        return new LinkedHashSet<>(List.of(ranked.get(0).getKey(), ranked.get(1).getKey()));
    }
}
