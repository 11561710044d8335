package org.entente.explore.ask;

import java.util.List;

/**
 * A question Entente cannot answer: it fits no form and nothing in the graph is near it, or it does not name what its
 * form needs. Carries one example per form, from the registry, so the 422 answer says what can be asked.
 */
public final class UnreadableQuestionException extends RuntimeException {

    private final List<String> forms;

    public UnreadableQuestionException(String reason) {
        this(reason, List.of());
    }

    private UnreadableQuestionException(String reason, List<String> forms) {
        super(reason);
        this.forms = List.copyOf(forms);
    }

    /** The same refusal, with the forms understood. */
    UnreadableQuestionException listing(List<String> forms) {
        return new UnreadableQuestionException(getMessage(), forms);
    }

    /** One example per form understood ("How is X connected to Y?", …). */
    public List<String> forms() {
        return forms;
    }
}
