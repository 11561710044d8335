package org.entente.ingest;

/** A new source was to be written under an id the graph already holds: nothing of it was written. */
public final class SourceExistsException extends RuntimeException {

    private final String sourceId;

    SourceExistsException(String sourceId, Throwable cause) {
        super("The graph already holds source '" + sourceId + "'", cause);
        this.sourceId = sourceId;
    }

    public String sourceId() {
        return sourceId;
    }
}
