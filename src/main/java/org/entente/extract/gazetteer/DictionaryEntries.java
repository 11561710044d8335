package org.entente.extract.gazetteer;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.entente.extract.cameo.ActorCode;
import org.entente.extract.cameo.ActorDictionary;
import org.entente.extract.cameo.ActorDictionary.Actor;
import org.entente.extract.gazetteer.Gazetteer.Entry;

/**
 * Adds a PETRARCH/TABARI dictionary of the user's to a gazetteer. Each actor becomes an entry that keeps its CAMEO code
 * as the property {@code cameo}:
 * <ul>
 * <li>a person (a name of two to four words that are no titles, with a role bounded by dates, as the Phoenix people
 * have: {@code SAM_GAMGEE [HOB] [HOBGOV 20121109-20130119]}) is a Person with those roles;</li>
 * <li>a three-letter code that is the alpha-3 code of a country the gazetteer knows gives that country more names;</li>
 * <li>another code of three letters is a state of its own, {@code country:<code>} ({@code GONDOR [GON]}), which later
 * actors of that code name too;</li>
 * <li>a longer code is an Organization, part of the state its first three letters name when the gazetteer knows it, and
 * that state's government body when the next three are GOV ({@code MICHEL_DELVING [SHRGOV]});</li>
 * <li>an actor with null codes only ({@code BOROMIR [---]}) codes nothing and is left out.</li>
 * </ul>
 * States come first, so an organization finds the state of its code wherever the file lists it. Agents
 * ({@code TROOP [~MIL]}) add the nouns that the shipped agents file lacks.
 */
final class DictionaryEntries {

    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "for", "in", "on", "de", "du", "al", "el");

    private DictionaryEntries() {
    }

    static void add(Gazetteer g, Path file) {
        var name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            YamlEntries.add(g, file);
        } else {
            add(g, ActorDictionary.read(file));
        }
    }

    static void add(Gazetteer g, ActorDictionary dictionary) {
        var actors = dictionary.actors().stream().filter(a -> a.code() != null).toList();
        var people = actors.stream().map(DictionaryEntries::person).toList(); // null where an actor names no person
        var initialFree = GazetteerLoader.initialFreeIds(g, people);
        var coded = IntStream.range(0, actors.size()).mapToObj(i -> new Coded(actors.get(i), initialFree.apply(people.get(i)))).toList();
        coded.stream().filter(Coded::isState).forEach(c -> addState(g, c.actor()));
        coded.stream().filter(c -> !c.isState()).forEach(c -> g.addOwn(c.person() != null ? c.person() : organization(g, c.actor())));
        dictionary.agents().forEach(agent -> GazetteerLoader.agent(g, agent.noun(), agent.code()));
    }

    /** An actor with a code, and the person it names ({@code null} if none). */
    private record Coded(Actor actor, Entry person) {

        boolean isState() {
            return person == null && actor.code().matches("[A-Z]{3}");
        }
    }

    /**
     * A person: a name that reads as one (two to four words, no titles) with a role bounded by dates, as the Phoenix
     * people have. Undated roles are not enough here, unlike in Phoenix: "WHITE_DOWNS [SHR]" is a place of the Shire.
     */
    private static Entry person(Actor actor) {
        if (actor.codes().stream().noneMatch(ActorCode::dated)) {
            return null;
        }
        return GazetteerLoader.person(List.of(actor.name()), actor.synonyms(), GazetteerLoader.roles(actor.codes()),
                Map.of("cameo", actor.code()));
    }

    private static void addState(Gazetteer g, Actor actor) {
        var known = g.country(actor.code());
        boolean real = known != null && known.properties().containsKey("iso3");
        var id = known != null ? known.id() : "country:" + actor.code().toLowerCase(Locale.ROOT);
        g.addOwn(new Entry(id, "Country", name(actor.name()), names(actor.synonyms()), real ? Map.of() : Map.of("cameo", actor.code()),
                Map.of(), List.of()));
        g.byIso3.putIfAbsent(actor.code(), g.byId.get(id));
    }

    private static Entry organization(Gazetteer g, Actor actor) {
        var code = actor.code();
        var properties = new LinkedHashMap<String, Object>();
        var links = new LinkedHashMap<String, Object>();
        properties.put("cameo", code);
        if (code.length() > 3 && g.country(code.substring(0, 3)) != null) {
            links.put("country", code.substring(0, 3));
            if (code.startsWith("GOV", 3)) {
                properties.put("orgType", "government body");
            }
        }
        var name = name(actor.name());
        return new Entry("org:" + Slugs.idSlug(name), "Organization", name, names(actor.synonyms()), properties, links, List.of());
    }

    private static List<String> names(List<String> written) {
        return written.stream().map(DictionaryEntries::name).distinct().toList();
    }

    /** "MINAS_TIRITH" → "Minas Tirith", "GROUP OF 77" → "Group of 77"; words with dots or digits stay as written ("U.N."). */
    static String name(String written) {
        var out = new StringBuilder();
        for (var word : written.strip().replaceAll("_+$", "").split("[_\\s]+")) {
            var lower = word.toLowerCase(Locale.ROOT);
            if (out.length() > 0) {
                out.append(' ');
            }
            if (word.matches(".*[.\\d].*")) {
                out.append(word);
            } else if (out.length() > 0 && SMALL_WORDS.contains(lower)) {
                out.append(lower);
            } else {
                var parts = lower.split("-", -1);
                for (int i = 0; i < parts.length; i++) {
                    out.append(i == 0 ? "" : "-").append(parts[i].isEmpty() ? "" : Character.toUpperCase(parts[i].charAt(0)) + parts[i].substring(1));
                }
            }
        }
        return out.toString();
    }
}
