package org.entente.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.entente.explore.resolve.EntitySummary;
import org.entente.facts.ClaimKind;
import org.entente.facts.Modality;

/** Entities, claims and counts in words, for explanations, timelines and answers. */
public final class Wording {

    private static final Set<ClaimKind> OPPOSING = ClaimKind.OPPOSING;
    /** One-word names of institutions that take "the", as buildings that stand for governments do. */
    private static final Set<String> INSTITUTIONS = Set.of("Kremlin", "Pentagon", "Vatican", "Knesset", "Duma", "Bundestag",
            "Majlis", "Elysee", "Élysée", "Quartet", "Commission", "Council", "Parliament", "Senate", "Congress", "Politburo");
    /** "Planned" fits what is agreed, done or met; a disagreement is not planned. */
    private static final Set<ClaimKind> CAN_BE_PLANNED = java.util.EnumSet.complementOf(java.util.EnumSet.copyOf(ClaimKind.OPPOSING));

    private Wording() {
    }

    /**
     * A name as it reads inside a sentence: "the" goes before event names ("the Russo-Georgian War"), organization
     * names of several words and institutions ("the Heritage Foundation", "the Kremlin"; not "Gazprom"), treaty names
     * that say "Treaty", country names that start with "United" and names in lower case, which are descriptions ("the
     * former Soviet Union"); people and other places go bare.
     */
    public static String the(String name, String kind) {
        if (name == null || name.isEmpty() || name.regionMatches(true, 0, "the ", 0, 4)) {
            return name;
        }
        var the = switch (kind == null ? "" : kind) {
            // "the Heritage Foundation", "the Kremlin", but "Gazprom", "Hamas", "NATO"
            case "Organization" -> name.contains(" ") || INSTITUTIONS.contains(name);
            case "Event" -> true;
            case "Treaty" -> name.contains("Treaty");
            case "Country" -> name.startsWith("United ");
            default -> false;
        };
        return the || Character.isLowerCase(name.charAt(0)) ? "the " + name : name;
    }

    /** Without a kind, the id's prefix tells it (org:kremlin). */
    public static String the(EntityRef entity) {
        return the(entity.name(), entity.kindOrGuess());
    }

    public static String the(EntitySummary e) {
        return the(e.name(), e.kind());
    }

    /**
     * "Planned agreement of Russia and the United States: a new nuclear arms reduction deal to replace START";
     * "Disagreement between Russia with the Kremlin and the United States with the White House: who should make
     * concessions". Parties are named in alphabetical order, side by side when the claim opposes them.
     */
    public static String claim(ClaimView c) {
        var modality = c.modality() == Modality.PLANNED ? (CAN_BE_PLANNED.contains(c.kind()) ? "planned " : "")
                : c.modality() == Modality.DENIED ? "denied " : "";
        var sides = new LinkedHashMap<String, List<EntityRef>>();
        // within a side the state first: "Russia with the Kremlin"
        c.parties().stream().sorted(Comparator.comparing((ClaimView.Party p) -> !String.valueOf(p.id()).startsWith("country:"))
                        .thenComparing(ClaimView.Party::name))
                .forEach(p -> sides.computeIfAbsent(p.side(), s -> new ArrayList<>()).add(p.entity()));
        String who;
        if (OPPOSING.contains(c.kind()) && sides.size() > 1) {
            who = " between " + String.join(" and ", sides.values().stream()
                    .map(side -> String.join(" with ", side.stream().map(Wording::the).toList())).toList());
        } else {
            who = (c.kind() == ClaimKind.STATEMENT ? " by " : " of ") + names(c.partyEntities());
        }
        var text = capitalise(modality + c.kind().name().toLowerCase(Locale.ROOT)) + who + ": " + c.what();
        if (c.attributedTo() != null) {
            text += " (according to " + the(c.attributedTo()) + ")";
        }
        return text;
    }

    /** "Russia", "Russia and the United States", "A, B and C", alphabetically. */
    public static String names(List<EntityRef> entities) {
        var names = entities.stream().sorted(Comparator.comparing(EntityRef::name)).map(Wording::the)
                .distinct().toList();
        if (names.isEmpty()) {
            return "no one named";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    public static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "1 claim", "3 claims". */
    public static String count(int n, String noun) {
        return count(n, noun, noun + "s");
    }

    public static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
