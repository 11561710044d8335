package org.entente.extract.mentions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.entente.extract.gazetteer.Gazetteer;

/**
 * Finds what the text names: gazetteer phrases first (longest match, with the case rules that keep "START" apart
 * from "start talks" and "US" apart from "us"), then CoreNLP's named entities that the gazetteer does not know,
 * as places where the text says they are ({@link PlaceNames}); {@link ActorPhrases} adds actor phrases after
 * resolution.
 */
public final class MentionFinder {

    private static final Set<String> NER_KINDS = Set.of("PERSON", "ORGANIZATION", "COUNTRY", "NATIONALITY", "CITY",
            "STATE_OR_PROVINCE", "LOCATION", "MISC");

    private static final Pattern NAME_PARTICLE = Pattern.compile("(al|el|ad|ar|as|ash|at|az|bin|ibn|abu|abd|van|von|de|da|di|du|del|della|le|la)[- ]\\p{Lu}.*");

    /** An apostrophe inside a transliterated word, which spellings keep or drop: "Da'esh", "al-Qa'ida". */
    private static final Pattern APOSTROPHE = Pattern.compile("(?<=\\p{L})['’](?=\\p{L})");

    private final Gazetteer gazetteer;

    public MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<Mention> find(List<Token> tokens, String body) {
        var found = new ArrayList<Mention>();
        var taken = new boolean[tokens.size()];
        definedNames(tokens, body, found, taken);
        featureNames(tokens, body, found, taken);
        gazetteerMentions(tokens, body, found, taken);
        nerMentions(tokens, body, found, taken);
        membersOf(tokens, body, found, taken);
        found.sort(Comparator.comparingInt(Mention::first));
        return found;
    }

    private void gazetteerMentions(List<Token> tokens, String body, List<Mention> found, boolean[] taken) {
        for (int i = 0; i < tokens.size(); i++) {
            for (int n = Math.min(gazetteer.longestPhrase(), tokens.size() - i); n >= 1; n--) {
                if (anyTaken(taken, i, i + n)) {
                    continue;
                }
                if (tokens.get(i + n - 1).sentence() != tokens.get(i).sentence() || !wordy(tokens.get(i)) || !wordy(tokens.get(i + n - 1))) {
                    continue; // the key drops dots and dashes: "Daesh ." and "BAGHDAD -" are no names
                }
                var hit = best(tokens.subList(i, i + n));
                if (hit == null && i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("the") && tokens.get(i - 1).sentence() == tokens.get(i).sentence()) {
                    hit = pluralDemonym(tokens.subList(i, i + n));
                }
                if (hit != null && hit.via() == Gazetteer.Via.CAPITAL && dateline(tokens, i, i + n)) {
                    break; // "BUENOS AIRES (Reuters) -" says where the story was filed: a city, never the state
                }
                if (hit != null && organOfAnother(tokens, i, n, hit)) {
                    break;
                }
                if (hit != null) {
                    var first = tokens.get(i);
                    var last = tokens.get(i + n - 1);
                    found.add(new Mention(first.sentence(), i, i + n, first.begin(), last.end(), body.substring(first.begin(), last.end()),
                            category(tokens, i, i + n, hit), hit.entry().id(), hit.via()));
                    if (n > 2 && hit.entry().kind().equals("Event")) {
                        nested(tokens, body, i, i + n, found); // "the G20 summit in London" names the G20 and London too
                    }
                    for (int k = i; k < i + n; k++) {
                        taken[k] = true;
                    }
                    i += n - 1;
                    break;
                }
            }
        }
    }

    private static final Set<String> NAMED = Set.of("ORGANIZATION", "COUNTRY", "NATIONALITY", "STATE_OR_PROVINCE", "CITY", "LOCATION");
    /** The UN's organs that the gazetteer knows by their bare names, which other bodies' organs share. */
    private static final Set<String> BARE_ORGANS = Set.of("general assembly", "security council");

    /**
     * A bare organ's name right after the name of another body, whose organ it is: "the Virginia General Assembly", "the
     * OAS General Assembly", "the Russian Security Council" are not the UN's, though "General Assembly" and "Security
     * Council" alone are ("UN Security Council" is an alias of its own, matched whole before). Other names stay whole
     * behind a state's ("the Afghan Taliban").
     */
    private static boolean organOfAnother(List<Token> tokens, int i, int n, Gazetteer.Hit hit) {
        if (!hit.entry().kind().equals("Organization") || i == 0 || tokens.get(i - 1).sentence() != tokens.get(i).sentence()) {
            return false;
        }
        var words = tokens.subList(i, i + n).stream().map(t -> t.word().toLowerCase(java.util.Locale.ROOT))
                .filter(w -> !w.equals("the")).collect(java.util.stream.Collectors.joining(" "));
        if (!BARE_ORGANS.contains(words)) {
            return false;
        }
        var before = tokens.get(i - 1);
        return before.capitalized() && NAMED.contains(before.ner()) && (before.pos().startsWith("NNP") || before.pos().equals("JJ"));
    }

    /** The last word of a body's name: "Mission", "Front", "Authority". */
    private static final Set<String> BODY_WORDS = Set.of("mission", "front", "authority", "union", "council", "organization",
            "organisation", "community", "commission", "committee", "agency", "office", "force", "forces", "army", "party",
            "movement", "alliance", "coalition", "group", "bank", "fund", "programme", "program", "court", "assembly",
            "forum", "ministry", "department", "service", "corps", "brigade", "brigades", "battalion", "police", "guard",
            "institute", "association", "federation", "league", "secretariat", "operation", "centre", "center", "government",
            "administration", "board", "unit", "network", "delegation");
    /** Words that make a treaty's name: "Joint Comprehensive Plan of Action", "Revitalized Agreement". */
    static final Set<String> TREATY_WORDS = Set.of("treaty", "agreement", "accord", "accords", "convention", "protocol",
            "pact", "plan", "declaration", "charter", "memorandum", "framework");

    /**
     * Names the text defines an acronym for: "the United Nations Integrated Transition Assistance Mission in Sudan
     * (UNITAMS)", "the Intergovernmental Authority on Development (IGAD)". The whole name is one mention, read before the
     * gazetteer's shorter names inside it (the United Nations, Sudan), and so is the acronym, when the name is a
     * body's (its {@link #head} is a {@link #BODY_WORDS}, or NER reads part of it as an organization) or a treaty's and the acronym
     * abbreviates it ({@link Acronyms}). A name the gazetteer knows whole is left to it; an acronym it knows names its
     * entry.
     */
    private void definedNames(List<Token> tokens, String body, List<Mention> found, boolean[] taken) {
        for (int i = 2; i + 2 < tokens.size(); i++) {
            var acronym = tokens.get(i + 1);
            if (!tokens.get(i).opensBracket() || !tokens.get(i + 2).closesBracket()
                    || !Acronyms.SHAPE.matcher(acronym.word()).matches() || acronym.sentence() != tokens.get(i).sentence()) {
                continue;
            }
            int earliest = i;
            while (earliest > 0 && i - earliest < 14 && tokens.get(earliest - 1).sentence() == acronym.sentence()
                    && (tokens.get(earliest - 1).capitalized() || Acronyms.connector(tokens.get(earliest - 1).word())
                        || Acronyms.elided(tokens.get(earliest - 1).word()) != null)) {
                earliest--;
            }
            for (int s = earliest; s < i - 1; s++) {
                var name = tokens.subList(s, i);
                var words = name.stream().map(Token::word).toList();
                if (Acronyms.connector(words.get(0)) || anyTaken(taken, s, i + 2) || !Acronyms.abbreviates(acronym.word(), words)) {
                    continue;
                }
                if (best(name) != null) {
                    break; // "the North Atlantic Treaty Organization (NATO)": the gazetteer's
                }
                var known = best(List.of(acronym));
                var head = head(words);
                String category = known != null ? category(known)
                        : TREATY_WORDS.contains(head) ? "TREATY"
                        : BODY_WORDS.contains(head) || name.stream().anyMatch(t -> t.ner().equals("ORGANIZATION")) ? "ORGANIZATION"
                        // a name in Arabic the text abbreviates is a group's ("Katibat al Tawhid wal Jihad (KTJ)",
                        // "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"; "Foreign Military Financing (FMF)" is no body)
                        : Acronyms.arabic(words) ? "ORGANIZATION"
                        : null;
                if (category == null) {
                    break;
                }
                var entity = known == null ? null : known.entry().id();
                var via = known == null ? null : known.via();
                var first = tokens.get(s);
                var last = tokens.get(i - 1);
                found.add(new Mention(first.sentence(), s, i, first.begin(), last.end(), body.substring(first.begin(), last.end()),
                        category, entity, via));
                found.add(new Mention(acronym.sentence(), i + 1, i + 2, acronym.begin(), acronym.end(), acronym.word(), category,
                        entity, via));
                for (int k = s; k < i + 2; k++) {
                    taken[k] = true;
                }
                break;
            }
        }
    }

    /** The word a name is a name of: the last before its first preposition ("Government of National Accord"), else its last. */
    private static String head(List<String> words) {
        int end = 1;
        while (end < words.size() && !Acronyms.PREPOSITIONS.contains(words.get(end))) {
            end++;
        }
        return words.get(end - 1).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * "Council members", "Committee members": a body's one-word name before "members" names the body, which NER leaves
     * untagged, where the text named a body of that word in full before ({@link Resolver#shortFormOf} then finds which).
     */
    private static void membersOf(List<Token> tokens, String body, List<Mention> found, boolean[] taken) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            var t = tokens.get(i);
            if (!taken[i] && t.capitalized() && t.pos().startsWith("NNP") && BODY_WORDS.contains(t.word().toLowerCase(java.util.Locale.ROOT))
                    && tokens.get(i + 1).is("member") && tokens.get(i + 1).sentence() == t.sentence() && !taken[i - 1]
                    && !(tokens.get(i - 1).capitalized() && tokens.get(i - 1).sentence() == t.sentence()) && namedInFullBefore(tokens, i)) {
                found.add(new Mention(t.sentence(), i, i + 1, t.begin(), t.end(), t.word(), "ORGANIZATION", null, null));
                taken[i] = true;
            }
        }
    }

    /** Whether a longer name ending in the word at {@code i} stands before it ("the Security Council … Council members"). */
    private static boolean namedInFullBefore(List<Token> tokens, int i) {
        for (int k = 1; k < i; k++) {
            if (tokens.get(k).word().equals(tokens.get(i).word()) && tokens.get(k - 1).capitalized()
                    && tokens.get(k - 1).sentence() == tokens.get(k).sentence()) {
                return true;
            }
        }
        return false;
    }

    /** Prepositions of place: what follows them is where something is or happens, not who acts ("to" and "from" may be either). */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "around", "within", "across",
            "throughout", "into");

    /**
     * The category of a gazetteer name at these words: a capital where something happens ("talks in Damascus", "met in
     * Washington, D.C.") is a CITY, which the resolver names as a place even where the article speaks of its state
     * ("Moscow rejected" acts); else the entry's.
     */
    private static String category(List<Token> tokens, int from, int to, Gazetteer.Hit hit) {
        return hit.via() == Gazetteer.Via.CAPITAL && located(tokens, from, to) ? "CITY" : category(hit);
    }

    /**
     * Whether the words from {@code from} to {@code to} follow a preposition of place in their sentence and own nothing
     * ("a nadir in Washington's relations with Moscow" is the state's).
     */
    static boolean located(List<Token> tokens, int from, int to) {
        return from > 0 && tokens.get(from - 1).sentence() == tokens.get(from).sentence()
                && LOCATIVE.contains(tokens.get(from - 1).word().toLowerCase(java.util.Locale.ROOT))
                && !(to < tokens.size() && tokens.get(to).word().matches("['’]s?"));
    }

    /** A dateline: upper-case words opening a sentence, then "(Agency)" or a dash. */
    static boolean dateline(List<Token> tokens, int from, int to) {
        if (from > 0 && tokens.get(from - 1).sentence() == tokens.get(from).sentence() || to >= tokens.size()) {
            return false;
        }
        var letters = new StringBuilder();
        tokens.subList(from, to).forEach(t -> letters.append(t.word().replaceAll("[^\\p{L}]", "")));
        return letters.length() >= 3 && letters.toString().equals(letters.toString().toUpperCase())
                && tokens.get(to).word().matches("-LRB-|\\(|" + DASH);
    }

    private static final String DASH = "-|--|—|–";

    /**
     * Where the dash of the dateline that opens a sentence stands ("MOSCOW (Reuters) - …"), or -1 when it opens with
     * none: what stands before it says where and by whom the story was filed, not who acts in it.
     */
    public static int datelineDash(List<Token> tokens, int from, int to) {
        int caps = from;
        while (caps < to && tokens.get(caps).word().matches("\\p{Lu}[\\p{Lu}.'-]*")) {
            caps++;
        }
        if (caps == from || caps >= to || !dateline(tokens, from, caps)) {
            return -1;
        }
        for (int i = caps; i < Math.min(to, from + 10); i++) {
            if (tokens.get(i).word().matches(DASH)) {
                return i;
            }
        }
        return -1;
    }

    /** Words that make a geographic name of the names before them ("East China Sea") or after them ("Gulf of Mexico"). */
    private static final Set<String> FEATURES = Set.of("sea", "ocean", "gulf", "strait", "straits", "bay", "peninsula",
            "mountains", "river", "lake", "island", "islands", "desert", "valley", "basin", "channel", "canal", "coast",
            "heights", "plateau", "sound", "archipelago", "delta");

    /**
     * Geographic names that contain a country's name: "East China Sea", "Gulf of Mexico", "Korean Peninsula" are one
     * place, not China and a stray "East". A run of capitalised words that ends in a feature word, or a feature word
     * with "of" and a capitalised name after it, is one LOCATION mention, read before the gazetteer's shorter names.
     */
    private void featureNames(List<Token> tokens, String body, List<Mention> found, boolean[] taken) {
        for (int i = 0; i < tokens.size(); i++) {
            var t = tokens.get(i);
            if (!t.capitalized() || !FEATURES.contains(t.word().toLowerCase()) || !t.pos().startsWith("NNP")) {
                continue;
            }
            if (i + 1 < tokens.size() && tokens.get(i + 1).sentence() == t.sentence() && tokens.get(i + 1).capitalized()
                    && tokens.get(i + 1).pos().startsWith("NNP")) {
                continue; // "Coast Guard", "Black Sea Fleet", "Suez Canal Authority" name a body, not the water
            }
            int first = i;
            while (first > 0 && tokens.get(first - 1).sentence() == t.sentence() && tokens.get(first - 1).capitalized()
                    && tokens.get(first - 1).pos().matches("NNPS?|JJ") && !FEATURES.contains(tokens.get(first - 1).word().toLowerCase())
                    && !tokens.get(first - 1).word().contains(".") && !tokens.get(first - 1).ner().equals("NATIONALITY")) {
                first--; // not past "U.S." nor a nationality: "Yemeni and Saudi Coast Guard"
            }
            int last = i + 1;
            if (first == i && last + 1 < tokens.size() && tokens.get(last).word().equals("of") && tokens.get(last + 1).capitalized()
                    && tokens.get(last + 1).sentence() == t.sentence()) {
                last += 2; // "Gulf of Mexico", "Sea of Japan"
                while (last < tokens.size() && tokens.get(last).capitalized() && tokens.get(last).pos().startsWith("NNP")
                        && tokens.get(last).sentence() == t.sentence()) {
                    last++;
                }
            }
            if (last - first < 2) {
                continue;
            }
            var text = body.substring(tokens.get(first).begin(), tokens.get(last - 1).end());
            if (!gazetteer.lookup(Gazetteer.key(text)).isEmpty()) {
                continue; // the gazetteer knows the whole name: "Ivory Coast", "Solomon Islands"
            }
            found.add(new Mention(t.sentence(), first, last, tokens.get(first).begin(), tokens.get(last - 1).end(), text, "LOCATION", null, null));
            for (int k = first; k < last; k++) {
                taken[k] = true;
            }
            i = last - 1;
        }
    }

    private void nested(List<Token> tokens, String body, int from, int to, List<Mention> found) {
        for (int i = from; i < to; i++) {
            for (int n = Math.min(to - i, to - from - 1); n >= 1; n--) {
                var hit = best(tokens.subList(i, i + n));
                if (hit != null && !hit.entry().kind().equals("Event")) {
                    var first = tokens.get(i);
                    var last = tokens.get(i + n - 1);
                    found.add(new Mention(first.sentence(), i, i + n, first.begin(), last.end(), body.substring(first.begin(), last.end()),
                            category(tokens, i, i + n, hit), hit.entry().id(), hit.via()));
                    i += n - 1;
                    break;
                }
            }
        }
    }

    /**
     * The state that "the Egyptians" or "the South Koreans" names, after "the": the plural of a demonym with the article
     * is its state acting, as the singular's is ("the Chinese", "the Soviets"; CAMEO's dictionaries code "ISRAELIS" as
     * Israel), where a bare plural is its people ("the protection of Afghans' rights", "Israelis and Palestinians").
     */
    private Gazetteer.Hit pluralDemonym(List<Token> phrase) {
        var last = phrase.get(phrase.size() - 1);
        if (!last.capitalized() || !last.pos().startsWith("NN") || last.word().length() <= 3 || !last.word().endsWith("s")) {
            return null;
        }
        var text = String.join(" ", phrase.stream().map(Token::word).toList());
        return gazetteer.lookup(Gazetteer.key(text.substring(0, text.length() - 1))).stream()
                .filter(h -> h.via() == Gazetteer.Via.DEMONYM && writtenAlike(h, text, phrase)).findFirst().orElse(null);
    }

    /** The entry a phrase names, if it is written the way that entry's name is written. */
    private Gazetteer.Hit best(List<Token> phrase) {
        var words = new StringBuilder();
        for (var t : phrase) {
            words.append(words.length() == 0 ? "" : " ").append(t.word());
        }
        var text = words.toString();
        var hits = gazetteer.lookup(Gazetteer.key(text));
        if (hits.isEmpty() && APOSTROPHE.matcher(text).find()) {
            hits = gazetteer.lookup(Gazetteer.key(APOSTROPHE.matcher(text).replaceAll(""))); // "Da’esh" is "Daesh"
        }
        var last = phrase.get(phrase.size() - 1);
        if (hits.isEmpty() && phrase.size() > 1 && last.pos().equals("NNS")) {
            // "our nonproliferation treaties": a plural of a common-noun name
            var singular = text.substring(0, text.length() - last.word().length()) + last.lemma();
            hits = gazetteer.lookup(Gazetteer.key(singular)).stream().filter(h -> Character.isLowerCase(h.alias().charAt(0))).toList();
        }
        Gazetteer.Hit best = null;
        for (var hit : hits) {
            if (!writtenAlike(hit, text, phrase) || (hit.entry().kind().equals("Person") && phrase.size() < 2)) {
                continue;
            }
            if (best == null || rank(hit) < rank(best)) {
                best = hit;
            }
        }
        return best;
    }

    private static boolean writtenAlike(Gazetteer.Hit hit, String text, List<Token> phrase) {
        var alias = Token.withoutArticle(hit.alias()).replace(".", "");
        var letters = alias.replaceAll("[^\\p{L}]", "");
        if (!letters.isEmpty() && letters.equals(letters.toUpperCase()) && letters.length() <= 8) {
            // acronyms: START is the treaty, "start" a verb; US the country, "us" a pronoun
            return text.replace(".", "").replaceAll("[^\\p{L}]", "").equals(letters);
        }
        boolean capitalizedAlias = Character.isUpperCase(alias.charAt(0));
        return (!capitalizedAlias || phrase.get(0).capitalized()) && !(phrase.size() == 1 && phrase.get(0).pos().startsWith("PRP"));
    }

    /**
     * Names before capitals before demonyms; countries before other kinds of the same name. A capital outranks a
     * place of the same name, so that the resolver decides between the city and its government ("Moscow said").
     */
    private static int rank(Gazetteer.Hit hit) {
        if (hit.via() == Gazetteer.Via.CAPITAL) {
            return -1;
        }
        int kind = switch (hit.entry().kind()) {
            case "Country" -> 0;
            case "Organization" -> 1;
            case "Treaty" -> 2;
            case "Event" -> 3;
            case "Place" -> 4;
            default -> 5;
        };
        return hit.via().ordinal() * 10 + kind;
    }

    public static String category(Gazetteer.Hit hit) {
        if (hit.via() == Gazetteer.Via.DEMONYM) {
            return "NATIONALITY";
        }
        return category(hit.entry().kind());
    }

    public static String category(String kind) {
        return switch (kind) {
            case "Person" -> "PERSON";
            case "Organization" -> "ORGANIZATION";
            case "Treaty" -> "TREATY";
            case "Event" -> "EVENT";
            default -> "LOCATION";
        };
    }

    private static void nerMentions(List<Token> tokens, String body, List<Mention> found, boolean[] taken) {
        var places = PlaceNames.byPosition(tokens, body, found, taken);
        int i = 0;
        while (i < tokens.size()) {
            var ner = tokens.get(i).ner();
            int j = i + 1;
            while (j < tokens.size() && tokens.get(j).ner().equals(ner) && tokens.get(j).sentence() == tokens.get(i).sentence()) {
                j++;
            }
            if (ner.equals("ORGANIZATION")) {
                // "Political and Security Committee", "Foreign and Commonwealth Office": CoreNLP leaves out the first conjunct
                while (i >= 2 && tokens.get(i - 1).word().equals("and") && tokens.get(i - 2).capitalized()
                        && tokens.get(i - 2).pos().matches("NNPS?|JJ") && tokens.get(i - 2).ner().equals("O")
                        && tokens.get(i - 2).sentence() == tokens.get(i).sentence() && !taken[i - 2]) {
                    i -= 2;
                }
            }
            if (ner.equals("ORGANIZATION") && portfolioOf(tokens, i)) {
                // "Minister of Defence Nirmala Sitharaman", "Secretary of Defense Lloyd Austin": NER reads the portfolio
                // (and the name after it) as a body; the portfolio is the title's, the name a person's
                int name = i;
                while (name < j && PORTFOLIO_WORDS.contains(tokens.get(name).word().toLowerCase(java.util.Locale.ROOT))) {
                    name++;
                }
                // (none: a body's own name after the title, "Secretary-General of the North Atlantic Treaty Organization")
                if (name > i) {
                    if (j - name < 2 || !tokens.subList(name, j).stream().allMatch(t -> t.capitalized() && t.pos().startsWith("NNP"))) {
                        i = j;
                        continue; // the portfolio alone, or no name after it
                    }
                    i = name;
                    ner = "PERSON";
                }
            }
            if (NER_KINDS.contains(ner) && !anyTaken(taken, i, j)) {
                var first = tokens.get(i);
                var last = tokens.get(j - 1);
                var text = body.substring(first.begin(), last.end());
                var category = nerCategory(ner, text);
                if (("PERSON".equals(category) || "ORGANIZATION".equals(category)) && places.isPlace(i, j, text)) {
                    category = "LOCATION";
                }
                if (category != null && !category.equals("ORGANIZATION") && dateline(tokens, i, j)) {
                    category = "LOCATION"; // "BUENOS AIRES (Reuters) -", which NER reads as a person in capitals
                }
                if ("PERSON".equals(category) && i > 0 && tokens.get(i - 1).is("Operation")) {
                    category = null; // "Operation Matador" names an operation, not a person
                }
                if ("PERSON".equals(category) && text.matches("(\\p{Lu}\\.){1,3}")) {
                    category = null; // "The E.O. is designed to …": an abbreviation (an executive order), not a person's initials
                }
                if (category != null && !first.pos().startsWith("PRP") && nameLike(text)) {
                    found.add(new Mention(first.sentence(), i, j, first.begin(), last.end(), text, category, null, null));
                    for (int k = i; k < j; k++) {
                        taken[k] = true;
                    }
                }
            }
            i = j;
        }
    }

    /** The words of a minister's portfolio: "Defence", "Foreign Affairs", "Health and Human Services", "Homeland Security". */
    private static final Set<String> PORTFOLIO_WORDS = Set.of("defense", "defence", "state", "foreign", "affairs", "commerce",
            "energy", "treasury", "agriculture", "labor", "labour", "justice", "interior", "education", "transportation", "health",
            "human", "services", "homeland", "security", "veterans", "finance", "trade", "economy", "national", "home", "and");

    /** Whether the words at {@code i} follow a minister's or secretary's "of": "Minister of Defence …". */
    private static boolean portfolioOf(List<Token> tokens, int i) {
        return i >= 2 && tokens.get(i - 1).word().equals("of") && tokens.get(i - 2).is("minister", "secretary")
                && tokens.get(i - 2).sentence() == tokens.get(i).sentence();
    }

    /** Capitalized, or a name that begins with a particle ("al-Zarqawi", "bin Laden") or a number ("158th Fighter Wing"). */
    private static boolean nameLike(String text) {
        return Character.isUpperCase(text.charAt(0)) || NAME_PARTICLE.matcher(text).matches()
                || (Character.isDigit(text.charAt(0)) && text.matches("\\S+ \\p{Lu}.*"));
    }

    /** A token with a letter or digit: no name begins or ends with punctuation. */
    private static boolean wordy(Token t) {
        return t.word().chars().anyMatch(Character::isLetterOrDigit);
    }

    private static String nerCategory(String ner, String text) {
        return switch (ner) {
            case "PERSON" -> "PERSON";
            case "ORGANIZATION" -> "ORGANIZATION";
            case "NATIONALITY" -> "NATIONALITY";
            case "MISC" -> text.matches(".*\\b(Treaty|Agreement|Accords?|Convention|Protocol|Pact)$") ? "TREATY" : null;
            default -> "LOCATION";
        };
    }

    private static boolean anyTaken(boolean[] taken, int from, int to) {
        for (int k = from; k < to; k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }
}
