package org.entente.extract.cameo;

/** A dictionary of the user's that cannot be read; the message names the file, the line when there is one, and the mistake. */
public class DictionaryException extends RuntimeException {

    public DictionaryException(String message) {
        super(message);
    }
}
