package org.entente.extract.gazetteer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.entente.extract.cameo.DictionaryException;
import org.entente.extract.gazetteer.Gazetteer.Entry;
import org.entente.extract.gazetteer.GazetteerLoader.Shape;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Entries of the user's in the gazetteer's own YAML shape ({@code organizations.yaml}): a list of mappings with
 * {@code id}, {@code name}, {@code aliases} and the keys of their kind, and a CAMEO actor code as {@code cameo}. The
 * id's prefix tells the kind: {@code org:}, {@code person:}, {@code country:}, {@code place:}, {@code treaty:},
 * {@code event:}. A country of a known alpha-3 code ({@code country:rus}) gets the names given; another
 * ({@code country:gon}) is a state of its own, whose code is {@code cameo} or, without it, its id's.
 */
final class YamlEntries {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Map<String, Shape> SHAPES = Map.of("org", GazetteerLoader.ORGANIZATION, "treaty", GazetteerLoader.TREATY,
            "place", GazetteerLoader.PLACE, "event", GazetteerLoader.EVENT,
            "person", new Shape("Person", List.of("wikidata", "description"), List.of("country")),
            "country", new Shape("Country", List.of("wikidata", "description"), List.of()));

    private YamlEntries() {
    }

    static void add(Gazetteer g, Path file) {
        try (var rows = YAML.readerFor(Map.class).readValues(Files.newInputStream(file))) {
            while (rows.hasNextValue()) {
                int line = rows.parser().currentLocation().getLineNr();
                @SuppressWarnings("unchecked")
                Map<String, Object> row = (Map<String, Object>) rows.nextValue();
                var problem = problem(row);
                if (problem != null) {
                    throw new DictionaryException(file + ":" + line + ": " + problem);
                }
                add(g, row);
            }
        } catch (JacksonException e) {
            var where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
            throw new DictionaryException(file + where + ": not a YAML list of entries (- id: org:…, name: …): " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new DictionaryException(file + ": cannot read the file (" + e.getMessage() + ")");
        }
    }

    private static String problem(Map<String, Object> row) {
        if (!(row.get("id") instanceof String id) || !id.matches("[a-z]+:[a-z0-9][a-z0-9._-]*") || !SHAPES.containsKey(id.split(":")[0])) {
            return "an entry needs an id of the form kind:slug in lower case, kind one of " + String.join(", ", SHAPES.keySet())
                    + ", not '" + row.get("id") + "'";
        }
        if (id.startsWith("country:") && !id.matches("country:[a-z]{3}")) {
            return "a country's id is country: and three letters, not '" + id + "'";
        }
        if (!(row.get("name") instanceof String name) || name.isBlank()) {
            return "the entry " + id + " needs a name";
        }
        if (row.get("cameo") != null && !id.matches("(org|person|country):.*")) {
            return "cameo is an actor's code: entries org:, person: and country: have one, " + id + " cannot";
        }
        if (row.get("aliases") != null && !(row.get("aliases") instanceof List<?>)) {
            return "the aliases of " + id + " are a list: aliases: [one, other]";
        }
        return null;
    }

    private static void add(Gazetteer g, Map<String, Object> row) {
        var id = (String) row.get("id");
        var entry = GazetteerLoader.entry(row, SHAPES.get(id.split(":")[0]));
        var cameo = row.get("cameo") == null ? null : row.get("cameo").toString().toUpperCase(Locale.ROOT);
        if (entry.kind().equals("Country")) {
            var code = id.substring("country:".length()).toUpperCase(Locale.ROOT);
            var known = g.country(code);
            boolean real = known != null && known.properties().containsKey("iso3");
            if (!real) {
                entry.properties().put("cameo", cameo != null ? cameo : code);
            }
            g.addOwn(entry);
            g.byIso3.putIfAbsent(code, g.byId.get(id));
            return;
        }
        if (cameo != null) {
            entry.properties().put("cameo", cameo);
        }
        g.addOwn(entry);
    }
}
