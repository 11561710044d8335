package org.entente.explore;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Answers a plain-English question: reads its form ({@link Questions}), resolves the names in it as every endpoint
 * does (aliases, metonymy; an unknown name is a 404 with suggestions, an ambiguous one a 409 with candidates), and
 * hands it to {@link Answers}. The interpretation comes back with the answer, so a misreading shows.
 */
@Component
class Asker {

    /** How the question was read: its form, in words with the entities' ids, and the endpoint that gives the full data. */
    record Interpretation(String form, String reading, List<EntitySummary> entities, Map<String, Object> subject,
                          String from, String to, String see) {
    }

    record Evidence(String claim, String kind, String date, String quote, List<Map<String, Object>> sources) {
    }

    record Answer(String question, Interpretation interpretation, String answer, List<Evidence> evidence) {
    }

    private final EntityResolver resolver;
    private final Subjects subjects;
    private final Answers answers;

    Asker(EntityResolver resolver, Subjects subjects, Answers answers) {
        this.resolver = resolver;
        this.subjects = subjects;
        this.answers = answers;
    }

    Answer ask(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("q, the question, is required");
        }
        if (text.length() > Questions.MAX_LENGTH) {
            throw new IllegalArgumentException("a question is at most " + Questions.MAX_LENGTH + " characters, this one has "
                    + text.length());
        }
        var question = Questions.read(text).orElseThrow(() -> new UnreadableQuestionException(
                "Entente cannot read '" + text.strip() + "' as a question it answers; ask in one of the forms listed in forms."));
        var range = DateRange.of(question.from(), question.to());
        return switch (question.form()) {
            case CONNECTION, AGREEMENT, DISAGREEMENT -> {
                var two = two(question);
                yield answers.between(text, question.form(), two.get(0), two.get(1));
            }
            case HAPPENED -> {
                if (question.first() != null) {
                    yield answers.happened(text, resolver.resolve(question.first()), null, range);
                }
                var two = two(question);
                yield answers.happened(text, two.get(0), two.get(1), range);
            }
            case TREATIES, PARTY_TO -> answers.treaties(text, question.form(), resolver.resolve(question.first()));
            case SAID_BY -> answers.saidBy(text, resolver.resolve(question.first()));
            default -> answers.about(text, question.form(), subjects.resolve(question.first()));
        };
    }

    /** The two entities of a two-entity question: "X … Y", or "X and Y" cut where both halves name entities. */
    private List<EntitySummary> two(Questions.Question question) {
        if (question.pair() == null) {
            return distinct(resolver.resolve(question.first()), resolver.resolve(question.second()));
        }
        RuntimeException failure = null;
        for (var cut : Questions.splits(question.pair())) {
            try {
                return distinct(resolver.resolve(cut[0]), resolver.resolve(cut[1]));
            } catch (EntityNotFoundException | AmbiguousReferenceException e) {
                failure = failure == null || failure instanceof EntityNotFoundException ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
        throw new UnreadableQuestionException("This question asks about two entities; name both, joined by 'and' ("
                + "'How are Volk and Obama connected?', 'Where do the US and Russia agree?').");
    }

    private static List<EntitySummary> distinct(EntitySummary a, EntitySummary b) {
        if (a.id().equals(b.id())) {
            throw new UnreadableQuestionException("Both names in the question are " + a.name() + " (" + a.id()
                    + "); ask about two different entities.");
        }
        return List.of(a, b);
    }

    /** A GET path with its parameters encoded: the endpoint that gives what an answer summarises. */
    static String see(String path, String... params) {
        var query = new StringBuilder();
        for (int i = 0; i + 1 < params.length; i += 2) {
            if (params[i + 1] != null) {
                query.append(query.isEmpty() ? "?" : "&").append(params[i]).append('=')
                        .append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
            }
        }
        return path + query;
    }
}
