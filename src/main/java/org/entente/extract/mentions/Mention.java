package org.entente.extract.mentions;

import org.entente.extract.gazetteer.Gazetteer;

/**
 * A stretch of the body that names something: tokens [first, last), body offsets [begin, end), the category an
 * evaluator compares with gold data (PERSON, ORGANIZATION, LOCATION, NATIONALITY, TREATY, EVENT) and, once
 * resolved, the entity it names. {@code entity} stays {@code null} for actor phrases that name no one in particular
 * ("coalition forces"); {@code via} says how a gazetteer entry was named (name, demonym, capital).
 */
public record Mention(int sentence, int first, int last, int begin, int end, String text, String category, String entity,
               Gazetteer.Via via) {

    public Mention resolved(String entityId, String newCategory) {
        return new Mention(sentence, first, last, begin, end, text, newCategory, entityId, via);
    }

    public boolean overlaps(int from, int to) {
        return first < to && from < last;
    }
}
