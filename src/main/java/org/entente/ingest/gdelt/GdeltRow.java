package org.entente.ingest.gdelt;

/**
 * What {@link GdeltFile} yields for each row: the event it holds, or the problem that kept it from being one. Both
 * carry where the row was, so a message or a resumed import can point at it.
 */
public sealed interface GdeltRow permits GdeltEvent, GdeltProblem {

    /** The file, or {@code archive.zip!entry} for a part of a zip archive. */
    String file();

    /** The 1-based line the row starts on (the header, when there is one, is line 1). */
    long line();
}
