package org.entente.explore.ask;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.entente.explore.ask.Answer.Unused;
import org.entente.explore.ask.Question.Relation;
import org.entente.explore.ask.Question.Slot;
import org.entente.explore.resolve.EntityNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Answers a plain-English question: reads it into slots ({@link QuestionReader}), hands it to the first form of the
 * registry that fits those slots, and says in the interpretation which parts of the question the answer did not use.
 * When no form fits, the closest evidence is shown instead, labelled as such; only when nothing in the graph is near
 * the question is it refused (422, with the forms).
 */
@Component
public class Asker {

    private final List<QuestionForm> forms;
    private final ClosestEvidence closest;

    /** {@code forms}: every {@link QuestionForm} bean, in their {@code @Order}. */
    Asker(List<QuestionForm> forms, ClosestEvidence closest) {
        this.forms = List.copyOf(forms);
        this.closest = closest;
    }

    public List<QuestionForm> forms() {
        return forms;
    }

    public Answer ask(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("q, the question, is required");
        }
        if (text.length() > QuestionReader.MAX_LENGTH) {
            throw new IllegalArgumentException("a question is at most " + QuestionReader.MAX_LENGTH + " characters, this one has "
                    + text.length());
        }
        try {
            var question = QuestionReader.read(text);
            var form = forms.stream().filter(f -> f.fits(question)).findFirst();
            if (form.isEmpty()) {
                return closest.answer(question).orElseThrow(() -> new UnreadableQuestionException("Entente cannot read '"
                        + text.strip() + "' as a question it answers, and nothing in the graph is near its words; ask in "
                        + "one of the forms listed in forms."));
            }
            try {
                return form.get().answer(question).noting(unused(question, form.get()));
            } catch (EntityNotFoundException e) {
                // "What is the capital of France?": no entity of that name, but the sources may still say something
                if (question.is(Relation.IDENTITY)) {
                    return closest.answer(question).orElseThrow(() -> new EntityNotFoundException(e.ref(), e.suggestions(),
                            "Nothing in the graph is about '" + e.ref() + "': no entity answers to it and no sentence of the "
                                    + "sources holds its words." + (e.suggestions().isEmpty() ? "" : " Nearest names: "
                                    + String.join(", ", e.suggestions().stream().map(s -> s.name() + " (" + s.id() + ")").toList()) + ".")));
                }
                throw e;
            }
        } catch (UnreadableQuestionException e) {
            throw e.listing(forms.stream().map(QuestionForm::example).toList());
        }
    }

    /** The parts read but not used: slots the form does not read, and what the reader could not read. */
    private static List<Unused> unused(Question question, QuestionForm form) {
        var unused = new ArrayList<Unused>();
        for (var slot : Slot.values()) {
            if (question.has(slot) && !form.uses().contains(slot)) {
                unused.add(new Unused(question.part(slot), "the " + form.name() + " form does not read " + switch (slot) {
                    case NAMES -> "names";
                    case TOPIC -> "a topic";
                    case TITLE -> "a title";
                    case PLACE -> "a place";
                    case TIME -> "a period";
                } + "; the answer covers all of it"));
            }
        }
        question.unread().forEach(u -> unused.add(new Unused(u.substring(0, Math.max(0, u.indexOf(':'))), u.substring(u.indexOf(':') + 1).strip())));
        return unused;
    }

    /** A GET path with its parameters encoded: the endpoint that gives what an answer summarises. */
    public static String see(String path, String... params) {
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
