package org.entente.extract.gazetteer;

import java.text.Normalizer;
import java.util.Locale;

/** Readable id slugs: "Yevgeny Volk" → "yevgeny-volk", "Côte d'Ivoire" → "cote-d-ivoire"; other scripts get a hash. */
public final class Slugs {

    private Slugs() {
    }

    public static String slug(String name) {
        var ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        var slug = ascii.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        // a name in another script ("Лавров") keeps an id of its own, stable across runs
        return slug.isEmpty() && !name.isBlank() ? "u" + Integer.toHexString(name.strip().hashCode()) : slug;
    }
}
