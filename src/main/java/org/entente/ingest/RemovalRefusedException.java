package org.entente.ingest;

import java.util.List;

/**
 * A source that may not be removed as asked: nothing was changed. The command and the API word the remedy each in its
 * own terms ({@code --force}, {@code force=true}), so this carries the facts, not advice.
 */
public final class RemovalRefusedException extends RuntimeException {

    public enum Reason {
        /** Facts written by hand: removed only when the caller insists. */
        CURATED,
        /** It names entities that claims of other sources still have (a data set whose articles remain). */
        NEEDED
    }

    private final String sourceId;
    private final String title;
    private final Reason reason;
    private final List<String> needed;
    private final long neededCount;

    RemovalRefusedException(String sourceId, String title, Reason reason, List<String> needed, long neededCount) {
        super(reason == Reason.CURATED ? "source '" + sourceId + "' is curated (Facts written by hand)"
                : "source '" + sourceId + "' is the only one to name " + neededCount + " entities that claims of other sources "
                        + "still have (" + String.join(", ", needed) + (neededCount > needed.size() ? ", …" : "") + "): remove those sources first");
        this.sourceId = sourceId;
        this.title = title;
        this.reason = reason;
        this.needed = List.copyOf(needed);
        this.neededCount = neededCount;
    }

    public String sourceId() {
        return sourceId;
    }

    /** The source's title; null for a source without one (an article a GDELT event was coded from). */
    public String title() {
        return title;
    }

    public Reason reason() {
        return reason;
    }

    /** Some of the entities other sources' claims still need (at most ten); empty unless {@link Reason#NEEDED}. */
    public List<String> needed() {
        return needed;
    }

    public long neededCount() {
        return neededCount;
    }
}
