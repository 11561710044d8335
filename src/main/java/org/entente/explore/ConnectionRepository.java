package org.entente.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.entente.system.Graph;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** Shortest paths between two entities, each hop explained in words and backed by a quote and its source. */
@Repository
class ConnectionRepository {

    private static final Map<String, String> VERBS = Map.ofEntries(
            Map.entry("LEADS", "leads"), Map.entry("MEMBER_OF", "is a member of"), Map.entry("WORKS_FOR", "works for"),
            Map.entry("SPEAKS_FOR", "speaks for"), Map.entry("PART_OF", "is part of"), Map.entry("PARTY_TO", "is party to"),
            Map.entry("SUCCEEDS", "succeeds"), Map.entry("MET", "met"), Map.entry("PARTY", "is a party to"),
            Map.entry("ABOUT", "is about"), Map.entry("ATTRIBUTED_TO", "was stated by"));

    private final Graph graph;

    ConnectionRepository(Graph graph) {
        this.graph = graph;
    }

    record Node(String id, String kind, String name) {
    }

    record Hop(String type, String from, String to, Map<String, Object> properties) {
    }

    record Evidence(int hop, String quote, String claim, List<Map<String, Object>> sources) {
    }

    record Path(int length, List<Node> nodes, List<Hop> relationships, String explanation, List<Evidence> evidence) {
    }

    List<Path> paths(String from, String to, int maxHops, int limit) {
        var raw = graph.query("explore/find_connections",
                Map.of("from", from, "to", to, "maxHops", maxHops, "limit", limit * 3), r -> r);
        var claimIds = new LinkedHashSet<String>();
        var articleIds = new LinkedHashSet<String>();
        var paths = new ArrayList<Map.Entry<List<Node>, List<Hop>>>();
        var seen = new java.util.HashSet<List<Node>>();
        for (var r : raw) {
            var nodes = r.get("nodes").asList(ConnectionRepository::node);
            if (!seen.add(nodes)) {
                // the same entities and claims joined by another relationship (a speaker who is also a party)
                continue;
            }
            var hops = r.get("relationships").asList(v -> new Hop(v.get("type").asString(), v.get("from").asString(),
                    v.get("to").asString(), new HashMap<>(v.get("properties").asMap())));
            nodes.stream().filter(n -> n.kind().startsWith("Claim")).forEach(n -> claimIds.add(n.id()));
            hops.forEach(h -> {
                if (h.properties().get("sources") instanceof List<?> sources) {
                    sources.forEach(s -> articleIds.add(s.toString()));
                }
            });
            paths.add(Map.entry(nodes, hops));
            if (paths.size() == limit) {
                break;
            }
        }
        if (paths.isEmpty()) {
            return List.of();
        }
        var evidence = graph.query("explore/find_evidence",
                Map.of("claimIds", List.copyOf(claimIds), "articleIds", List.copyOf(articleIds)), r -> r).get(0);
        var claims = new HashMap<String, Value>();
        evidence.get("claims").asList(v -> v).forEach(v -> claims.putIfAbsent(v.get("id").asString(), v));
        var articles = new HashMap<String, Map<String, Object>>();
        evidence.get("articles").asList(Value::asMap).forEach(a -> articles.put((String) a.get("id"), a));
        return paths.stream().map(p -> explain(p.getKey(), p.getValue(), claims, articles)).toList();
    }

    private static Path explain(List<Node> nodes, List<Hop> hops, Map<String, Value> claims,
                                Map<String, Map<String, Object>> articles) {
        var byId = new HashMap<String, Node>();
        nodes.forEach(n -> byId.put(n.id(), n));
        var sentences = new ArrayList<String>();
        var evidence = new ArrayList<Evidence>();
        for (int i = 0; i < hops.size(); i++) {
            var hop = hops.get(i);
            var properties = hop.properties();
            var claimNode = byId.get(hop.from()).kind().startsWith("Claim") ? byId.get(hop.from())
                    : byId.get(hop.to()).kind().startsWith("Claim") ? byId.get(hop.to()) : null;
            var detail = properties.get("title") != null ? " (" + properties.get("title") + ")"
                    : properties.get("role") != null ? " (" + properties.get("role") + ")"
                    : properties.get("date") != null ? " on " + properties.get("date")
                    + (properties.get("place") != null ? " in " + properties.get("place") : "") : "";
            sentences.add(label(byId.get(hop.from())) + " " + VERBS.getOrDefault(hop.type(), hop.type().toLowerCase())
                    + " " + label(byId.get(hop.to())) + detail);
            if (claimNode != null && claims.containsKey(claimNode.id())) {
                var c = claims.get(claimNode.id());
                evidence.add(new Evidence(i, c.get("quote").asString(null), claimNode.id(), List.of(c.get("source").asMap())));
            } else {
                var sources = properties.get("sources") instanceof List<?> ids
                        ? ids.stream().map(id -> articles.get(id.toString())).filter(a -> a != null).toList()
                        : List.<Map<String, Object>>of();
                evidence.add(new Evidence(i, (String) properties.get("quote"), null, sources));
            }
            properties.keySet().removeAll(List.of("sources", "quote", "sentence"));
        }
        return new Path(hops.size(), nodes, hops, String.join("; ", sentences), evidence);
    }

    private static Node node(Value v) {
        var label = v.get("label").asString(null);
        if (label == null || label.equals("Claim")) {
            // a Claim: show its kind and topic instead of a name
            return new Node(v.get("id").asString(), "Claim:" + v.get("kind").asString(""), v.get("topic").asString(""));
        }
        return new Node(v.get("id").asString(), label, v.get("name").asString(""));
    }

    private static String label(Node n) {
        return n.kind().startsWith("Claim:") ? "the " + n.kind().substring(6).toLowerCase() + " \"" + n.name() + "\""
                : n.name();
    }
}
