package org.entente.extract.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.entente.extract.eval.MentionMatching.Span;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The re3d gold data (Dstl's Relationship and Entity Extraction Evaluation Dataset), one folder per source with
 * documents.json, entities.json and relations.json: the mentions of the {@link MentionMatching#GOLD_TYPES} and the
 * agreement (AlliesOf, Likes) and disagreement (Dislikes, FightingAgainst) relations, each with confidence ≥ 0.5.
 */
final class Re3dData {

    private static final Map<String, Integer> RELATIONS = Map.of("AlliesOf", 1, "Likes", 1, "Dislikes", -1, "FightingAgainst", -1);

    /** A document of a folder (its source), with its gold mentions and relations; offsets are into {@code text}. */
    record Doc(String folder, String id, String text, List<Span> mentions, List<Relation> relations) {
    }

    /** A gold relation between two spans (untyped: re3d types the entities, not the relation's ends). */
    record Relation(Span source, Span target, int polarity) {
    }

    private Re3dData() {
    }

    static List<Doc> load(Path root) throws IOException {
        var json = JsonMapper.builder().build();
        var docs = new ArrayList<Doc>();
        try (var folders = Files.list(root)) {
            for (var folder : folders.filter(Files::isDirectory).sorted().toList()) {
                var mentions = new HashMap<String, List<Span>>();
                for (var line : Files.readAllLines(folder.resolve("entities.json"))) {
                    JsonNode e = json.readTree(line);
                    var type = e.get("type").asString();
                    if (MentionMatching.GOLD_TYPES.contains(type) && e.get("confidence").asDouble() >= 0.5) {
                        mentions.computeIfAbsent(e.get("documentId").asString(), k -> new ArrayList<>())
                                .add(new Span(e.get("begin").asInt(), e.get("end").asInt(), type));
                    }
                }
                var relations = new HashMap<String, List<Relation>>();
                var seen = new HashSet<String>();
                for (var line : Files.readAllLines(folder.resolve("relations.json"))) {
                    JsonNode r = json.readTree(line);
                    var polarity = RELATIONS.get(r.get("type").asString());
                    if (polarity == null || r.get("confidence").asDouble() < 0.5) {
                        continue;
                    }
                    var a = new Span(r.get("sourceBegin").asInt(), r.get("sourceEnd").asInt(), null);
                    var b = new Span(r.get("targetBegin").asInt(), r.get("targetEnd").asInt(), null);
                    var doc = r.get("documentId").asString();
                    // AlliesOf is often marked both ways; one pair of spans is one relation
                    var key = doc + polarity + Math.min(a.start(), b.start()) + "-" + Math.max(a.start(), b.start());
                    if (seen.add(key)) {
                        relations.computeIfAbsent(doc, k -> new ArrayList<>()).add(new Relation(a, b, polarity));
                    }
                }
                for (var line : Files.readAllLines(folder.resolve("documents.json"))) {
                    JsonNode d = json.readTree(line);
                    var id = d.get("_id").asString();
                    docs.add(new Doc(folder.getFileName().toString(), id, d.get("text").asString(), mentions.getOrDefault(id, List.of()),
                            relations.getOrDefault(id, List.of())));
                }
            }
        }
        return docs;
    }
}
