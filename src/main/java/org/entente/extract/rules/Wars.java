package org.entente.extract.rules;

import java.util.Optional;
import java.util.Set;

import org.entente.extract.gazetteer.Gazetteer;

/**
 * "The war between Russia and Georgia in August 2008" is the Russo-Georgian War: a conflict whose states take part in
 * a war of the gazetteer, at a date within that war, is about that war.
 */
final class Wars {

    private Wars() {
    }

    static Optional<String> known(Gazetteer gazetteer, Set<String> parties, String date) {
        // every party must be in the war: a participant state, or a region of one ("South Ossetia" in Georgia)
        var states = new java.util.HashSet<String>();
        for (var party : parties) {
            var entry = gazetteer.byId(party).orElse(null);
            var state = entry == null ? null : party.startsWith("country:") ? party.substring(8).toUpperCase() : entry.link("country");
            if (state == null) {
                return Optional.empty();
            }
            states.add(state.toUpperCase());
        }
        if (parties.size() < 2 || date == null) {
            return Optional.empty();
        }
        return gazetteer.events().stream()
                .filter(e -> "war".equals(e.link("type")) || "invasion".equals(e.link("type")))
                .filter(e -> e.linkList("participants").containsAll(states))
                .filter(e -> within(date, (String) e.properties().get("date"), (String) e.properties().get("endDate")))
                .map(Gazetteer.Entry::id).findFirst();
    }

    /** Whether {@code date} (any precision) falls within [start, end], comparing at the shorter precision. */
    private static boolean within(String date, String start, String end) {
        if (start == null) {
            return false;
        }
        var until = end == null ? "9999" : end;
        return cut(date, start).compareTo(cut(start, date)) >= 0 && cut(date, until).compareTo(cut(until, date)) <= 0;
    }

    private static String cut(String value, String other) {
        return value.substring(0, Math.min(value.length(), other.length()));
    }
}
