package org.entente.extract.gazetteer;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Readable id slugs: "Yevgeny Volk" → "yevgeny-volk", "Côte d'Ivoire" → "cote-d-ivoire"; other scripts get a hash. */
public final class Slugs {

    /** An initial after a word of a name and before another: "B." of "Lyndon B. Johnson", "H." and "W." of "George H. W. Bush". */
    private static final Pattern MIDDLE_INITIAL = Pattern.compile("\\s+\\p{Lu}\\.(?=\\s)");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Capitals each followed by a dot, two or more: "U.S.", "D.C.", "U.N." */
    private static final Pattern ABBREVIATION = Pattern.compile("(?<![\\p{L}.])(?:\\p{Lu}\\.){2,}");

    private Slugs() {
    }

    /**
     * A person's name without its middle initials, which are no part of a person's id: "Lyndon B. Johnson" and "Lyndon
     * Johnson" are one person. A first initial stays ("W. Averell Harriman").
     */
    public static String withoutMiddleInitials(String name) {
        return MIDDLE_INITIAL.matcher(name).replaceAll("");
    }

    /**
     * Whether two names of a person could be one: they do not both write middle initials, or they write the same ones
     * ("Ferdinand R. Marcos Jr." is not "Ferdinand E. Marcos").
     */
    public static boolean sameInitials(String name, String other) {
        var mine = initials(name);
        var theirs = initials(other);
        return mine.isEmpty() || theirs.isEmpty() || mine.equals(theirs);
    }

    private static List<String> initials(String name) {
        return MIDDLE_INITIAL.matcher(name).results().map(r -> r.group().strip()).toList();
    }

    public static String slug(String name) {
        var ascii = withoutMarks(name);
        return ascii.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }

    /** The letters without their accents: "Erdoğan" → "Erdogan", "Côte" → "Cote" (ø, ı and the like stay). */
    public static String withoutMarks(String text) {
        return text.chars().allMatch(c -> c < 128) ? text
                : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }

    /**
     * A slug for the id of a thing the text names (an organization, a place, an event), its abbreviations written as
     * one word: "U.S. Pacific Fleet" → {@code us-pacific-fleet}, "Washington, D.C." → {@code washington-dc}, not
     * {@code u-s-pacific-fleet}.
     */
    public static String nameSlug(String name) {
        return idSlug(ABBREVIATION.matcher(name).replaceAll(r -> r.group().replace(".", "")));
    }

    /** A slug for an entity id: a name in another script ("Лавров") gets one from its hash, stable across runs. */
    public static String idSlug(String name) {
        var slug = slug(name);
        return slug.isEmpty() && !name.isBlank() ? "u" + Integer.toHexString(name.strip().hashCode()) : slug;
    }
}
