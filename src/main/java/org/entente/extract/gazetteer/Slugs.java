package org.entente.extract.gazetteer;

import java.text.Normalizer;
import java.util.Locale;

/** Readable id slugs: "Yevgeny Volk" → "yevgeny-volk", "Côte d'Ivoire" → "cote-d-ivoire"; other scripts get a hash. */
public final class Slugs {

    private Slugs() {
    }

    public static String slug(String name) {
        var ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }

    /** A slug for an entity id: a name in another script ("Лавров") gets one from its hash, stable across runs. */
    public static String idSlug(String name) {
        var slug = slug(name);
        return slug.isEmpty() && !name.isBlank() ? "u" + Integer.toHexString(name.strip().hashCode()) : slug;
    }
}
