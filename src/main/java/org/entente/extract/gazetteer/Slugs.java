package org.entente.extract.gazetteer;

import java.text.Normalizer;
import java.util.Locale;

/** Readable id slugs: "Yevgeny Volk" → "yevgeny-volk", "Côte d'Ivoire" → "cote-d-ivoire". */
public final class Slugs {

    private Slugs() {
    }

    public static String slug(String name) {
        var ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }
}
