package org.entente.extract;

import org.entente.extract.gazetteer.Gazetteer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An entity being assembled from its mentions: the gazetteer's knowledge (if any) plus what the text says. */
final class Draft {

    final String id;
    final String kind;
    String name;
    final Set<String> aliases = new LinkedHashSet<>();
    final Map<String, Object> properties = new LinkedHashMap<>();
    final List<Mention> mentions = new ArrayList<>();
    final Gazetteer.Entry known;

    Draft(String id, String kind, String name, Gazetteer.Entry known) {
        this.id = id;
        this.kind = kind;
        this.name = name;
        this.known = known;
        if (known != null) {
            aliases.addAll(known.aliases());
            properties.putAll(known.properties());
        }
    }

    List<String> aliasList() {
        var list = new ArrayList<>(aliases);
        list.remove(name);
        return list;
    }
}
