package org.entente.extract.gazetteer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Readable id slugs: "Yevgeny Volk" → "yevgeny-volk", "Côte d'Ivoire" → "cote-d-ivoire"; other scripts get a hash. */
public final class Slugs {

    /** An initial after a word of a name and before another: "B." of "Lyndon B. Johnson", "H." and "W." of "George H. W. Bush". */
    private static final Pattern MIDDLE_INITIAL = Pattern.compile("\\s+\\p{Lu}\\.(?=\\s)");

    private Slugs() {
    }

    /**
     * A person's name without its middle initials, which are no part of a person's id: "Lyndon B. Johnson" and "Lyndon
     * Johnson" are one person. A first initial stays ("W. Averell Harriman").
     */
    public static String withoutMiddleInitials(String name) {
        return MIDDLE_INITIAL.matcher(name).replaceAll("");
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
