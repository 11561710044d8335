package org.entente.explore.ask;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.entente.explore.SourceRef;
import org.entente.explore.ask.Answer.Evidence;
import org.entente.explore.ask.Answer.Interpretation;
import org.entente.system.Graph;
import org.springframework.stereotype.Component;

/**
 * For a question no form fits: the sentences of the sources nearest its words (claim quotes and sentences, the quotes
 * of structural relationships), labelled "closest evidence", not an answer. Words that name something weigh more
 * than others (a capitalised word, a word of a name the question holds). Nothing found: empty, and the question is
 * refused.
 */
@Component
class ClosestEvidence {

    static final int LIMIT = 5;
    /** Words that ask rather than name: they would match any sentence. */
    private static final Set<String> ASKING = Set.of("who", "whom", "whose", "what", "when", "where", "which", "how", "why",
            "did", "do", "does", "is", "are", "was", "were", "has", "have", "had", "can", "could", "will", "would", "should",
            "the", "a", "an", "of", "to", "in", "on", "and", "or", "about", "for", "with", "over", "by", "me", "tell",
            "there", "any", "anything", "something", "it", "its", "they", "them", "their", "this", "that", "these", "those",
            "between", "from", "at", "as", "be", "been", "being", "you", "know", "please", "show", "give", "list", "s", "each",
            "other", "another", "one", "like", "much", "many");

    private final Graph graph;

    ClosestEvidence(Graph graph) {
        this.graph = graph;
    }

    Optional<Answer> answer(Question question) {
        var words = new LinkedHashSet<String>();
        Arrays.stream(question.text().replace('’', '\'').split("[^\\p{L}\\p{N}.'-]+"))
                .map(w -> w.replaceAll("^['.-]+|['.-]+$|'s$", "")).filter(w -> w.length() > 1)
                .filter(w -> !ASKING.contains(w.toLowerCase(Locale.ROOT))).limit(12).forEach(words::add);
        // "US" would find every "us": two letters name something only when nothing longer is asked
        if (words.stream().anyMatch(w -> w.length() > 2)) {
            words.removeIf(w -> w.length() <= 2);
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        var query = words.stream().map(w -> org.entente.explore.resolve.Names.escape(w.toLowerCase(Locale.ROOT)) + (Character.isUpperCase(w.charAt(0)) ? "^3" : ""))
                .collect(Collectors.joining(" OR "));
        var seen = new java.util.HashSet<String>();
        var found = graph.query("explore/search_evidence", Map.of("query", query, "limit", LIMIT * 2), r -> new Evidence(
                r.get("claim").asString(null), r.get("kind").asString(null), r.get("date").asString(null),
                r.get("quote").asString(null), r.get("sources").asList(SourceRef::of))).stream()
                .filter(e -> e.quote() != null && seen.add(e.quote())).limit(LIMIT).toList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var text = "No form of question fits '" + question.text() + "', so this is no answer: the " + found.size()
                + " sentences of the sources nearest its words (" + String.join(", ", words) + "), best first. "
                + found.stream().map(e -> "“" + e.quote() + "”").collect(Collectors.joining(" — "));
        var reading = "No form fits; the sources' sentences were searched for " + String.join(", ", words) + ".";
        return Optional.of(new Answer(question.text(), Answer.CLOSEST, new Interpretation("CLOSEST_EVIDENCE", reading, List.of(),
                null, null, null, null), text, found));
    }
}
