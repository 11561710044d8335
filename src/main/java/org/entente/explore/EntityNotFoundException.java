package org.entente.explore;

import java.util.List;

/** No entity answers to a reference; carries the nearest names so the caller can try again. */
public final class EntityNotFoundException extends RuntimeException {

    private final String ref;
    private final List<EntitySummary> suggestions;

    public EntityNotFoundException(String ref, List<EntitySummary> suggestions) {
        super("No entity is called '" + ref + "'" + (suggestions.isEmpty() ? "" : "; did you mean "
                + String.join(", ", suggestions.stream().map(s -> s.name() + " (" + s.id() + ")").toList()) + "?"));
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
