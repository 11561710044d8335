package org.entente.extract.mentions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.extract.gazetteer.Gazetteer;

/** An entity being assembled from its mentions: the gazetteer's knowledge (if any) plus what the text says. */
public final class Draft {

    public final String id;
    public final String kind;
    public String name;
    public final Set<String> aliases = new LinkedHashSet<>();
    public final Map<String, Object> properties = new LinkedHashMap<>();
    public final List<Mention> mentions = new ArrayList<>();
    public final Gazetteer.Entry known;

    public Draft(String id, String kind, String name, Gazetteer.Entry known) {
        this.id = id;
        this.kind = kind;
        this.name = name;
        this.known = known;
        if (known != null) {
            aliases.addAll(known.aliases());
            properties.putAll(known.properties());
        }
    }

    /** An entity the gazetteer knows, before the text says more of it. */
    public static Draft of(Gazetteer.Entry entry) {
        return new Draft(entry.id(), entry.kind(), entry.name(), entry);
    }

    public List<String> aliasList() {
        var list = new ArrayList<>(aliases);
        list.remove(name);
        return list;
    }
}
