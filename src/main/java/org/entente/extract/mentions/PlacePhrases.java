package org.entente.extract.mentions;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Places named by what they are rather than by name, as war reports name them: "an ISIL-held building", "bridges",
 * "a VBIED staging facility", "the city", "their fighting positions", "the city of Raqqah"; and named
 * places with the feature word after them ("the Tigris river", "Diyala province") or a feature before ("Gulf of
 * Aden"). They are expressions for the re3d comparison ({@link References}); they name no entity.
 */
final class PlacePhrases {

    /** Head nouns of places: settlements and areas, buildings and facilities, routes and military positions. */
    private static final Set<String> PLACES = Set.of("city", "town", "village", "area", "region", "territory", "terrain", "province",
            "district", "neighborhood", "neighbourhood", "capital", "land", "border", "location", "building", "facility", "compound",
            "headquarters", "site", "base", "airfield", "airport", "station", "position", "route", "bridge", "tunnel", "entrance",
            "cache", "structure", "fortification", "factory", "hospital", "complex", "mosque", "school", "camp", "node", "infrastructure",
            "highway", "road", "street", "dam", "river", "mountain", "lake", "island", "room", "target", "stronghold", "checkpoint",
            "outpost", "depot", "refinery", "port", "harbor", "harbour", "valley", "desert", "coast", "safehouse", "garrison");
    /** What makes a position a place rather than a stance. */
    private static final Set<String> POSITIONS = Set.of("fighting", "firing", "defensive", "military", "enemy", "battle", "gun",
            "mortar", "artillery", "observation", "their", "its", "our");
    /** Feature words that follow a place's name: "the Tigris river", "Idlib province". */
    private static final Set<String> FEATURES = Set.of("river", "mountains", "province", "governorate", "district", "region", "city",
            "valley", "lake", "desert");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "our", "their", "its",
            "his", "her", "some", "many", "several", "all", "other", "every", "another");

    private PlacePhrases() {
    }

    /** Adds the place phrases and the completed place names to {@code refs}, given the mentions the rules read. */
    static void find(List<Token> tokens, String body, MentionIndex index, List<Mention> refs) {
        for (int i = 0; i < tokens.size(); i++) {
            var head = tokens.get(i);
            if (!(head.pos().equals("NN") || head.pos().equals("NNS")) || !PLACES.contains(head.lemma().toLowerCase(Locale.ROOT))
                    || (i + 1 < tokens.size() && tokens.get(i + 1).noun() && tokens.get(i + 1).sentence() == head.sentence())) {
                continue;
            }
            if (index.covered(i)) {
                continue;
            }
            int first = i;
            while (first > 0 && tokens.get(first - 1).sentence() == head.sentence()) {
                if (modifier(tokens, first - 1)) {
                    first--;
                } else if (first - 1 > 0 && first < i && tokens.get(first - 1).is("and") && tokens.get(first - 2).pos().equals("NN")) {
                    first -= 2; // "a command and control node"
                } else {
                    break;
                }
            }
            boolean determined = false;
            while (first > 0 && tokens.get(first - 1).sentence() == head.sentence() && determiner(tokens.get(first - 1), head.pos().equals("NNS"))) {
                first--;
                determined = true;
            }
            if (!determined && first == i && !head.pos().equals("NNS")) {
                continue; // "to return to base": a bare singular is an idiom more often than a place
            }
            if (head.lemma().equalsIgnoreCase("position") && !(first < i && POSITIONS.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT)))) {
                continue; // "fighting positions" are places, "a stronger position" a stance
            }
            int to = index.complement(i + 1);
            refs.add(References.span(tokens, body, head.sentence(), first, to, "LOCATION", null));
            i = to - 1;
        }
        completeNames(tokens, body, refs);
    }

    /** "the Tigris river", "Diyala province"; "Gulf of Aden"; "northern Iraq". */
    private static void completeNames(List<Token> tokens, String body, List<Mention> refs) {
        for (int r = 0; r < refs.size(); r++) {
            var m = refs.get(r);
            if (!m.category().equals("LOCATION") || m.entity() == null) {
                continue;
            }
            if (m.first() > 0 && tokens.get(m.first() - 1).sentence() == m.sentence()
                    && tokens.get(m.first() - 1).word().toLowerCase(Locale.ROOT).matches("(north|south)?(east|west)ern|northern|southern")) {
                m = References.span(tokens, body, m.sentence(), m.first() - 1, m.last(), "LOCATION", m.entity());
                refs.set(r, m);
            }
            int last = m.last();
            if (last < tokens.size() && tokens.get(last).sentence() == m.sentence() && FEATURES.contains(tokens.get(last).word().toLowerCase(Locale.ROOT))
                    && !(last + 1 < tokens.size() && tokens.get(last + 1).noun())) {
                refs.set(r, References.span(tokens, body, m.sentence(), m.first(), last + 1, "LOCATION", m.entity()));
            } else if (m.last() - m.first() == 1 && last + 1 < tokens.size() && tokens.get(last).is("of")
                    && !m.entity().startsWith("country:")) {
                for (var other : refs) {
                    if (other.first() == last + 1 && other.category().equals("LOCATION") && other.entity() != null) {
                        refs.set(r, References.span(tokens, body, m.sentence(), m.first(), other.last(), "LOCATION", m.entity()));
                        break;
                    }
                }
            }
        }
    }

    /** "ISIL-held", "VBIED", "supply", "fighting", "tactical", "Al Salem hospital": what may stand before the head. */
    private static boolean modifier(List<Token> tokens, int k) {
        var t = tokens.get(k);
        if (t.ner().equals("DATE") || t.ner().equals("NUMBER") || t.ner().equals("TITLE")) {
            return false;
        }
        if (t.pos().equals("VBG") || t.word().endsWith("ing")) {
            // "four fighting positions", not "in liberating neighborhoods"
            return k > 0 && tokens.get(k - 1).pos().matches("DT|CD|JJ|NN.*|PRP\\$");
        }
        return t.pos().startsWith("JJ") || t.pos().startsWith("NN") || (t.pos().equals("VBN") && ActorPhrases.participle(tokens, k));
    }

    /** "a", "their", "that" (not the "that" of "said that …"); a number before is a quantity, no part of the place. */
    private static boolean determiner(Token t, boolean plural) {
        var word = t.word().toLowerCase(Locale.ROOT);
        return DETERMINERS.contains(word) && !t.pos().equals("IN") && !(plural ? word.matches("that|this") : word.matches("these|those"));
    }
}
