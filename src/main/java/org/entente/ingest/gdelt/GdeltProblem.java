package org.entente.ingest.gdelt;

/** A row that is no event: where it is and why, so the row can be found and the rest of the file still read. */
public record GdeltProblem(String file, long line, String reason) implements GdeltRow {

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
