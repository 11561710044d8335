package org.entente.extract.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
    /** "[RUSGOV >080508]", "[AFGGOV 20041207-20091119]": dates as yymmdd or yyyymmdd. */
    private static final Pattern CODE = Pattern.compile("\\[([A-Z]{3})([A-Z]*)\\s*([<>]?(?:\\d{8}|\\d{6}))?(?:-(\\d{8}|\\d{6}))?]");

    static Gazetteer load() {
        var g = new Gazetteer();
        countries(g);
        for (var row : Gazetteer.yaml("organizations.yaml")) {
            g.add(entry(row, "Organization", List.of("orgType", "wikidata", "description"), List.of("country")));
        }
        for (var row : Gazetteer.yaml("treaties.yaml")) {
            g.add(entry(row, "Treaty", List.of("signed", "inForce", "expires", "status", "wikidata", "description"),
                    List.of("parties", "keyParties", "succeeds", "ended")));
        }
        for (var row : Gazetteer.yaml("places.yaml")) {
            g.add(entry(row, "Place", List.of("wikidata", "description"), List.of("country")));
        }
        for (var row : Gazetteer.yaml("events.yaml")) {
            g.add(entry(row, "Event", List.of("date", "endDate", "wikidata", "description"),
                    List.of("participants", "place", "organizer", "type")));
        }
        people(g, Gazetteer.text("cameo/Phoenix.Countries.actors.txt"));
        agents(g, Gazetteer.text("cameo/Phoenix.agents.txt"));
        return g;
    }

    private static void countries(Gazetteer g) {
        var extra = Gazetteer.yaml("country-aliases.yaml").stream()
                .collect(java.util.stream.Collectors.toMap(r -> (String) r.get("iso3"), r -> r));
        var rows = new java.util.ArrayList<>(Gazetteer.json("countries.json"));
        // sovereign states first: "American" is the United States, not the Northern Mariana Islands
        rows.sort(java.util.Comparator.comparing(r -> !Boolean.TRUE.equals(r.get("independent"))));
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
            demonyms.stream().filter(d -> sovereign || g.lookup(Gazetteer.key(d)).isEmpty()).forEach(d -> g.index(entry, d, Via.DEMONYM));
            for (var capital : capitals) {
                g.index(entry, capital, Via.CAPITAL);
                g.index(entry, capital.replaceAll(",? D\\.C\\.$", ""), Via.CAPITAL);
            }
        }
    }

    private static Entry entry(Map<String, Object> row, String kind, List<String> propertyKeys, List<String> linkKeys) {
        var properties = new java.util.LinkedHashMap<String, Object>();
        propertyKeys.forEach(k -> { if (row.get(k) != null) properties.put(k, row.get(k).toString()); });
        var links = new java.util.LinkedHashMap<String, Object>();
        linkKeys.forEach(k -> { if (row.get(k) != null) links.put(k, row.get(k) instanceof List<?> l ? l : row.get(k).toString()); });
        return new Entry((String) row.get("id"), kind, (String) row.get("name"), list(row.get("aliases")), properties, links, List.of());
    }

    /** CAMEO actor blocks: a name line, "+alias" lines, then "[RUSGOV >080508]" role lines for the block. */
    private static void people(Gazetteer g, String text) {
        var names = new ArrayList<String>();
        var aliases = new ArrayList<String>();
        var roles = new ArrayList<Role>();
        for (var raw : text.split("\n")) {
            var line = raw.replaceAll("#.*", "").stripTrailing();
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("+")) {
                aliases.add(line.substring(1).strip());
            } else if (Character.isWhitespace(line.charAt(0)) && line.contains("[")) {
                roles.addAll(roles(line));
            } else {
                // a block ends after its role lines; spellings of one name ("DMITRY_MEDVEDEV_", "DMITR_MEDVEDEV_") share
                // the roles that follow them all, but another surname after aliases starts another person
                var name = line.split("[\\s\\[]")[0];
                if (!roles.isEmpty() || (!aliases.isEmpty() && !names.isEmpty() && !surname(name).equals(surname(names.get(0))))) {
                    person(g, names, aliases, roles);
                    names.clear();
                    aliases.clear();
                    roles.clear();
                }
                names.add(name);
                roles.addAll(roles(line));
            }
        }
        person(g, names, aliases, roles);
    }

    private static void person(Gazetteer g, List<String> names, List<String> aliases, List<Role> roles) {
        boolean dated = roles.stream().anyMatch(r -> r.since() != null || r.until() != null);
        boolean elite = roles.stream().anyMatch(r -> r.code().startsWith("ELI") || r.code().startsWith("GOV"));
        if (names.isEmpty() || !(dated || elite)) {
            return;
        }
        var name = display(names.get(0));
        if (name == null) {
            return;
        }
        var all = new ArrayList<String>();
        names.stream().skip(1).map(GazetteerLoader::display).filter(n -> n != null).forEach(all::add);
        aliases.stream().map(GazetteerLoader::display).filter(n -> n != null).forEach(all::add);
        all.remove(name);
        var entry = new Entry("person:" + Slugs.slug(name), "Person", name, List.copyOf(new LinkedHashSet<>(all)),
                Map.of(), Map.of(), List.copyOf(roles));
        if (!g.byId.containsKey(entry.id())) {
            g.add(entry);
            var words = name.split(" ");
            g.surnames.computeIfAbsent(words[words.length - 1].toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(entry);
        }
    }

    private static String surname(String cameo) {
        var words = cameo.replaceAll("_+$", "").split("_");
        return words[words.length - 1];
    }

    /** "GEORGE_W._BUSH_" → "George W. Bush"; {@code null} for titles, bodies and single words. */
    static String display(String cameo) {
        var words = cameo.replaceAll("_+$", "").split("_");
        if (words.length < 2 || words.length > 4) {
            return null;
        }
        var out = new StringBuilder();
        for (var w : words) {
            if (w.isEmpty() || NOT_A_NAME.contains(w.toUpperCase(Locale.ROOT)) || !w.matches("[A-Za-z.'-]+")) {
                return null;
            }
            out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0)))
                    .append(w.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    private static List<Role> roles(String line) {
        var result = new ArrayList<Role>();
        var m = CODE.matcher(line);
        while (m.find()) {
            String since = null;
            String until = null;
            var first = m.group(3);
            if (first != null && first.startsWith(">")) {
                since = date(first.substring(1));
            } else if (first != null && first.startsWith("<")) {
                until = date(first.substring(1));
            } else if (first != null) {
                since = date(first);
                until = m.group(4) == null ? null : date(m.group(4));
            }
            result.add(new Role(m.group(1), m.group(2).isEmpty() ? "ELI" : m.group(2), since, until));
        }
        return result;
    }

    private static String date(String digits) {
        if (digits.length() == 8) {
            return digits.substring(0, 4) + "-" + digits.substring(4, 6) + "-" + digits.substring(6, 8);
        }
        int yy = Integer.parseInt(digits.substring(0, 2));
        return (yy > 30 ? "19" : "20") + digits.substring(0, 2) + "-" + digits.substring(2, 4) + "-" + digits.substring(4, 6);
    }

    /** "TROOP [~MIL]" → troop → MIL; phrases with macros or several words are left to the rules. */
    private static void agents(Gazetteer g, String text) {
        var m = Pattern.compile("(?m)^([A-Z]+)\\s*(?:\\{([A-Z_ ,]*)\\})?\\s*\\[~([A-Z]{3})").matcher(text);
        while (m.find()) {
            g.agents.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), m.group(3));
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
