package org.entente.extract.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.entente.extract.cameo.ActorCode;
import org.entente.extract.cameo.ActorLines;
import org.entente.extract.gazetteer.Gazetteer.Entry;
import org.entente.extract.gazetteer.Gazetteer.Role;
import org.entente.extract.gazetteer.Gazetteer.Via;

/** Reads the files of {@code gazetteer/} into a {@link Gazetteer}; see {@code seeds/gazetteer/README.md} for their sources. */
final class GazetteerLoader {

    /** Words that make a CAMEO actor line a title or a body rather than a person's name. */
    private static final Set<String> NOT_A_NAME = Set.of("PRESIDENT", "MINISTER", "MINISTRY", "GOVERNMENT", "PARTY", "ARMY",
            "FORCE", "FORCES", "POLICE", "COUNCIL", "SECRETARY", "GENERAL", "GEN", "GEN.", "MR", "MR.", "MRS", "MRS.", "DR", "DR.",
            "THE", "OF", "KING", "QUEEN", "PRINCE", "SENATOR", "GOVERNOR", "GOV.", "CHANCELLOR", "PREMIER", "LEADER", "CHIEF",
            "AMBASSADOR", "ADMINISTRATION", "VICE", "US", "U.S.", "AMERICAN", "PRIME", "PRESIDENT-ELECT", "SPEAKER", "COMMANDER",
            "COLONEL", "AYATOLLAH", "SHEIKH", "EMIR", "SULTAN", "POPE", "CARDINAL", "BISHOP", "JUDGE", "JUSTICE", "REP.",
            "SEN.", "DEPUTY", "FOREIGN", "DEFENSE", "DEFENCE", "CABINET", "REGIME", "CROWN", "HOUSE", "COURT", "BANK", "AGENCY");

    /** What an entry of each kind keeps from a row of the gazetteer's YAML: its properties (Facts attributes) and links. */
    record Shape(String kind, List<String> properties, List<String> links) {
    }

    static final Shape ORGANIZATION = new Shape("Organization", List.of("orgType", "wikidata", "description"), List.of("country", "partOf"));
    static final Shape TREATY = new Shape("Treaty", List.of("signed", "inForce", "expires", "status", "wikidata", "description"),
            List.of("parties", "keyParties", "succeeds", "ended"));
    static final Shape PLACE = new Shape("Place", List.of("cameo", "wikidata", "description"), List.of("country", "continuedBy", "until"));
    static final Shape EVENT = new Shape("Event", List.of("date", "endDate", "wikidata", "description"),
            List.of("participants", "place", "organizer", "type"));

    static Gazetteer load() {
        var g = new Gazetteer();
        var states = countries(g);
        Gazetteer.yaml("organizations.yaml").forEach(row -> g.add(entry(row, ORGANIZATION)));
        armedForces(g, states);
        Gazetteer.yaml("treaties.yaml").forEach(row -> g.add(entry(row, TREATY)));
        Gazetteer.yaml("places.yaml").forEach(row -> g.add(entry(row, PLACE)));
        Gazetteer.yaml("events.yaml").forEach(row -> g.add(entry(row, EVENT)));
        memberships(g, Gazetteer.yaml("memberships.yaml"));
        people(g, Gazetteer.text("cameo/Phoenix.Countries.actors.txt"));
        agents(g, Gazetteer.text("cameo/Phoenix.agents.txt"));
        return g;
    }

    /** The member states of organizations, from {@code memberships.yaml}: each group of states with the dates it joined and left. */
    private static void memberships(Gazetteer g, List<Map<String, Object>> rows) {
        for (var row : rows) {
            var org = (String) row.get("org");
            if (!g.byId.containsKey(org)) {
                throw new IllegalStateException("memberships.yaml: " + org + " is not in organizations.yaml");
            }
            @SuppressWarnings("unchecked")
            var groups = (List<Map<String, Object>>) row.get("members");
            for (var group : groups) {
                for (var iso3 : list(group.get("states"))) {
                    if (!g.byIso3.containsKey(iso3)) {
                        throw new IllegalStateException("memberships.yaml: " + org + " lists " + iso3 + ", which is not in countries.json");
                    }
                    g.members.computeIfAbsent(org, k -> new ArrayList<>()).add(new Gazetteer.Role(iso3, null,
                            group.get("since") == null ? null : group.get("since").toString(),
                            group.get("until") == null ? null : group.get("until").toString()));
                }
            }
        }
    }

    /** Loads the countries; returns the sovereign states among them. */
    private static List<Entry> countries(Gazetteer g) {
        var states = new ArrayList<Entry>();
        var extra = Gazetteer.yaml("country-aliases.yaml").stream()
                .collect(java.util.stream.Collectors.toMap(r -> (String) r.get("iso3"), r -> r));
        var rows = new java.util.ArrayList<>(Gazetteer.json("countries.json"));
        // sovereign states first: "American" is the United States, not the Northern Mariana Islands
        rows.sort(java.util.Comparator.comparing(r -> !Boolean.TRUE.equals(r.get("independent"))));
        var areas = new java.util.HashMap<String, Double>(); // a demonym → the area of the state it names first
        for (var row : rows) {
            var name = map(row.get("name"));
            var iso2 = (String) row.get("cca2");
            var iso3 = (String) row.get("cca3");
            var aliases = new LinkedHashSet<String>();
            aliases.add((String) name.get("official"));
            for (var alt : list(row.get("altSpellings"))) {
                // two-letter codes ("GE", "IR") are words in English text; only a few are names
                if (alt.matches("[\\p{IsLatin}\\p{IsCommon}]+") && !alt.contains(",") && (alt.length() > 2 || Set.of("US", "UK").contains(alt))) {
                    aliases.add(alt);
                }
            }
            var more = extra.get(iso3);
            if (more != null) {
                aliases.addAll(list(more.get("aliases")));
            }
            aliases.remove((String) name.get("common"));
            var demonyms = new LinkedHashSet<String>();
            var eng = map(map(row.get("demonyms")).get("eng"));
            eng.values().forEach(d -> demonyms.add(d.toString()));
            if (more != null) {
                demonyms.addAll(list(more.get("demonyms")));
            }
            var capitals = new java.util.ArrayList<String>(list(row.get("capital")));
            var entry = new Entry("country:" + iso3.toLowerCase(Locale.ROOT), "Country", (String) name.get("common"),
                    List.copyOf(aliases), Gazetteer.props("iso2", iso2, "iso3", iso3, "demonyms", List.copyOf(demonyms),
                    "capital", capitals.isEmpty() ? null : capitals.get(0)), Map.of(), List.of());
            g.add(entry);
            g.byIso3.put(iso3, entry);
            if (more != null) {
                // other spellings of the capital that news still uses ("Kiev"): metonyms like the capital itself
                capitals.addAll(list(more.get("capitals")));
            }
            boolean sovereign = Boolean.TRUE.equals(row.get("independent"));
            if (sovereign) {
                states.add(entry);
            }
            // a demonym two states share ("Dominican", "Congolese") names the larger first, which news means more often
            // (the Dominican Republic, the DR Congo); an article that names the other gets it (Resolver.demonymOfNamed)
            double area = row.get("area") instanceof Number n ? n.doubleValue() : 0;
            for (var d : demonyms) {
                if (sovereign || g.lookup(Gazetteer.key(d)).isEmpty()) {
                    boolean larger = sovereign && areas.containsKey(d) && area > areas.get(d);
                    g.index(entry, d, Via.DEMONYM, larger);
                    if (sovereign && (larger || !areas.containsKey(d))) {
                        areas.put(d, area);
                    }
                }
            }
            for (var capital : capitals) {
                g.index(entry, capital, Via.CAPITAL);
                g.index(entry, capital.replaceAll(",? D\\.C\\.$", ""), Via.CAPITAL);
            }
        }
        return states;
    }

    /**
     * A sovereign state's armed forces, named as news names them ("the Sudanese military", "Lebanese Armed Forces", "the
     * Malian army"): an organization of its own, as CAMEO codes the military apart from the government (SDNMIL beside
     * SDNGOV) and as curators keep it (a junta or an army is a party, not its state). For each state whose armed forces
     * {@code organizations.yaml} does not list ({@code orgType: armed forces}, {@code country}), an entry
     * {@code org:<demonym>-armed-forces} named by its demonyms; a state's troops and forces ("Russian troops invaded")
     * stay the state.
     */
    private static void armedForces(Gazetteer g, List<Entry> states) {
        var listed = new java.util.HashSet<String>();
        g.byId.values().stream().filter(e -> "armed forces".equals(e.properties().get("orgType")) && e.link("country") != null)
                .forEach(e -> listed.add(e.link("country")));
        // a demonym two states share ("Congolese", "Dominican") names neither's armed forces: which one, the gazetteer cannot say
        var shared = new java.util.HashMap<String, Integer>();
        states.forEach(state -> demonymsOf(state).forEach(d -> shared.merge(d, 1, Integer::sum)));
        for (var state : states) {
            var iso3 = state.properties().get("iso3").toString();
            var demonyms = demonymsOf(state);
            if (listed.contains(iso3) || demonyms.isEmpty() || demonyms.stream().anyMatch(d -> shared.get(d) > 1)) {
                continue;
            }
            var aliases = new ArrayList<String>();
            for (var d : demonyms) {
                for (var noun : List.of("Armed Forces", "armed forces", "military", "Military", "army", "Army")) {
                    aliases.add(d + " " + noun);
                }
            }
            var name = demonyms.get(0) + " Armed Forces";
            aliases.remove(name);
            g.add(new Entry("org:" + Slugs.slug(name), "Organization", name, List.copyOf(aliases),
                    Gazetteer.props("orgType", "armed forces"), Map.of("country", iso3), List.of()));
        }
    }

    private static List<String> demonymsOf(Entry state) {
        return state.properties().get("demonyms") instanceof List<?> l ? l.stream().map(Object::toString).distinct().toList() : List.of();
    }

    static Entry entry(Map<String, Object> row, Shape shape) {
        var properties = new java.util.LinkedHashMap<String, Object>();
        shape.properties().forEach(k -> { if (row.get(k) != null) properties.put(k, row.get(k).toString()); });
        var links = new java.util.LinkedHashMap<String, Object>();
        shape.links().forEach(k -> { if (row.get(k) != null) links.put(k, row.get(k) instanceof List<?> l ? l : row.get(k).toString()); });
        return new Entry((String) row.get("id"), shape.kind(), (String) row.get("name"), list(row.get("aliases")), properties, links, List.of());
    }

    /**
     * CAMEO actor blocks: a name line, "+alias" lines, then "[RUSGOV >080508]" role lines for the block. Unlike PETRARCH,
     * which starts an actor at each name line, spellings of one name without codes share the roles that follow them
     * all: the Phoenix file writes "DMITRY_MEDVEDEV_" and its aliases, then "DMITR_MEDVEDEV_", then Medvedev's roles.
     */
    private static void people(Gazetteer g, String text) {
        var people = new ArrayList<Entry>();
        var names = new ArrayList<String>();
        var aliases = new ArrayList<String>();
        var roles = new ArrayList<Role>();
        for (var line : ActorLines.of(text)) {
            if (line.kind() == ActorLines.Kind.SYNONYM) {
                aliases.add(line.name());
            } else if (line.kind() == ActorLines.Kind.CODES) {
                roles.addAll(roles(line.codes()));
            } else if (line.kind() == ActorLines.Kind.NAME) {
                // a block ends after its role lines; spellings of one name ("DMITRY_MEDVEDEV_", "DMITR_MEDVEDEV_") share
                // the roles that follow them all, but another surname after aliases starts another person
                var name = line.name().split("\\s")[0];
                if (!roles.isEmpty() || (!aliases.isEmpty() && !names.isEmpty() && !surname(name).equals(surname(names.get(0))))) {
                    people.add(person(names, aliases, roles, Map.of()));
                    names.clear();
                    aliases.clear();
                    roles.clear();
                }
                names.add(name);
                roles.addAll(roles(line.codes()));
            }
        }
        people.add(person(names, aliases, roles, Map.of()));
        people.stream().map(initialFreeIds(g, people)).forEach(p -> addPerson(g, p));
    }

    /**
     * Gives the people of a dictionary ids without their middle initials, as the resolver names a person the gazetteer
     * does not know ("Lyndon B. Johnson" → {@code person:lyndon-johnson}), so that a text that writes the initial and one
     * that does not ("Lyndon Johnson", no name of the dictionary's: the resolver makes the same id) name one person. The
     * name without initials is no alias: it would find the father for "Ferdinand Marcos Jr.". Not where the id would be another's:
     * "George W. Bush" stays {@code person:george-w-bush} beside his father, {@code person:george-bush}, and two people
     * whose names differ by their initials alone keep them both. {@code null}s (blocks that name no person) stay.
     */
    static UnaryOperator<Entry> initialFreeIds(Gazetteer g, List<Entry> people) {
        var ids = new HashSet<String>();
        var owners = new HashMap<String, Set<String>>();
        for (var p : people) {
            if (p != null) {
                ids.add(p.id());
                owners.computeIfAbsent(initialFreeId(p), k -> new HashSet<>()).add(p.id());
            }
        }
        return p -> {
            if (p == null) {
                return null;
            }
            var id = initialFreeId(p);
            if (id.equals(p.id()) || owners.get(id).size() > 1 || ids.contains(id) || g.byId.containsKey(id)) {
                return p;
            }
            return new Entry(id, p.kind(), p.name(), p.aliases(), p.properties(), p.links(), p.roles());
        };
    }

    private static String initialFreeId(Entry person) {
        return "person:" + Slugs.slug(Slugs.withoutMiddleInitials(person.name()));
    }

    /**
     * The person a CAMEO actor block names, or {@code null} when it names none: a person has a role with dates or as
     * a member of the elite or government, and a name of two to four words that are no titles ("GEORGE_W._BUSH_").
     * A state's bare code with dates is the state's own line, not a role ("GERMAN_DEMOCRATIC_REPUBLIC [DDR
     * 19491007-19901003]" is East Germany, not a person of that name).
     */
    static Entry person(List<String> names, List<String> aliases, List<Role> roles, Map<String, Object> properties) {
        boolean dated = roles.stream().anyMatch(r -> (r.since() != null || r.until() != null) && r.code().length() > 3);
        boolean elite = roles.stream().anyMatch(r -> r.code().startsWith("ELI") || r.code().startsWith("GOV"));
        if (names.isEmpty() || !(dated || elite)) {
            return null;
        }
        var name = display(names.get(0));
        if (name == null) {
            return null;
        }
        var all = new ArrayList<String>();
        names.stream().skip(1).map(GazetteerLoader::display).filter(n -> n != null).forEach(all::add);
        aliases.stream().map(GazetteerLoader::display).filter(n -> n != null).forEach(all::add);
        all.remove(name);
        return new Entry("person:" + Slugs.slug(name), "Person", name, List.copyOf(new LinkedHashSet<>(all)),
                properties, Map.of(), List.copyOf(roles));
    }

    /**
     * Adds a person unless one of that id is known, and files it under its surname. Not a country's, an organization's
     * or a place's name: the Phoenix file heads each country's block with its name and bare code ("COSTA_RICA_ [CRI]"),
     * which reads like an elite member of that country, and "Foreign Minister Solano of Costa Rica" met a person called
     * Costa Rica (forty such names: Saudi Arabia, Sri Lanka, Burkina Faso, the United Kingdom …).
     */
    static void addPerson(Gazetteer g, Entry entry) {
        if (entry != null && g.lookup(Gazetteer.key(entry.name())).stream()
                .anyMatch(h -> h.via() == Gazetteer.Via.NAME && !h.entry().kind().equals("Person"))) {
            return;
        }
        if (entry != null && !g.byId.containsKey(entry.id())) {
            g.add(entry);
            g.fileUnderSurname(entry);
        }
    }

    private static String surname(String cameo) {
        var words = cameo.replaceAll("_+$", "").split("_");
        return words[words.length - 1];
    }

    /** A regnal number after a name: II to IX ("XI" is a name, Xi). */
    private static final java.util.regex.Pattern REGNAL = java.util.regex.Pattern.compile("(?i)I{2,3}|IV|VI{1,3}|IX");

    /** "GEORGE_W._BUSH_" → "George W. Bush", "ABDULLAH_II" → "Abdullah II"; {@code null} for titles, bodies and single words. */
    static String display(String cameo) {
        var words = cameo.strip().replaceAll("_+$", "").split("[_\\s]+");
        if (words.length < 2 || words.length > 4) {
            return null;
        }
        var out = new StringBuilder();
        for (var w : words) {
            if (w.isEmpty() || NOT_A_NAME.contains(w.toUpperCase(Locale.ROOT)) || !w.matches("[A-Za-z.'-]+")) {
                return null;
            }
            var word = REGNAL.matcher(w).matches() ? w.toUpperCase(Locale.ROOT) // "ABDULLAH_II" is Abdullah II, not "Abdullah Ii"
                    : Character.toUpperCase(w.charAt(0)) + w.substring(1).toLowerCase(Locale.ROOT);
            out.append(out.length() == 0 ? "" : " ").append(word);
        }
        return out.toString();
    }

    /** CAMEO codes as roles: "RUSGOV" is a GOV role in Russia; a bare country code ("RUS") an ELI one. */
    static List<Role> roles(List<ActorCode> codes) {
        return codes.stream().filter(c -> c.code().matches("[A-Z]{3,}"))
                .map(c -> new Role(c.code().substring(0, 3), c.code().length() == 3 ? "ELI" : c.code().substring(3), c.since(), c.until()))
                .toList();
    }

    /** "TROOP [~MIL]" → troop → MIL; phrases with macros or several words are left to the rules. */
    private static void agents(Gazetteer g, String text) {
        for (var line : ActorLines.of(text)) {
            var code = line.codes().isEmpty() ? null : line.codes().get(0).code();
            if (line.kind() == ActorLines.Kind.NAME && code != null) {
                agent(g, line.name(), code);
            }
        }
    }

    /** One agent noun: a single word with a code after the actor's ("~MIL"), filed by its first three letters. */
    static void agent(Gazetteer g, String noun, String code) {
        if (noun.matches("[A-Z]+") && code.matches("~[A-Z]{3}.*")) {
            g.agents.putIfAbsent(noun.toLowerCase(Locale.ROOT), code.substring(1, 4));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<String> list(Object o) {
        return o instanceof List<?> l ? l.stream().map(Object::toString).toList() : List.of();
    }
}
