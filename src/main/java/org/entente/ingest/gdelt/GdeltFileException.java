package org.entente.ingest.gdelt;

/**
 * A GDELT file that cannot be read at all (missing, not UTF-8 text, a layout that is not GDELT's); the message names
 * the file and says what was expected. A bad row is no exception: it is a {@link GdeltProblem}.
 */
public class GdeltFileException extends RuntimeException {

    public GdeltFileException(String message) {
        super(message);
    }

    public GdeltFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
