package org.entente.explore;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Claims and lists of names in words, for timelines and answers. */
final class Wording {

    private Wording() {
    }

    /** "Planned agreement of the United States and Russia: a new nuclear arms reduction deal to replace START". */
    static String claim(ClaimView c) {
        var modality = switch (c.modality() == null ? "" : c.modality()) {
            case "PLANNED" -> "planned ";
            case "DENIED" -> "denied ";
            default -> "";
        };
        var kind = c.kind().toLowerCase(Locale.ROOT);
        var text = capitalise(modality + kind) + " of " + names(c.parties()) + ": " + c.topic();
        if (c.attributedTo() != null) {
            text += " (according to " + c.attributedTo().get("name") + ")";
        }
        return text;
    }

    /** "Russia", "the United States and Russia", "A, B and C". */
    static String names(List<Map<String, Object>> entities) {
        var names = entities.stream().map(e -> (String) e.get("name")).distinct().toList();
        if (names.isEmpty()) {
            return "no one named";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "1 claim", "3 claims". */
    static String count(int n, String noun) {
        return count(n, noun, noun + "s");
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
