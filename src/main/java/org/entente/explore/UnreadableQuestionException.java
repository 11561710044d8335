package org.entente.explore;

import java.util.List;

/** A question Entente cannot read: it fits none of the forms, or does not name what the form needs. */
public final class UnreadableQuestionException extends RuntimeException {

    private final List<String> forms;

    UnreadableQuestionException(String reason) {
        super(reason);
        this.forms = Questions.understood();
    }

    /** One example per form understood ("How is X connected to Y?", …). */
    public List<String> forms() {
        return forms;
    }
}
