package org.entente.extract.mentions;

import java.util.List;
import java.util.Set;

import org.entente.extract.gazetteer.Gazetteer;

/**
 * "Georgia" is the country in international news, and the U.S. state in an article about Atlanta or a governor's
 * race. The state wins only when the article names the state's own places or offices and nothing of the country's
 * (Tbilisi, Russia, NATO, the Caucasus …).
 */
final class UsStates {

    static final String GEORGIA_STATE = "place:georgia-us-state";
    private static final Set<String> STATE_CONTEXT = Set.of("Atlanta", "Savannah", "Augusta", "Macon", "Alabama", "Florida",
            "Tennessee", "South Carolina", "North Carolina", "Peach State");
    private static final Set<String> COUNTRY_CONTEXT = Set.of("country:rus", "country:arm", "country:aze", "country:tur",
            "country:ukr", "org:nato", "org:eu", "place:south-ossetia", "place:abkhazia", "place:south-caucasus");

    private UsStates() {
    }

    static List<Mention> georgia(List<Mention> found) {
        boolean country = found.stream().anyMatch(m -> m.entity() != null && (COUNTRY_CONTEXT.contains(m.entity())
                || (m.entity().equals("country:geo") && m.via() != Gazetteer.Via.NAME)));
        boolean state = found.stream().anyMatch(m -> STATE_CONTEXT.contains(m.text()));
        if (country || !state) {
            return found;
        }
        return found.stream().map(m -> "country:geo".equals(m.entity()) && m.via() == Gazetteer.Via.NAME
                ? m.resolved(GEORGIA_STATE, "LOCATION") : m).toList();
    }
}
