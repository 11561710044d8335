package org.entente.extract;

/** An article that cannot be read: empty, binary, not UTF-8, too large. The message names what is wrong. */
public class ArticleException extends RuntimeException {

    public ArticleException(String message) {
        super(message);
    }
}
