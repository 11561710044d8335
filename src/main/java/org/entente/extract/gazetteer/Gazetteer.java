package org.entente.extract.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What Entente knows before it reads an article: countries (names, spellings, demonyms, capitals), national
 * leaders and officials with date-bounded roles (CAMEO/Phoenix), and our own lists of organizations, treaties,
 * places and events. Built once from the {@code gazetteer/} folder on the classpath ({@code seeds/gazetteer/}).
 */
public final class Gazetteer {

    /** How a phrase names an entry: by name or alias, by demonym ("Russian"), or as the capital ("Moscow"). */
    public enum Via { NAME, DEMONYM, CAPITAL }

    /** A known entity. {@code properties} are Facts attributes; {@code links} are gazetteer-only facts (country, parties …). */
    public record Entry(String id, String kind, String name, List<String> aliases, Map<String, Object> properties,
                        Map<String, Object> links, List<Role> roles) {

        public String link(String key) {
            var value = links.get(key);
            return value == null ? null : value.toString();
        }

        /**
         * A state that no longer exists, kept as a place with its CAMEO code (the Soviet Union, East Germany, North
         * Vietnam): it acts as a state, as no other place does.
         */
        public boolean formerState() {
            return kind.equals("Place") && properties.get("cameo") != null;
        }

        @SuppressWarnings("unchecked")
        public List<String> linkList(String key) {
            var value = links.get(key);
            return value instanceof List<?> list ? (List<String>) list : List.of();
        }
    }

    /**
     * The membership of a state in an organization on a date ({@code null}: today), or {@code null} if it was no member
     * then: "country:lva" in "org:nato" since 2004-03-29.
     */
    public Role membership(String org, String state, String date) {
        var iso3 = state.substring(state.indexOf(':') + 1).toUpperCase(java.util.Locale.ROOT);
        for (var role : members.getOrDefault(org, List.of())) {
            if (role.country().equals(iso3) && (date == null ? role.until() == null : role.holdsOn(date))) {
                return role;
            }
        }
        return null;
    }

    /**
     * A CAMEO role: {@code country} is an alpha-3 code, {@code code} the sector (GOV, MIL, ELI …), dates yyyy-MM-dd or null;
     * or a state's membership of an organization ({@code code} null).
     */
    public record Role(String country, String code, String since, String until) {

        boolean holdsOn(String date) {
            return date == null || ((since == null || since.compareTo(date) <= 0) && (until == null || until.compareTo(date) >= 0));
        }
    }

    public record Hit(Entry entry, Via via, String alias) {
    }

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static volatile Gazetteer shared;

    final Map<String, Entry> byId = new HashMap<>();
    final Map<String, Entry> byIso3 = new HashMap<>();
    final Map<String, List<Hit>> byPhrase = new HashMap<>();
    final Map<String, String> agents = new HashMap<>();
    final Map<String, List<Entry>> surnames = new HashMap<>();
    /** organization id → its member states, each with the dates it joined and left ({@code memberships.yaml}) */
    final Map<String, List<Role>> members = new HashMap<>();
    /** country id → the state that no longer exists it continues ({@code places.yaml}: {@code continuedBy}, {@code until}) */
    final Map<String, Entry> continued = new HashMap<>();
    int longestPhrase = 1;

    /** The gazetteer of this JVM, loaded on first use (about a second). */
    public static Gazetteer shared() {
        if (shared == null) {
            synchronized (Gazetteer.class) {
                if (shared == null) {
                    shared = GazetteerLoader.load();
                }
            }
        }
        return shared;
    }

    /**
     * The shipped gazetteer with the actors and agents of the user's dictionaries added, in the order given: PETRARCH/TABARI
     * {@code .actors} and {@code .agents} files, or YAML files shaped like {@code organizations.yaml} ({@code .yaml},
     * {@code .yml}). A new gazetteer, loaded for the caller (about a second); {@link #shared()} stays as it is. Without
     * files, the shared one.
     *
     * @throws org.entente.extract.cameo.DictionaryException naming the file and line of a mistake
     */
    public static Gazetteer withActors(List<Path> files) {
        if (files.isEmpty()) {
            return shared();
        }
        var gazetteer = GazetteerLoader.load();
        files.forEach(file -> DictionaryEntries.add(gazetteer, file));
        return gazetteer;
    }

    /** The most words any name of the gazetteer has: the longest phrase worth looking up. */
    public int longestPhrase() {
        return longestPhrase;
    }

    public Optional<Entry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every entry, in no order: for readers that index it their own way, such as GDELT's actor codes. */
    public Collection<Entry> entries() {
        return Collections.unmodifiableCollection(byId.values());
    }

    public Entry country(String iso3) {
        return iso3 == null ? null : byIso3.get(iso3.toUpperCase(Locale.ROOT));
    }

    /** Entries named by a phrase given as normalized tokens (see {@link #key}). */
    public List<Hit> lookup(String key) {
        return byPhrase.getOrDefault(key, List.of());
    }

    public List<Entry> events() {
        return byId.values().stream().filter(e -> e.kind().equals("Event")).toList();
    }

    /**
     * The people of a surname ("Lavrov"), as written with a capital; when {@code date} is given, only those holding a
     * role then.
     */
    public List<Entry> bySurname(String surname, String date) {
        if (surname.isEmpty() || !Character.isUpperCase(surname.charAt(0))) {
            return List.of();
        }
        return surnames.getOrDefault(Slugs.withoutMarks(surname).toLowerCase(Locale.ROOT), List.of()).stream()
                .filter(e -> date == null || e.roles().stream().anyMatch(r -> r.holdsOn(date))).toList();
    }

    /** Treaties that the gazetteer says replaced {@code treatyId}. */
    public List<Entry> successorsOf(String treatyId) {
        return byId.values().stream().filter(e -> treatyId.equals(e.link("succeeds"))).toList();
    }

    /** The CAMEO sector of an agent noun ("troops" → MIL, "regime" → GOV), by lemma; {@code null} if none. */
    public String agent(String lemma) {
        return agents.get(lemma.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a person holds that day an office of a state's government itself (CAMEO's "RUSGOV": a head of state, a
     * foreign minister), not of one of its sectors ("TTOGOVBUS": a minister of trade).
     */
    public boolean governs(Entry person, String date) {
        return person.roles().stream().anyMatch(r -> r.code().equals("GOV") && r.holdsOn(date));
    }

    /**
     * The country an entry belongs to or stands for on a date: itself, the state of a body or place, an office's state, a
     * leader's state; the state of its time ({@link #inItsTime}) where the gazetteer links today's.
     */
    public Entry countryOf(Entry entry, String date) {
        if (entry.kind().equals("Country")) {
            return entry;
        }
        var iso3 = entry.link("country");
        if (iso3 != null) {
            // "the Kremlin" of a telegram of 1968 is the Soviet Union's, as Gromyko is
            var country = country(iso3);
            return country == null ? null : inItsTime(country, date);
        }
        var office = entry.roles().stream().filter(r -> r.code().startsWith("GOV") && r.holdsOn(date)).map(Role::country)
                .findFirst().map(this::country).orElse(null);
        return office == null ? null : inItsTime(office, date);
    }

    /**
     * The state a country's office was of on {@code date}: the state it continues, a place of the gazetteer's with
     * {@code continuedBy} and {@code until} (the Soviet Union, continued by Russia until 26 December 1991), where that had
     * not ended yet. The Phoenix file codes Gromyko and Brezhnev {@code RUSGOV}: Russia's, in a telegram of 1968.
     */
    public Entry inItsTime(Entry country, String date) {
        var before = date == null ? null : continued.get(country.id());
        return before != null && date.compareTo(before.link("until")) < 0 ? before : country;
    }

    /** Matching key: lower case without accents ("Erdoğan" finds the dictionary's "Erdogan"), dots and quote marks dropped, hyphens as spaces, single spaces. */
    public static String key(String phrase) {
        return Slugs.withoutMarks(phrase).toLowerCase(Locale.ROOT).replace(".", "").replace("’", "'").replace('-', ' ')
                .replaceAll("^the ", "").replaceAll("\\s+", " ").replace(" 's ", "'s ").strip(); // tokens: "People ’s Republic"
    }

    void add(Entry entry) {
        if (entry.link("continuedBy") != null && entry.link("until") != null) {
            continued.putIfAbsent("country:" + entry.link("continuedBy").toLowerCase(Locale.ROOT), entry);
        }
        byId.putIfAbsent(entry.id(), entry);
        index(entry, entry.name(), Via.NAME);
        entry.aliases().forEach(alias -> index(entry, alias, Via.NAME));
    }

    /**
     * Adds an entry of the user's dictionaries. Its names come first among the entries they name, so the user's
     * dictionary decides what a name it lists stands for; an entry of a known id gets the new names, properties and
     * roles added instead (the known values stay). Names the entry already has are left as they are indexed (a
     * country's demonym stays a demonym).
     */
    void addOwn(Entry entry) {
        var known = byId.get(entry.id());
        var names = new ArrayList<String>(List.of(entry.name()));
        names.addAll(entry.aliases());
        var added = entry;
        if (known == null) {
            byId.put(entry.id(), entry);
        } else {
            names.removeIf(name -> lookup(key(name)).stream().anyMatch(h -> h.entry() == known));
            var aliases = new ArrayList<>(known.aliases());
            aliases.addAll(names);
            var properties = new LinkedHashMap<>(entry.properties());
            properties.putAll(known.properties());
            var links = new LinkedHashMap<>(entry.links());
            links.putAll(known.links());
            var roles = new ArrayList<>(known.roles());
            roles.addAll(entry.roles());
            added = new Entry(known.id(), known.kind(), known.name(), List.copyOf(new LinkedHashSet<>(aliases)), properties, links,
                    List.copyOf(roles));
            replace(known, added);
        }
        for (var name : names) {
            index(added, name, Via.NAME, true);
        }
        if (known == null && entry.kind().equals("Person")) {
            fileUnderSurname(entry);
        }
    }

    /** Files a person under the last word of its name, for {@link #bySurname}. */
    void fileUnderSurname(Entry person) {
        var words = person.name().split(" ");
        surnames.computeIfAbsent(Slugs.withoutMarks(words[words.length - 1]).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(person);
    }

    void index(Entry entry, String phrase, Via via) {
        index(entry, phrase, via, false);
    }

    /** {@code first}: before the entries that phrase already names, which it then outranks among entries of its kind. */
    void index(Entry entry, String phrase, Via via, boolean first) {
        var key = key(phrase);
        if (key.isEmpty()) {
            return;
        }
        var hits = byPhrase.computeIfAbsent(key, k -> new ArrayList<>(1));
        // each spelling is kept: "Nonproliferation Treaty" needs a capital, "nonproliferation treaty" does not
        if (hits.stream().noneMatch(h -> h.entry() == entry && h.via() == via && h.alias().equals(phrase))) {
            hits.add(first ? 0 : hits.size(), new Hit(entry, via, phrase));
        }
        longestPhrase = Math.max(longestPhrase, key.split(" ").length);
    }

    /** Puts {@code updated} where {@code old} was: under its id, its alpha-3 code, its surname and every phrase naming it. */
    void replace(Entry old, Entry updated) {
        byId.put(updated.id(), updated);
        byIso3.replaceAll((code, e) -> e == old ? updated : e);
        surnames.values().forEach(list -> list.replaceAll(e -> e == old ? updated : e));
        byPhrase.values().forEach(hits -> hits.replaceAll(h -> h.entry() == old ? new Hit(updated, h.via(), h.alias()) : h));
    }

    static List<Map<String, Object>> yaml(String resource) {
        try (InputStream in = open(resource)) {
            return YAML.readValue(in, new TypeReference<List<Map<String, Object>>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer/" + resource, e);
        }
    }

    static List<Map<String, Object>> json(String resource) {
        try (InputStream in = open(resource)) {
            return JsonMapper.builder().build().readValue(in, new TypeReference<List<Map<String, Object>>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer/" + resource, e);
        }
    }

    /** A file of the gazetteer folder on the classpath ({@code seeds/gazetteer/} in the source tree), as UTF-8 text. */
    public static String text(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer/" + resource, e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        var in = Gazetteer.class.getResourceAsStream("/gazetteer/" + resource);
        if (in == null) {
            throw new IOException("gazetteer/" + resource + " is not on the classpath (seeds/gazetteer/ in the source tree)");
        }
        return in;
    }

    static Map<String, Object> props(Object... keyValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                map.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return map;
    }
}
