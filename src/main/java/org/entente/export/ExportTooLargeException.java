package org.entente.export;

/** An export over the API's bound: the API answers 422 and names it, before writing anything. */
public final class ExportTooLargeException extends RuntimeException {

    private final long limit;
    private final Exporter.Counts counts;

    /** {@code counts}: what the export would hold, where known (a subgraph that grew too large was never counted). */
    public ExportTooLargeException(String message, long limit, Exporter.Counts counts) {
        super(message);
        this.limit = limit;
        this.counts = counts;
    }

    public long limit() {
        return limit;
    }

    public Exporter.Counts counts() {
        return counts;
    }
}
