package org.entente.explore.resolve;

import java.util.List;

/** Several entities answer to a reference ("Georgia": the country or the US state); the caller must pick one by id. */
public final class AmbiguousReferenceException extends RuntimeException {

    private final String ref;
    private final List<EntitySummary> candidates;

    public AmbiguousReferenceException(String ref, List<EntitySummary> candidates) {
        super("'" + ref + "' names " + candidates.size() + " entities: "
                + String.join(", ", candidates.stream().map(s -> s.name() + " (" + s.id() + ")").toList())
                + "; use one of their ids");
        this.ref = ref;
        this.candidates = List.copyOf(candidates);
    }

    public String ref() {
        return ref;
    }

    public List<EntitySummary> candidates() {
        return candidates;
    }
}
