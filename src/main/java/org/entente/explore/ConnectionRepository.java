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
        var sentences = new ArrayList<String>();
        var evidence = new ArrayList<Evidence>();
        for (int i = 0; i < hops.size(); i++) {
            var hop = hops.get(i);
            var properties = hop.properties();
            var here = nodes.get(i);
            var next = nodes.get(i + 1);
            var claimNode = isClaim(here) ? here : isClaim(next) ? next : null;
            if (claimNode != null && claims.containsKey(claimNode.id())) {
                var c = claims.get(claimNode.id());
                evidence.add(new Evidence(i, c.get("quote").asString(null), claimNode.id(), List.of(c.get("source").asMap())));
            } else {
                var sources = properties.get("sources") instanceof List<?> ids
                        ? ids.stream().map(id -> articles.get(id.toString())).filter(a -> a != null).toList()
                        : List.<Map<String, Object>>of();
                evidence.add(new Evidence(i, (String) properties.get("quote"), null, sources));
            }
            if (isClaim(next) && i + 1 < hops.size()) {
                // entity - claim - entity reads as one sentence
                var after = hops.get(i + 1);
                sentences.add(here.name() + " " + intoClaim(hop.type(), next) + " " + claimLabel(next, claims)
                        + " " + outOfClaim(after.type()) + " " + nodes.get(i + 2).name());
            } else if (!isClaim(here)) {
                var forward = hop.from().equals(here.id());
                var subject = forward ? here : next;
                var object = forward ? next : here;
                sentences.add(subject.name() + " " + VERBS.getOrDefault(hop.type(), hop.type().toLowerCase())
                        + " " + object.name() + detail(properties));
            }
            properties.keySet().removeAll(List.of("sources", "quote", "sentence"));
        }
        return new Path(hops.size(), nodes, hops, String.join("; ", sentences), evidence);
    }

    private static String intoClaim(String type, Node claim) {
        return switch (type) {
            case "ATTRIBUTED_TO" -> "is quoted in";
            case "ABOUT" -> "is the subject of";
            default -> claim.kind().equals("Claim:STATEMENT") ? "made" : "is a party to";
        };
    }

    private static String outOfClaim(String type) {
        return switch (type) {
            case "ATTRIBUTED_TO" -> "as stated by";
            case "ABOUT" -> "about";
            default -> "involving";
        };
    }

    private static String claimLabel(Node claim, Map<String, Value> claims) {
        var c = claims.get(claim.id());
        var date = c == null ? null : c.get("date").asString(null);
        var denied = c != null && "DENIED".equals(c.get("modality").asString(null));
        return "the " + (denied ? "denied " : "") + claim.kind().substring("Claim:".length()).toLowerCase()
                + " \"" + claim.name() + "\"" + (date == null ? "" : " (" + date + ")");
    }

    private static String detail(Map<String, Object> p) {
        if (p.get("title") != null) {
            return " (" + p.get("title") + ")";
        }
        if (p.get("role") != null) {
            return " (" + p.get("role") + ")";
        }
        if (p.get("date") != null) {
            return " on " + p.get("date") + (p.get("place") != null ? " in " + p.get("place") : "");
        }
        return "";
    }

    private static boolean isClaim(Node n) {
        return n.kind().startsWith("Claim:");
    }

    private static Node node(Value v) {
        var label = v.get("label").asString(null);
        if (label == null || label.equals("Claim")) {
            // a Claim: show its kind and topic instead of a name
            return new Node(v.get("id").asString(), "Claim:" + v.get("kind").asString(""), v.get("topic").asString(""));
        }
        return new Node(v.get("id").asString(), label, v.get("name").asString(""));
    }
}
