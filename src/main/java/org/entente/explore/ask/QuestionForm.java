package org.entente.explore.ask;

import java.util.Set;

import org.entente.explore.ask.Question.Slot;

/**
 * One form of question Entente answers: which slots it is chosen by ({@link #fits}), what it reads, an example, and
 * how it answers. The forms are Spring beans, tried in their {@code @Order}; the first that fits answers. The 422
 * answer's list of forms, the OpenAPI description of {@code /api/ask} and {@code docs/ask.md} are made from them, so
 * a new form is one class (and one row of the question table).
 */
public interface QuestionForm {

    /** The form's name as the interpretation shows it: MEETING, LEADERSHIP … */
    String name();

    /** What it reads, in words: "two names and meet; when or where". */
    String reads();

    /** A question of this form that the seed answers. */
    String example();

    /** The slots its answer uses; any other slot the question holds is reported as unused. */
    Set<Slot> uses();

    boolean fits(Question question);

    Answer answer(Question question);
}
