package org.entente.explore.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.explore.SourceRef;
import org.entente.system.Cypher;
import org.entente.system.Graph;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** Shortest paths between two entities, each explained in one sentence, every hop backed by a quote and its source. */
@Repository
public class ConnectionRepository {

    /** The relationship types a path may go through. STATED_IN and the derived AGREES_WITH / DISAGREES_WITH never. */
    public static final List<String> HOP_TYPES = List.of("LEADS", "MEMBER_OF", "WORKS_FOR", "SPEAKS_FOR", "PART_OF",
            "PARTY_TO", "SUCCEEDS", "MET", "PARTY", "ABOUT", "ATTRIBUTED_TO", "MENTIONED_IN");

    /** Left out unless asked for: being named in the same article is not a relationship. */
    public static final List<String> DEFAULT_EXCLUDE = List.of("MENTIONED_IN");

    /** What a path may go through when nothing else is asked for. */
    public static final Set<String> DEFAULT_HOP_TYPES = hopTypesExcluding(DEFAULT_EXCLUDE);

    public static final int MAX_HOPS = 6;
    /** The path length bound as written in the Cypher file, replaced by the asked one (a checked integer). */
    private static final String LENGTH_BOUND = "*.." + MAX_HOPS + "]";
    /** Hops that say an entity was named, not that it acted. */
    private static final Set<String> WEAK_HOPS = Set.of("ABOUT", "MENTIONED_IN");

    private final Graph graph;

    public ConnectionRepository(Graph graph) {
        this.graph = graph;
    }

    public record Node(String id, String kind, String name) {
    }

    public record Hop(String type, String from, String to, Map<String, Object> properties) {
    }

    public record Evidence(int hop, String quote, String claim, List<SourceRef> sources) {
    }

    public record Path(int length, List<Node> nodes, List<Hop> relationships, String explanation, List<Evidence> evidence) {
    }

    public static Set<String> hopTypesExcluding(List<String> excluded) {
        var types = new LinkedHashSet<>(HOP_TYPES);
        excluded.forEach(types::remove);
        return Set.copyOf(types);
    }

    /** At most {@code limit} shortest paths of at most {@code maxHops} hops, each hop of one of {@code hopTypes}. */
    public List<Path> paths(String from, String to, int maxHops, int limit, Set<String> hopTypes) {
        if (maxHops < 1 || maxHops > MAX_HOPS || limit < 1) {
            throw new IllegalArgumentException("maxHops must be 1.." + MAX_HOPS + " and limit at least 1, not "
                    + maxHops + " and " + limit);
        }
        var unknown = hopTypes.stream().filter(t -> t == null || !HOP_TYPES.contains(t)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown hop types " + unknown + "; allowed: " + String.join(", ", HOP_TYPES));
        }
        if (hopTypes.isEmpty()) {
            return List.of();
        }
        var raw = shortest(from, to, maxHops, limit, hopTypes);
        var claimIds = new LinkedHashSet<String>();
        var articleIds = new LinkedHashSet<String>();
        var found = new ArrayList<Map.Entry<List<Node>, List<Hop>>>();
        var seen = new HashSet<List<Node>>();
        for (var r : raw) {
            var nodes = r.get("nodes").asList(ConnectionRepository::node);
            if (!seen.add(nodes)) {
                // the same entities and claims joined by another relationship (a speaker who is also a party)
                continue;
            }
            found.add(Map.entry(nodes, r.get("relationships").asList(v -> new Hop(v.get("type").asString(),
                    v.get("from").asString(), v.get("to").asString(), new HashMap<>(v.get("properties").asMap())))));
        }
        // among paths of one length, those through what the two did (parties, leaders) before those through what a
        // claim merely names or where an article names them
        found.sort(java.util.Comparator.comparing((Map.Entry<List<Node>, List<Hop>> p) -> p.getValue().size())
                .thenComparing(p -> p.getValue().stream().filter(h -> WEAK_HOPS.contains(h.type())).count()));
        var paths = found.subList(0, Math.min(limit, found.size()));
        for (var path : paths) {
            var nodes = path.getKey();
            var hops = path.getValue();
            nodes.stream().filter(n -> n.kind().startsWith("Claim:")).forEach(n -> claimIds.add(n.id()));
            nodes.stream().filter(n -> n.kind().equals("Article")).forEach(n -> articleIds.add(n.id()));
            hops.forEach(h -> {
                if (h.properties().get("sources") instanceof List<?> sources) {
                    sources.forEach(s -> articleIds.add(s.toString()));
                }
            });
        }
        if (paths.isEmpty()) {
            return List.of();
        }
        var evidence = graph.query("explore/find_evidence",
                Map.of("claimIds", List.copyOf(claimIds), "articleIds", List.copyOf(articleIds)), r -> r).get(0);
        var claims = new HashMap<String, Value>();
        evidence.get("claims").asList(v -> v).forEach(v -> claims.putIfAbsent(v.get("id").asString(), v));
        var articles = new HashMap<String, SourceRef>();
        evidence.get("articles").asList(SourceRef::of).forEach(a -> articles.put(a.id(), a));
        var facts = new HashMap<String, PathSentences.ClaimFacts>();
        claims.forEach((id, c) -> facts.put(id, new PathSentences.ClaimFacts(c.get("date").asString(null),
                c.get("modality").asString(null))));
        return paths.stream().map(p -> path(p.getKey(), p.getValue(), claims, articles, facts)).toList();
    }

    /**
     * The raw shortest paths, a few more than asked for (the same nodes joined by another relationship are shown once).
     * One hop, then two, are looked for first, from the few relationships the two have and the tallies of the claims
     * they share; only when there is neither does the breadth-first search of find_connections run, which between two
     * hubs would go through every claim they share.
     */
    private List<org.neo4j.driver.Record> shortest(String from, String to, int maxHops, int limit, Set<String> hopTypes) {
        var params = new HashMap<String, Object>(Map.of("from", from, "to", to, "limit", limit * 3, "types", List.copyOf(hopTypes)));
        var direct = graph.read(tx -> Cypher.run(tx, "explore/find_direct_connections", params).list());
        if (!direct.isEmpty() || maxHops < 2) {
            return direct;
        }
        params.put("a", from.compareTo(to) < 0 ? from : to);
        params.put("b", from.compareTo(to) < 0 ? to : from);
        var twoHops = graph.read(tx -> Cypher.run(tx, "explore/find_connections_through_claims", params).list());
        if (!twoHops.isEmpty()) {
            return twoHops;
        }
        var statement = Cypher.load("explore/find_connections");
        if (!statement.contains(LENGTH_BOUND)) {
            throw new IllegalStateException("explore/find_connections.cypher must bound its path with " + LENGTH_BOUND);
        }
        var bounded = statement.replace(LENGTH_BOUND, "*.." + maxHops + "]");
        return graph.read(tx -> Cypher.run(tx, "explore/find_connections", bounded, params).list());
    }

    private static Path path(List<Node> nodes, List<Hop> hops, Map<String, Value> claims,
                             Map<String, SourceRef> articles, Map<String, PathSentences.ClaimFacts> facts) {
        var explanation = PathSentences.explain(nodes, hops, facts);
        var evidence = new ArrayList<Evidence>();
        for (int i = 0; i < hops.size(); i++) {
            var properties = hops.get(i).properties();
            var ends = List.of(nodes.get(i), nodes.get(i + 1));
            var claim = ends.stream().filter(n -> n.kind().startsWith("Claim:") && claims.containsKey(n.id())).findFirst();
            var article = ends.stream().filter(n -> n.kind().equals("Article")).findFirst();
            if (claim.isPresent()) {
                var c = claims.get(claim.get().id());
                evidence.add(new Evidence(i, c.get("quote").asString(null), claim.get().id(),
                        List.of(SourceRef.of(c.get("source")))));
            } else if (article.isPresent()) {
                // named in an article: the article itself is the evidence; what it says about the entity is no hop detail
                properties.clear();
                evidence.add(new Evidence(i, null, null, articles.containsKey(article.get().id())
                        ? List.of(articles.get(article.get().id())) : List.of()));
            } else {
                var sources = properties.get("sources") instanceof List<?> ids
                        ? ids.stream().map(id -> articles.get(id.toString())).filter(a -> a != null).toList()
                        : List.<SourceRef>of();
                evidence.add(new Evidence(i, (String) properties.get("quote"), null, sources));
            }
            properties.keySet().removeAll(List.of("sources", "quote", "sentence"));
        }
        return new Path(hops.size(), nodes, hops, explanation, evidence);
    }

    private static Node node(Value v) {
        var label = v.get("label").asString(null);
        if (label == null || label.equals("Claim")) {
            // a Claim: show its kind and topic instead of a name
            return new Node(v.get("id").asString(), "Claim:" + v.get("kind").asString(""), v.get("topic").asString(""));
        }
        if (label.equals("Article")) {
            return new Node(v.get("id").asString(), label, v.get("title").asString(""));
        }
        return new Node(v.get("id").asString(), label, v.get("name").asString(""));
    }
}
