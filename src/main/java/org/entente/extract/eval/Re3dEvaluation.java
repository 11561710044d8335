package org.entente.extract.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.extract.Extractor;
import org.entente.extract.Nlp;
import org.entente.extract.gazetteer.Slugs;
import org.entente.facts.Facts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores against re3d (Dstl's Relationship and Entity Extraction Evaluation Dataset): mentions of Person,
 * Organisation, Location and Nationality (gold confidence ≥ 0.5; a span matches when it covers the same words, a
 * leading "the" aside, and the types agree — a country may match a Location, Organisation or Nationality), and
 * agreement (AlliesOf, Likes) and disagreement (Dislikes, FightingAgainst) relations between the entities of two gold
 * spans. Bare CoreNLP NER on the same text is the baseline; throughput is measured for both in the same run.
 */
final class Re3dEvaluation {

    private static final Set<String> TYPES = Set.of("Person", "Organisation", "Location", "Nationality");
    private static final Map<String, Integer> RELATIONS = Map.of("AlliesOf", 1, "Likes", 1, "Dislikes", -1, "FightingAgainst", -1);

    private record Doc(String id, String text, List<Gold> mentions, List<GoldRelation> relations) {
    }

    private record Gold(int start, int end, String type) {
    }

    private record GoldRelation(int[] a, int[] b, int polarity) {
    }

    private record Predicted(int start, int end, Set<String> types) {
    }

    private final Extractor extractor;
    private final int warmup;

    Re3dEvaluation(Extractor extractor, int warmup) {
        this.extractor = extractor;
        this.warmup = warmup;
    }

    List<String> run(Path root) throws IOException {
        var docs = load(root);
        var golds = docs.stream().mapToInt(d -> d.mentions.size()).sum();
        for (int i = 0; i < warmup; i++) {
            for (var d : docs.subList(0, Math.min(5, docs.size()))) {
                Nlp.annotate(d.text, null);
                extract(d);
            }
        }
        var ours = new LinkedHashMap<String, Score>();
        var bare = new LinkedHashMap<String, Score>();
        Score relations = new Score(0, 0, 0);
        long oursNanos = 0;
        long bareNanos = 0;
        long tokens = 0;
        for (var d : docs) {
            long t0 = System.nanoTime();
            var baseline = Nlp.annotate(d.text, null);
            long t1 = System.nanoTime();
            var extraction = extract(d);
            long t2 = System.nanoTime();
            bareNanos += t1 - t0;
            oursNanos += t2 - t1;
            tokens += baseline.tokens().size();
            var bareSpans = baseline.entityMentions().stream().map(m -> new Predicted(m.charOffsets().first(), m.charOffsets().second(),
                    bareTypes(m.entityType()))).filter(p -> !p.types.isEmpty()).toList();
            var ourSpans = extraction.referenceSpans().stream().map(s -> new Predicted(s.start(), s.end(), ourTypes(s))).filter(p -> !p.types.isEmpty())
                    .toList();
            add(ours, d, ourSpans);
            add(bare, d, bareSpans);
            relations = relations.plus(relations(d, extraction));
        }
        var lines = new ArrayList<String>();
        lines.add("== re3d (" + docs.size() + " documents, " + golds + " gold mentions, " + tokens + " tokens): mentions, exact span");
        lines.add(String.format("%-28s %6s | %-20s | %-20s", "", "gold", "Entente  P     R     F1", "CoreNLP  P     R     F1"));
        ours.forEach((type, s) -> {
            var b = bare.get(type);
            lines.add(String.format("%-28s %6d | %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f", type, s.gold(), s.precision(), s.recall(), s.f1(),
                    b.precision(), b.recall(), b.f1()));
        });
        lines.add(String.format("%-28s %6d | %6.3f %6.3f %6.3f | %s", "relations: agree/disagree", relations.gold(),
                relations.precision(), relations.recall(), relations.f1(), "  (NER finds no relations)"));
        lines.add(String.format("%-28s        | %8.0f tokens/s     | %8.0f tokens/s  (ratio %.2f)", "throughput after warm-up",
                tokens / (oursNanos / 1e9), tokens / (bareNanos / 1e9), (double) bareNanos / oursNanos));
        return lines;
    }

    private Extractor.Extraction extract(Doc d) {
        return extractor.extract(d.id + ".txt", d.text.getBytes(StandardCharsets.UTF_8), new Extractor.Options(Slugs.slug(d.id), null,
                null, null, null));
    }

    /**
     * One matching over all types; a matched prediction counts for the type of its gold mention, an unmatched one for
     * the first type it could be (so a country matched as an Organisation is no false Location).
     */
    private static void add(Map<String, Score> rows, Doc d, List<Predicted> predicted) {
        var owners = Matching.owners(predicted, d.mentions, (p, g) -> p.types.contains(g.type) && sameSpan(d.text, p.start, p.end, g.start, g.end));
        var matched = new boolean[predicted.size()];
        for (int p : owners) {
            if (p >= 0) {
                matched[p] = true;
            }
        }
        Score all = new Score(0, 0, 0);
        for (var type : List.of("Person", "Organisation", "Location", "Nationality")) {
            int tp = 0;
            int fn = 0;
            for (int g = 0; g < d.mentions.size(); g++) {
                if (d.mentions.get(g).type.equals(type)) {
                    tp += owners[g] >= 0 ? 1 : 0;
                    fn += owners[g] >= 0 ? 0 : 1;
                }
            }
            int fp = 0;
            for (int p = 0; p < predicted.size(); p++) {
                fp += !matched[p] && predicted.get(p).types.iterator().next().equals(type) ? 1 : 0;
            }
            var score = new Score(tp, fp, fn);
            rows.merge("mentions: " + type, score, Score::plus);
            all = all.plus(score);
        }
        rows.merge("mentions: all", all, Score::plus);
    }

    static boolean sameSpan(String text, int ps, int pe, int gs, int ge) {
        return trimmed(text, ps, pe).equals(trimmed(text, gs, ge));
    }

    /** The span without a leading "the" and surrounding spaces, as "start-end". */
    private static String trimmed(String text, int start, int end) {
        start = Math.max(0, start);
        end = Math.min(text.length(), end);
        var s = text.substring(start, end);
        var m = java.util.regex.Pattern.compile("^(?i)(the\\s+)?\\s*").matcher(s);
        if (m.find()) {
            start += m.end();
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start + "-" + end;
    }

    private static Set<String> bareTypes(String ner) {
        return switch (ner) {
            case "PERSON" -> Set.of("Person");
            case "ORGANIZATION" -> Set.of("Organisation");
            case "COUNTRY" -> new java.util.LinkedHashSet<>(List.of("Location", "Organisation", "Nationality"));
            case "LOCATION", "CITY", "STATE_OR_PROVINCE" -> Set.of("Location");
            case "NATIONALITY" -> Set.of("Nationality");
            default -> Set.of();
        };
    }

    private static Set<String> ourTypes(Extractor.Span s) {
        if (s.entity() != null && s.entity().startsWith("country:") && !s.category().equals("NATIONALITY")) {
            return new java.util.LinkedHashSet<>(List.of("Location", "Organisation", "Nationality"));
        }
        return switch (s.category()) {
            case "PERSON" -> Set.of("Person");
            case "ORGANIZATION" -> Set.of("Organisation");
            case "LOCATION" -> Set.of("Location");
            case "NATIONALITY" -> Set.of("Nationality");
            default -> Set.of();
        };
    }

    /** Gold relation pairs found by a claim of the same polarity whose parties are mentioned on the two gold spans. */
    private static Score relations(Doc d, Extractor.Extraction extraction) {
        var byEntity = new HashMap<String, List<int[]>>();
        for (var s : extraction.spans()) {
            if (s.entity() != null) {
                byEntity.computeIfAbsent(s.entity(), k -> new ArrayList<>()).add(new int[] {s.start(), s.end()});
            }
        }
        var predicted = new ArrayList<Object[]>();
        for (Facts.Claim c : extraction.facts().claims()) {
            int polarity = CuratedComparison.polarity(c.kind());
            if (polarity == 0 || c.evidence().start() == null) {
                continue;
            }
            var ids = c.parties().stream().map(Facts.Party::id).toList();
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    predicted.add(new Object[] {ids.get(i), ids.get(j), polarity, c});
                }
            }
        }
        // the claim's own sentence must hold both gold spans: parties mentioned elsewhere in the document do not count
        int matched = Matching.count(predicted, d.relations, (p, g) -> (int) p[2] == g.polarity && within((Facts.Claim) p[3], g)
                && ((on(byEntity, (String) p[0], g.a) && on(byEntity, (String) p[1], g.b)) || (on(byEntity, (String) p[0], g.b) && on(byEntity, (String) p[1], g.a))));
        return Score.of(matched, predicted.size(), d.relations.size());
    }

    private static boolean within(Facts.Claim claim, GoldRelation g) {
        int from = Math.min(g.a[0], g.b[0]);
        int to = Math.max(g.a[1], g.b[1]);
        return claim.evidence().start() <= from && to <= claim.evidence().end();
    }

    private static boolean on(Map<String, List<int[]>> byEntity, String entity, int[] span) {
        return byEntity.getOrDefault(entity, List.of()).stream().anyMatch(m -> m[0] < span[1] && span[0] < m[1]);
    }

    private static List<Doc> load(Path root) throws IOException {
        var json = JsonMapper.builder().build();
        var docs = new ArrayList<Doc>();
        try (var folders = Files.list(root)) {
            for (var folder : folders.filter(Files::isDirectory).sorted().toList()) {
                var mentions = new HashMap<String, List<Gold>>();
                for (var line : Files.readAllLines(folder.resolve("entities.json"))) {
                    JsonNode e = json.readTree(line);
                    if (TYPES.contains(e.get("type").asString()) && e.get("confidence").asDouble() >= 0.5) {
                        mentions.computeIfAbsent(e.get("documentId").asString(), k -> new ArrayList<>())
                                .add(new Gold(e.get("begin").asInt(), e.get("end").asInt(), e.get("type").asString()));
                    }
                }
                var relations = new HashMap<String, List<GoldRelation>>();
                var seen = new java.util.HashSet<String>();
                for (var line : Files.readAllLines(folder.resolve("relations.json"))) {
                    JsonNode r = json.readTree(line);
                    var polarity = RELATIONS.get(r.get("type").asString());
                    if (polarity == null || r.get("confidence").asDouble() < 0.5) {
                        continue;
                    }
                    int[] a = {r.get("sourceBegin").asInt(), r.get("sourceEnd").asInt()};
                    int[] b = {r.get("targetBegin").asInt(), r.get("targetEnd").asInt()};
                    var doc = r.get("documentId").asString();
                    var key = doc + polarity + Math.min(a[0], b[0]) + "-" + Math.max(a[0], b[0]);
                    if (seen.add(key)) {
                        relations.computeIfAbsent(doc, k -> new ArrayList<>()).add(new GoldRelation(a, b, polarity));
                    }
                }
                for (var line : Files.readAllLines(folder.resolve("documents.json"))) {
                    JsonNode d = json.readTree(line);
                    var id = d.get("_id").asString();
                    docs.add(new Doc(id, d.get("text").asString(), mentions.getOrDefault(id, List.of()), relations.getOrDefault(id, List.of())));
                }
            }
        }
        return docs;
    }
}
