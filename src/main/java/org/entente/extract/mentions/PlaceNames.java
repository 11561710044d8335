package org.entente.extract.mentions;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.entente.extract.gazetteer.Gazetteer;

/**
 * Place names that CoreNLP takes for people or organizations (it tags "Raqqah" PERSON, "Ayn" MISC, "Tal Afar"
 * ORGANIZATION): the text says where a name is a place — after "near", as what is liberated, beside its country, as
 * a city — and a name that is a place once in an article is a place throughout it.
 */
final class PlaceNames {

    /** Words after which a name is a place: "near Ar Raqqah", "outside Mosul", "north of Raqqah". */
    private static final Set<String> NEAR = Set.of("near", "outside", "around", "toward", "towards");
    /** Verbs and nouns whose object is a territory: "to isolate Raqqah", "the liberation of Dabiq". */
    private static final Set<String> TERRITORY_VERBS = Set.of("liberate", "isolate", "retake", "recapture", "besiege", "encircle");
    private static final Set<String> TERRITORY_NOUNS = Set.of("liberation", "isolation", "outskirts", "siege", "recapture");
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northeast", "northwest", "southeast",
            "southwest");
    private static final Set<String> SETTLEMENTS = Set.of("city", "town", "village", "province", "region", "district", "capital");
    /** CoreNLP tags that a place name may carry. */
    private static final Set<String> NAME_TAGS = Set.of("O", "PERSON", "ORGANIZATION", "MISC", "LOCATION", "CITY", "STATE_OR_PROVINCE",
            "COUNTRY");
    /** Last words of the names of facilities and natural features, which are places whatever CoreNLP tags them. */
    private static final Set<String> PLACE_WORDS = Set.of("airfield", "airport", "airbase", "dam", "bridge", "gate", "mosque", "palace",
            "square", "street", "highway", "river", "mountains", "lake", "island", "valley", "desert", "province", "governorate",
            "district", "neighborhood", "neighbourhood");

    /** The Arabic article in a name, joined by a hyphen: "al-Assad", "ez-Zor". */
    private static final Pattern PARTICLE = Pattern.compile("(?i)(al|el|ad|ar|as|ash|at|az|ez|es|ed|er|en|an)-\\p{Lu}.*");

    private final List<Token> tokens;
    private final Set<String> places;
    private final Map<Integer, Mention> countries; // country names by first token

    private PlaceNames(List<Token> tokens, Set<String> places, Map<Integer, Mention> countries) {
        this.tokens = tokens;
        this.places = places;
        this.countries = countries;
    }

    /**
     * Adds to {@code found} the names that stand where places stand: after "near", "outside", "toward", "north of"
     * ("Near Ar Raqqah, 15 strikes …"), as the object of a verb of territory ("to isolate Raqqah", "the liberation of
     * Dabiq"), whatever CoreNLP tagged them; and remembers them, so the same name elsewhere is a place too.
     */
    static PlaceNames byPosition(List<Token> tokens, String body, List<Mention> found, boolean[] taken) {
        var people = people(tokens, found);
        var places = new HashSet<String>();
        for (int p = 0; p + 1 < tokens.size(); p++) {
            var word = tokens.get(p).word().toLowerCase(Locale.ROOT);
            var before = p > 0 ? tokens.get(p - 1).lemma().toLowerCase(Locale.ROOT) : "";
            boolean opens = p == 0 || tokens.get(p - 1).sentence() != tokens.get(p).sentence() || !tokens.get(p).capitalized();
            boolean locative = (NEAR.contains(word) && opens) // "near Mosul", "Near Mosul, …", not "the Near East"
                    || TERRITORY_VERBS.contains(tokens.get(p).lemma().toLowerCase(Locale.ROOT))
                    || (word.equals("of") && (COMPASS.contains(before) || TERRITORY_NOUNS.contains(before)));
            if (!locative) {
                continue;
            }
            int from = p + 1;
            int to = from;
            while (to < tokens.size() && tokens.get(to).sentence() == tokens.get(p).sentence() && !taken[to] && tokens.get(to).pos().startsWith("NNP")
                    && (tokens.get(to).capitalized() || (to > from && PARTICLE.matcher(tokens.get(to).word()).matches()))
                    && NAME_TAGS.contains(tokens.get(to).ner())) {
                to++; // "Ar Raqqah", "Deir ez-Zor"
            }
            if (to == from || (to < tokens.size() && tokens.get(to).word().matches("'s|’s"))) {
                continue;
            }
            var first = tokens.get(from);
            var last = tokens.get(to - 1);
            var text = body.substring(first.begin(), last.end());
            if (people.contains(text)) {
                continue; // "to isolate Assad" when the article speaks of President Bashar al-Assad
            }
            found.add(new Mention(first.sentence(), from, to, first.begin(), last.end(), text, "LOCATION", null, null));
            Arrays.fill(taken, from, to, true);
            places.add(text);
            p = to - 1;
        }
        var countries = new HashMap<Integer, Mention>();
        for (var m : found) {
            if (m.entity() != null && m.entity().startsWith("country:") && m.via() == Gazetteer.Via.NAME) {
                countries.put(m.first(), m);
            }
        }
        return new PlaceNames(tokens, places, countries);
    }

    /** Names the article gives people: the last words of full names ("Bashar al-Assad": "al-Assad", "Assad"), names after a title. */
    private static Set<String> people(List<Token> tokens, List<Mention> found) {
        var people = new HashSet<String>();
        for (var m : found) {
            if (m.category().equals("PERSON")) {
                people.add(tokens.get(m.last() - 1).word());
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).ner().equals("PERSON")) {
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals("PERSON") && tokens.get(j + 1).sentence() == tokens.get(i).sentence()) {
                j++;
            }
            if (j > i || (i > 0 && tokens.get(i - 1).ner().equals("TITLE"))) {
                people.add(tokens.get(j).word());
            }
            i = j;
        }
        for (var name : List.copyOf(people)) {
            var particle = PARTICLE.matcher(name);
            if (particle.matches()) {
                people.add(name.substring(name.indexOf('-') + 1));
            }
        }
        return people;
    }

    /**
     * A person or organization name that is a place: one named as a place elsewhere in the article (also by its last
     * words: "Raqqah" after "Ar Raqqah"), one followed by its country ("Sarmada, Syria"), or a facility or feature
     * ("Tiyas Military Airfield", "Qayyarah Airfield West").
     */
    boolean isPlace(int from, int to, String text) {
        if (from > 0 && (tokens.get(from - 1).ner().equals("TITLE") || tokens.get(from - 1).word().matches("\\p{Lu}\\p{L}+\\."))) {
            return false; // "Gen. Joseph L. Votel, U.S. Central Command commander"
        }
        if (places.contains(text) || places.stream().anyMatch(p -> p.endsWith(" " + text))) {
            return true;
        }
        var last = tokens.get(to - 1).word().toLowerCase(Locale.ROOT);
        if (PLACE_WORDS.contains(last) || (COMPASS.contains(last) && to - from > 1 && PLACE_WORDS.contains(tokens.get(to - 2).word().toLowerCase(Locale.ROOT)))) {
            return true;
        }
        if (to + 1 < tokens.size() && tokens.get(to).word().equals(",") && tokens.get(to).sentence() == tokens.get(from).sentence()) {
            int k = tokens.get(to + 1).is("a", "an", "the") ? to + 2 : to + 1;
            while (k < tokens.size() && tokens.get(k).pos().equals("JJ")) {
                k++;
            }
            if (k < tokens.size() && SETTLEMENTS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                return true; // "Amarah, a city in southern Iraq"
            }
            var m = countries.get(to + 1);
            if (m != null) {
                // "Raqqah, Syria, …" but not a list ("Obama, Russia and China") nor a modifier ("Votel, U.S. Central Command")
                return m.last() >= tokens.size() || !(tokens.get(m.last()).is("and", "or", "'s", "’s") || tokens.get(m.last()).capitalized());
            }
        }
        return false;
    }

}
