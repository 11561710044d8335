package org.entente.extract;

import java.nio.charset.StandardCharsets;

import org.entente.facts.Facts;

/** The Facts the extractor makes of a short text of a test's own: one extractor for the test JVM, loaded on first use. */
public final class ShortTexts {

    private static Extractor extractor;

    private ShortTexts() {
    }

    /** The Facts of {@code text}, published by {@code publisher} (may be {@code null}) on {@code published}. */
    public static synchronized Facts facts(String text, String publisher, String published) {
        if (extractor == null) {
            extractor = new Extractor();
        }
        return extractor.extract("t.txt", text.getBytes(StandardCharsets.UTF_8), new Extractor.Options("t", null, publisher, null, published))
                .facts();
    }
}
