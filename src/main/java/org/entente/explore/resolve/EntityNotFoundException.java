package org.entente.explore.resolve;

import java.util.List;

/** No entity answers to a reference; carries the nearest names so the caller can try again. */
public final class EntityNotFoundException extends RuntimeException {

    private final String ref;
    private final List<EntitySummary> suggestions;

    public EntityNotFoundException(String ref, List<EntitySummary> suggestions) {
        this(ref, suggestions, "No entity is called '" + ref + "'" + (suggestions.isEmpty() ? "" : "; did you mean "
                + String.join(", ", suggestions.stream().map(s -> s.name() + " (" + s.id() + ")").toList()) + "?"));
    }

    public EntityNotFoundException(String ref, List<EntitySummary> suggestions, String message) {
        super(message);
        this.ref = ref;
        this.suggestions = List.copyOf(suggestions);
    }

    public String ref() {
        return ref;
    }

    public List<EntitySummary> suggestions() {
        return suggestions;
    }
}
