package org.entente.ingest.gdelt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.extract.cameo.ActorCode;
import org.entente.extract.cameo.ActorLines;
import org.entente.extract.gazetteer.Gazetteer;
import org.entente.extract.gazetteer.Gazetteer.Entry;

/**
 * Which organization of the gazetteer a CAMEO actor code stands for ({@code IGOWSTNAT} → NATO). The gazetteer's own
 * organizations carry no codes, so the codes come from PETRARCH's dictionary of international actors, which the
 * gazetteer ships ({@code cameo/Phoenix.International.actors.txt}): a code goes to the organization its names name
 * most often ({@code THE_EUROPEAN_UNION_}, {@code +THE_EU_} … {@code [IGOEUREEC]} → the European Union). A code an
 * entry carries itself (from the user's dictionaries, property {@code cameo}) comes first.
 */
final class CameoOrganizations {

    /** Shorter codes are sectors or regions ({@code IGO}, {@code AFR}) that name no single organization. */
    private static final int SHORTEST_CODE = 6;

    private final Map<String, Entry> byCode = new HashMap<>();

    CameoOrganizations(Gazetteer gazetteer) {
        var votes = new HashMap<String, Map<Entry, Integer>>();
        var names = new ArrayList<String>();
        var codes = new ArrayList<ActorCode>();
        for (var line : ActorLines.of(Gazetteer.text("cameo/Phoenix.International.actors.txt"))) {
            if (line.kind() == ActorLines.Kind.NAME && !codes.isEmpty()) {
                vote(gazetteer, names, codes, votes);
                names.clear();
                codes.clear();
            }
            if (line.kind() == ActorLines.Kind.NAME || line.kind() == ActorLines.Kind.SYNONYM) {
                names.add(line.name());
            }
            codes.addAll(line.codes());
        }
        vote(gazetteer, names, codes, votes);
        votes.forEach((code, tally) -> byCode.put(code, tally.entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
        for (var entry : gazetteer.entries()) {
            var code = entry.properties().get("cameo");
            if (code != null && (entry.kind().equals("Organization") || entry.kind().equals("Country"))) {
                byCode.put(code.toString(), entry);
            }
        }
    }

    /** The organization the whole code names, or {@code null}. */
    Entry exactly(String code) {
        return byCode.get(code);
    }

    /** The code's longest beginning, in whole three-letter parts, that names an organization ({@code IGOUNODEVWBK}MED). */
    String longestKnownPrefix(String code) {
        for (int length = code.length() - 3; length >= SHORTEST_CODE; length -= 3) {
            if (byCode.containsKey(code.substring(0, length))) {
                return code.substring(0, length);
            }
        }
        return null;
    }

    int size() {
        return byCode.size();
    }

    /** Each name of one dictionary block votes, for each of its undated codes, for the organization it names. */
    private static void vote(Gazetteer gazetteer, List<String> names, List<ActorCode> codes, Map<String, Map<Entry, Integer>> votes) {
        var undated = codes.stream().filter(c -> c.isActor() && !c.dated() && c.code().length() >= SHORTEST_CODE).toList();
        if (undated.isEmpty()) {
            return;
        }
        for (var name : names) {
            var phrase = name.replace('_', ' ').strip();
            var organization = gazetteer.lookup(Gazetteer.key(phrase)).stream().map(Gazetteer.Hit::entry)
                    .filter(e -> e.kind().equals("Organization")).findFirst().orElse(null);
            if (organization != null) {
                undated.forEach(c -> votes.computeIfAbsent(c.code(), k -> new LinkedHashMap<>()).merge(organization, 1, Integer::sum));
            }
        }
    }
}
