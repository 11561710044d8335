package org.entente.explore.ask.parts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.explore.ask.Question;
import org.entente.explore.ask.QuestionReader;
import org.entente.explore.ask.UnreadableQuestionException;
import org.entente.explore.resolve.AmbiguousReferenceException;
import org.entente.explore.resolve.EntityNotFoundException;
import org.entente.explore.resolve.EntityResolver;
import org.entente.explore.resolve.EntitySummary;
import org.entente.explore.resolve.Names;
import org.entente.system.Graph;
import org.springframework.stereotype.Component;

/**
 * The names of a question resolved to entities as every endpoint resolves them (ids, names, aliases; 404 with
 * suggestions, 409 with candidates), plus what only questions need: a pair in one phrase ("the US and Russia", cut
 * where both halves name entities), "the two leaders" (the two people of the latest recorded meeting), and a name
 * inside a description ("a new START treaty" is New START).
 */
@Component
public class References {

    /** Words a description may add around a name without changing what it names. */
    private static final Set<String> DESCRIPTIVE = Set.of("a", "an", "the", "new", "treaty", "agreement", "deal", "accord",
            "pact", "issue", "question", "country", "state", "government", "organization", "president", "leader", "of");

    /** "the two leaders", "both presidents": people who lead something. */
    private static final java.util.regex.Pattern LEADERS = java.util.regex.Pattern.compile("\\b(?:leaders|presidents)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private final EntityResolver resolver;
    private final Graph graph;

    References(EntityResolver resolver, Graph graph) {
        this.resolver = resolver;
        this.graph = graph;
    }

    /** One entity named by a phrase: exactly, else the name inside a description, else a demonym's country. */
    public EntitySummary one(String phrase) {
        try {
            return resolver.resolve(phrase);
        } catch (EntityNotFoundException e) {
            return inside(phrase).or(() -> demonym(phrase)).orElseThrow(() -> e);
        }
    }

    /** "Russian" in "U.S.-Russian ties": Russia, "American": America, when that name is one entity's. */
    private java.util.Optional<EntitySummary> demonym(String word) {
        if (!word.matches("\\p{Lu}\\p{L}+n") || word.length() < 5) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(resolver.resolve(word.substring(0, word.length() - 1)));
        } catch (EntityNotFoundException | AmbiguousReferenceException e) {
            return java.util.Optional.empty();
        }
    }

    /** The two entities a question names: as two phrases, one phrase holding a pair, or "the two leaders". */
    public List<EntitySummary> two(Question question) {
        if (question.names().size() >= 2) {
            return distinct(one(question.names().get(0)), one(question.names().get(1)));
        }
        if (question.names().isEmpty()) {
            throw new UnreadableQuestionException("This question asks about two entities; name both, joined by 'and' ("
                    + "'How are Volk and Obama connected?', 'Where do the US and Russia agree?').");
        }
        var pair = question.names().get(0);
        if (QuestionReader.isPairWords(pair)) {
            return lastMeeting(pair);
        }
        RuntimeException failure = null;
        for (var cut : QuestionReader.splits(pair)) {
            try {
                return distinct(one(cut[0]), one(cut[1]));
            } catch (EntityNotFoundException | AmbiguousReferenceException e) {
                failure = failure == null || failure instanceof EntityNotFoundException ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
        throw new UnreadableQuestionException("This question asks about two entities, but '" + pair + "' names one; name "
                + "both, joined by 'and' ('Where do the US and Russia agree?').");
    }

    /** "the two leaders": the two people (who lead something, for leaders or presidents) of the latest dated meeting. */
    private List<EntitySummary> lastMeeting(String phrase) {
        var found = graph.query("explore/find_last_meeting", Map.of("leaders", LEADERS.matcher(phrase).find()), r -> List.of(person(r.get("a")), person(r.get("b"))));
        if (found.isEmpty()) {
            throw new UnreadableQuestionException("'" + phrase + "' names no one here: the graph records no meeting of two "
                    + "people to read it from; name them.");
        }
        return found.get(0);
    }

    /**
     * "a new START treaty": the entity whose name or alias stands whole in the phrase, the rest being words of
     * description only; of several, the longest name (New START, not START).
     */
    private java.util.Optional<EntitySummary> inside(String phrase) {
        var words = " " + Names.normal(phrase) + " ";
        var found = new ArrayList<Map.Entry<EntitySummary, String>>();
        for (var c : resolver.search(phrase, null, 25)) {
            var names = new ArrayList<String>(c.aliases());
            names.add(c.name());
            names.stream().map(Names::normal).filter(n -> !n.isBlank() && words.contains(" " + n + " "))
                    .filter(n -> rest(words, n).stream().allMatch(DESCRIPTIVE::contains))
                    .max(Comparator.comparing(String::length)).ifPresent(n -> found.add(Map.entry(c, n)));
        }
        var best = found.stream().max(Comparator.comparing(e -> e.getValue().length()));
        if (best.isEmpty()) {
            return java.util.Optional.empty();
        }
        var longest = best.get().getValue().length();
        var tied = found.stream().filter(e -> e.getValue().length() == longest).map(Map.Entry::getKey).toList();
        if (tied.size() > 1) {
            throw new AmbiguousReferenceException(phrase, tied);
        }
        var e = tied.get(0);
        return java.util.Optional.of(new EntitySummary(e.id(), e.kind(), e.name(), e.aliases(), null));
    }

    private static EntitySummary person(org.neo4j.driver.Value v) {
        return new EntitySummary(v.get("id").asString(), "Person", v.get("name").asString(), v.get("aliases").asList(x -> x.asString()),
                null);
    }

    private static List<String> rest(String words, String name) {
        return List.of(words.replace(" " + name + " ", " ").strip().split(" ")).stream().filter(w -> !w.isBlank()).toList();
    }

    private static List<EntitySummary> distinct(EntitySummary a, EntitySummary b) {
        if (a.id().equals(b.id())) {
            throw new UnreadableQuestionException("Both names in the question are " + a.name() + " (" + a.id()
                    + "); ask about two different entities.");
        }
        return List.of(a, b);
    }
}
