package org.entente.extract.mentions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.entente.extract.gazetteer.Gazetteer;
import org.entente.extract.gazetteer.Slugs;

/**
 * Decides what each mention names, within one article: gazetteer entries as they are; a capital stands for its
 * country when the article speaks of that country (metonymy: "Moscow and Washington continue to disagree"), else it
 * is a place in that country; "Obama" is the "Barack Obama" named elsewhere in the article; names the gazetteer does
 * not know become entities with slug ids ("Yevgeny Volk" → person:yevgeny-volk).
 */
public final class Resolver {

    private final Gazetteer gazetteer;

    private final String published;

    /** {@code published}: the article's date (may be null), to tell which "Lavrov" or "Bush" held office then. */
    public Resolver(Gazetteer gazetteer, String published) {
        this.gazetteer = gazetteer;
        this.published = published;
    }

    public record Result(List<Mention> mentions, Map<String, Draft> entities, Map<String, String> partOf) {
    }

    /** Units of a country's territory, written after a place's name: "Tigray region", "Henan Province". */
    private static final Pattern ADMINISTRATIVE = Pattern.compile(
            "(?i)(.+?)\\s+(region|province|oblast|governorate|prefecture|district|krai|county)");

    /** The generation a person's name may end with: "Jr.", "Sr." (group 1), "II" to "IV", with or without a comma. */
    private static final Pattern GENERATION = Pattern.compile(",?\\s+(?:(Jr\\.?|Sr\\.?)|II|III|IV)$");

    public Result resolve(List<Mention> found) {
        found = untitled(UsStates.georgia(found)).stream().map(this::ofItsTime).toList();
        var named = new HashSet<String>();
        var byName = new HashSet<String>();
        for (var m : found) {
            if (m.entity() != null && m.via() != Gazetteer.Via.CAPITAL
                    && (m.entity().startsWith("country:") || gazetteer.byId(m.entity()).filter(Gazetteer.Entry::formerState).isPresent())) {
                named.add(m.entity());
            }
            if (m.entity() != null && m.via() == Gazetteer.Via.NAME) {
                byName.add(m.entity());
            }
        }
        found = found.stream().map(m -> demonymOfNamed(m, byName)).toList();
        var drafts = new LinkedHashMap<String, Draft>();
        var partOf = new LinkedHashMap<String, String>();
        var result = new ArrayList<Mention>();
        var acronyms = acronyms(found);
        var definedFor = new HashMap<String, Mention>(); // an acronym the text defines for an entry of the gazetteer → the name's mention
        for (var m : found) {
            var shortened = shortFormOf(m, result);
            var resolved = shortened != null ? m.resolved(shortened.entity(), shortened.category()) : resolve(m, found, named, drafts, partOf);
            var acronym = acronyms.get(resolved.text());
            var definer = definedFor.get(resolved.text());
            if (definer != null) {
                // "Lebanese Armed Forces (LAF) … the LAF": the acronym names the entry its name was
                var stray = drafts.get(resolved.entity());
                if (stray != null && stray.mentions.isEmpty() && !resolved.entity().equals(definer.entity())) {
                    drafts.remove(resolved.entity());
                }
                resolved = resolved.resolved(definer.entity(), definer.category());
            } else if (acronym != null && !acronym.equals(resolved.text()) && resolved.entity() != null
                    && gazetteer.byId(resolved.entity()).isPresent()) {
                definedFor.put(acronym, resolved);
                acronym = null;
            }
            if (acronym != null && resolved.entity() != null && resolved.entity().startsWith("org:") && !gazetteer.byId(resolved.entity()).isPresent()) {
                // "the Tigray People’s Liberation Front (TPLF)": one organization, known by its acronym as organizations are
                var id = "org:" + Slugs.idSlug(acronym);
                var draft = drafts.remove(resolved.entity());
                var name = draft != null ? draft.name : resolved.text();
                drafts.computeIfAbsent(id, i -> new Draft(i, "Organization", name, gazetteer.byId(i).orElse(null)));
                resolved = resolved.resolved(id, resolved.category());
            }
            result.add(resolved);
            if (resolved.entity() != null && drafts.containsKey(resolved.entity())) {
                var draft = drafts.get(resolved.entity());
                draft.mentions.add(resolved);
                if (resolved.via() != Gazetteer.Via.DEMONYM) {
                    draft.aliases.add(resolved.text());
                }
            }
        }
        return new Result(result, drafts, partOf);
    }

    /**
     * A capital or a demonym is that of the state of its time: "Moscow" and "the Russians" in a telegram of 1968 are
     * the Soviet Union's, as its officials are (places.yaml: {@code continuedBy}, {@code until};
     * {@link Gazetteer#inItsTime}). A state's own name stays itself ("Russia").
     */
    private Mention ofItsTime(Mention m) {
        if (m.via() == Gazetteer.Via.NAME || m.entity() == null || !m.entity().startsWith("country:")) {
            return m;
        }
        var country = gazetteer.byId(m.entity()).orElse(null);
        var then = country == null ? null : gazetteer.inItsTime(country, published);
        return then == null || then == country ? m : m.resolved(then.id(), m.category());
    }

    private Mention resolve(Mention m, List<Mention> all, Set<String> named, Map<String, Draft> drafts, Map<String, String> partOf) {
        if (m.entity() == null) {
            return switch (m.category()) {
                case "PERSON" -> person(m, all, named, drafts);
                case "ORGANIZATION", "LOCATION", "TREATY" -> unknown(m, drafts);
                default -> m;
            };
        }
        if (m.entity().equals(UsStates.GEORGIA_STATE)) {
            drafts.computeIfAbsent(m.entity(), id -> new Draft(id, "Place", "Georgia (U.S. state)", null));
            known(gazetteer.country("USA"), drafts);
            partOf.put(m.entity(), "country:usa");
            return m;
        }
        var entry = gazetteer.byId(m.entity()).orElseThrow();
        if (m.via() == Gazetteer.Via.CAPITAL && (m.category().equals("CITY") || !named.contains(entry.id()) || withItsCountry(m, all))) {
            // a capital of a country the article does not speak of is just a city there ("the G20 summit in London");
            // so is one written with its country ("talks in Doha, Qatar", "strikes on Kyiv, Ukraine"), and one where
            // something happens ("talks in Damascus", CITY from the MentionFinder): a place, named as places are, which
            // no one writes of a state that acts; the gazetteer's place of that name where it has one ("Washington" is
            // place:washington-dc)
            var known = gazetteer.lookup(Gazetteer.key(m.text())).stream().map(Gazetteer.Hit::entry)
                    .filter(e -> e.kind().equals("Place")).findFirst()
                    .orElseGet(() -> gazetteer.byId("place:" + Slugs.nameSlug(m.text())).orElse(null));
            var place = known != null ? known.id() : "place:" + Slugs.nameSlug(m.text());
            drafts.computeIfAbsent(place, id -> new Draft(id, "Place", known != null ? known.name() : m.text(), known));
            known(entry, drafts);
            partOf.put(place, entry.id());
            return m.resolved(place, "LOCATION");
        }
        known(entry, drafts);
        return m;
    }

    /**
     * A demonym of two states ("Dominican": Dominica and the Dominican Republic; "Congolese": the two Congos) is the one
     * the article names by name ("Foreign Minister Álvarez of the Dominican Republic … Dominican Foreign Minister
     * Roberto Álvarez"); else the gazetteer's first.
     */
    private Mention demonymOfNamed(Mention m, Set<String> byName) {
        if (m.via() != Gazetteer.Via.DEMONYM || m.entity() == null || byName.contains(m.entity())) {
            return m;
        }
        return gazetteer.lookup(Gazetteer.key(m.text())).stream()
                .filter(h -> h.via() == Gazetteer.Via.DEMONYM && h.entry().kind().equals("Country") && byName.contains(h.entry().id()))
                .findFirst().map(h -> m.resolved(h.entry().id(), m.category())).orElse(m);
    }

    /** Whether a capital's mention is followed by its own country's name after a comma: "Doha, Qatar". */
    private static boolean withItsCountry(Mention capital, List<Mention> all) {
        for (var next : all) {
            if (next.first() >= capital.last() && next.sentence() == capital.sentence()) {
                // one token between them, of one character: the comma
                return next.first() == capital.last() + 1 && next.begin() - capital.end() <= 2 && next.via() == Gazetteer.Via.NAME
                        && capital.entity().equals(next.entity());
            }
        }
        return false;
    }

    /**
     * A body or treaty named by its last word alone ("the Council", "the Commission") is the one of that word the article
     * has named in full before: the most often mentioned (by any name), the last mentioned of those ("the Security
     * Council … the Council … the Transitional Council … Council members" are the Security Council). {@code null} for other mentions, and where
     * the article named none.
     */
    static Mention shortFormOf(Mention m, List<Mention> before) {
        var word = Token.withoutArticle(m.text());
        if (m.entity() != null || !(m.category().equals("ORGANIZATION") || m.category().equals("TREATY"))
                || !word.matches("\\p{Lu}\\p{Ll}+")) {
            return null;
        }
        var named = new HashSet<String>();
        for (var earlier : before) {
            var words = earlier.text().split("\\s+");
            if (earlier.entity() != null && words.length >= 2 && words[words.length - 1].equals(word)
                    && (earlier.category().equals("ORGANIZATION") || earlier.category().equals("TREATY"))) {
                named.add(earlier.entity());
            }
        }
        var counts = new HashMap<String, Integer>();
        Mention best = null;
        for (var earlier : before) {
            if (earlier.entity() != null && named.contains(earlier.entity())) {
                int n = counts.merge(earlier.entity(), 1, Integer::sum);
                if (best == null || n >= counts.get(best.entity())) {
                    best = earlier;
                }
            }
        }
        return best;
    }

    /**
     * Names the article defines an acronym for, by either spelling: "Tigray People’s Liberation Front (TPLF)" gives
     * both "Tigray People’s Liberation Front" and "TPLF" → "TPLF". The acronym must abbreviate the name
     * ({@link Acronyms}: "Intergovernmental Authority on Development (IGAD)" too), and stand right after it in brackets.
     */
    static Map<String, String> acronyms(List<Mention> found) {
        var out = new HashMap<String, String>();
        for (int i = 0; i + 1 < found.size(); i++) {
            var name = found.get(i);
            var acronym = found.get(i + 1);
            if (acronym.begin() - name.end() == 2 && Acronyms.SHAPE.matcher(acronym.text()).matches() && Acronyms.abbreviates(acronym.text(), name.text())) {
                out.put(name.text(), acronym.text());
                out.put(acronym.text(), acronym.text());
            }
        }
        return out;
    }

    /**
     * Names as CoreNLP sometimes reads them with the office in front ("[State] [Councilor Wang]"): the titles go, and a
     * one-word organization the title began with goes too; a unit word alone after a place ("Henan [Province]") is
     * part of that place.
     */
    static List<Mention> untitled(List<Mention> found) {
        var out = new ArrayList<Mention>();
        for (var m : found) {
            var previous = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean adjacent = previous != null && previous.last() == m.first();
            if (adjacent && previous.category().equals("LOCATION") && ADMINISTRATIVE.matcher("x " + m.text()).matches()
                    && !m.text().contains(" ")) {
                continue;
            }
            if (m.category().equals("PERSON") && m.entity() == null) {
                var words = Pattern.compile("\\S+").matcher(m.text());
                int dropped = 0;
                int from = 0;
                while (words.find() && Offices.TITLES.contains(words.group().toLowerCase(Locale.ROOT)) && !words.hitEnd()) {
                    dropped++;
                    from = words.end();
                }
                var rest = m.text().substring(from).stripLeading();
                if (dropped > 0 && !rest.isEmpty()) {
                    int begin = m.begin() + m.text().length() - rest.length();
                    if (adjacent && previous.category().equals("ORGANIZATION") && previous.entity() == null && !previous.text().contains(" ")) {
                        out.remove(out.size() - 1); // "State" of "State Councilor"
                    }
                    m = new Mention(m.sentence(), m.first() + dropped, m.last(), begin, m.end(), rest, "PERSON", null, m.via());
                }
            }
            out.add(m);
        }
        return out;
    }

    private static Draft known(Gazetteer.Entry entry, Map<String, Draft> drafts) {
        return drafts.computeIfAbsent(entry.id(), id -> Draft.of(entry));
    }

    /** A surname alone is the person named in full elsewhere in the article; a known full name is the gazetteer's. */
    private Mention person(Mention m, List<Mention> all, Set<String> named, Map<String, Draft> drafts) {
        var words = m.text().split("\\s+");
        if (words.length == 1) {
            for (var other : all) {
                var otherWords = withoutSuffix(other.text()).split("\\s+");
                if (other != m && other.category().equals("PERSON") && otherWords.length > 1
                        && otherWords[otherWords.length - 1].equals(words[0])) {
                    return same(m, other, drafts);
                }
            }
            // names whose family name comes first ("Hu" for Hu Jintao, "Wen" for Wen Jiabao)
            var familyFirst = onlyPerson(m, all, Mention::text, n -> n.split("\\s+").length == 2 && n.split("\\s+")[0].equals(words[0]));
            if (familyFirst != null) {
                return same(m, familyFirst, drafts);
            }
        }
        // a surname of two words, or the first of them alone ("Solano" and "Solano Quirós" for Rodolfo Solano Quirós,
        // "López Obrador" for Andrés Manuel López Obrador, "Lula" for Luiz Inácio Lula da Silva)
        var within = onlyPerson(m, all, o -> withoutSuffix(o.text()), n -> surnamePart(words, n.split("\\s+")));
        if (within != null) {
            return same(m, within, drafts);
        }
        // the name as written ("James A. Baker III" is an alias of the actor dictionary's), else without its generation
        for (var name : words.length > 1 ? new java.util.LinkedHashSet<>(List.of(m.text(), withoutSuffix(m.text()))) : Set.<String>of()) {
            for (var hit : gazetteer.lookup(Gazetteer.key(name))) {
                if (hit.entry().kind().equals("Person")) {
                    known(hit.entry(), drafts);
                    return m.resolved(hit.entry().id(), "PERSON");
                }
            }
        }
        if (words.length == 1) {
            // "Lavrov", "Kerry": the one official of that surname the gazetteer knows (in office on the article's date),
            // in a state's government itself or of a state the article names: a lesser official's surname alone is no
            // one's where his state is not spoken of ("Ambassador Ross" in a statement on Western Sahara is no minister
            // of trade of Trinidad and Tobago's)
            var officials = gazetteer.bySurname(words[0], published).stream().filter(o -> ofNamed(o, named)).toList();
            if (officials.size() == 1) {
                known(officials.get(0), drafts);
                return m.resolved(officials.get(0).id(), "PERSON");
            }
        }
        // "Antony J. Blinken" and "Antony Blinken" are one person: a middle initial is no part of the id, nor is the
        // generation ("Lloyd J. Austin III", "Martin Luther King Jr.")
        var id = "person:" + Slugs.idSlug(Slugs.withoutMiddleInitials(withoutSuffix(m.text())));
        var namesake = gazetteer.byId(id).filter(e -> e.kind().equals("Person")).orElse(null);
        if (namesake != null && !onePerson(m.text(), namesake.name())) {
            // "Ferdinand R. Marcos Jr." is not the dictionary's Ferdinand E. Marcos, his father: his id keeps what tells them apart
            id = "person:" + Slugs.idSlug(m.text());
        }
        known(id, m.text(), drafts);
        return m.resolved(id, "PERSON");
    }

    /**
     * The one person the article names whose name ({@code name}: as written, or without its generation) {@code fits}, its
     * first mention; {@code null} where none does or several do.
     */
    private static Mention onlyPerson(Mention m, List<Mention> all, Function<Mention, String> name, Predicate<String> fits) {
        var names = all.stream().filter(o -> o != m && o.category().equals("PERSON")).map(name).filter(fits).distinct().toList();
        return names.size() != 1 ? null : all.stream().filter(o -> name.apply(o).equals(names.get(0))).findFirst().orElseThrow();
    }

    /**
     * Whether an official holds office in a state's government itself, or in a state the article names (or in none:
     * "Guterres", "Stoltenberg"), on the article's date.
     */
    private boolean ofNamed(Gazetteer.Entry official, Set<String> named) {
        var state = gazetteer.countryOf(official, published);
        return state == null || named.contains(state.id()) || gazetteer.governs(official, published);
    }

    /**
     * Whether {@code words} name the one called {@code full} after his given name: the words of {@code full} after its
     * first, from one that is not its last ("Solano" of "Rodolfo Solano Quirós"; a last word alone is the surname
     * {@link #person} reads first), to its end or, one word only, before it ("Lula" of "Luiz Inácio Lula da Silva").
     */
    private static boolean surnamePart(String[] words, String[] full) {
        if (full.length < 3 || words.length >= full.length) {
            return false;
        }
        for (int from = 1; from < full.length - 1; from++) {
            if (full[from].equals(words[0]) && (words.length == 1
                    || from + words.length == full.length && Arrays.equals(words, Arrays.copyOfRange(full, from, full.length)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A full name without the generation that ends it: "Lloyd J. Austin III" is Lloyd J. Austin, "Cal Ripken, Jr." Cal
     * Ripken. A numeral after two names may be a reign's ("John Paul II", "Abdullah II"), and stays; after three, or
     * after a comma, it is a generation's.
     */
    /**
     * Whether a name as written and a known person's name, one id without their initials and generation, could be one
     * person: not where both write middle initials and they differ, nor where the written one ends in a generation the
     * known one lacks ("Ferdinand Marcos Jr." is not Ferdinand E. Marcos).
     */
    private static boolean onePerson(String written, String known) {
        return Slugs.sameInitials(written, known) && (withoutSuffix(written).equals(written) || !withoutSuffix(known).equals(known));
    }

    static String withoutSuffix(String name) {
        var generation = GENERATION.matcher(name);
        if (!generation.find()) {
            return name;
        }
        var bare = name.substring(0, generation.start());
        var kept = bare.split("\\s+").length;
        boolean numeral = generation.group(1) == null;
        return kept < 2 || numeral && kept < 3 && !generation.group().startsWith(",") ? name : bare;
    }

    private Mention same(Mention m, Mention other, Map<String, Draft> drafts) {
        var full = other.entity() != null ? other : person(other, List.of(), Set.of(), drafts);
        known(full.entity(), full.text(), drafts);
        return m.resolved(full.entity(), "PERSON");
    }

    private void known(String id, String name, Map<String, Draft> drafts) {
        if (!drafts.containsKey(id)) {
            var entry = gazetteer.byId(id).orElse(null);
            drafts.put(id, entry != null ? Draft.of(entry) : new Draft(id, "Person", name, null));
        }
    }

    private static Mention unknown(Mention m, Map<String, Draft> drafts) {
        var name = Token.withoutArticle(m.text());
        var unit = ADMINISTRATIVE.matcher(name);
        if (m.category().equals("LOCATION") && unit.matches()) {
            name = unit.group(1); // "Tigray Region" is Tigray
        }
        var kind = switch (m.category()) {
            case "ORGANIZATION" -> "Organization";
            case "TREATY" -> "Treaty";
            default -> "Place";
        };
        var prefix = switch (kind) {
            case "Organization" -> "org:";
            case "Treaty" -> "treaty:";
            default -> "place:";
        };
        var id = prefix + Slugs.nameSlug(name);
        var draftName = name;
        drafts.computeIfAbsent(id, i -> new Draft(i, kind, draftName, null));
        return m.resolved(id, m.category());
    }
}
