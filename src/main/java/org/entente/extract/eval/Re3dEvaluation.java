package org.entente.extract.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.extract.Extractor;
import org.entente.extract.Nlp;
import org.entente.extract.eval.MentionMatching.Span;
import org.entente.extract.eval.Re3dData.Doc;
import org.entente.extract.gazetteer.Slugs;

/**
 * Scores what a user gets on re3d ({@link Re3dData}): the mentions of the Facts' entities, typed by their kind, matched
 * to the gold mentions by {@link MentionMatching}, per source folder and overall; and the agreement/disagreement
 * relations through the Facts' claims ({@link Re3dRelations}). Bare CoreNLP NER ({@link Nlp#bareNer}) is the baseline
 * for mentions, a keyword rule for relations; throughput and model load time are measured for both in the same run.
 */
final class Re3dEvaluation {

    private static final String ROW = "%-32s %6d | %6d %6.3f %6.3f %6.3f | %6d %6.3f %6.3f %6.3f";

    private final Extractor extractor;
    private final int warmup;

    Re3dEvaluation(Extractor extractor, int warmup) {
        this.extractor = extractor;
        this.warmup = warmup;
    }

    List<String> run(Path root) throws IOException {
        var docs = Re3dData.load(root);
        // both pipelines are built before any run is timed; their load times are printed apart
        Nlp.pipeline();
        Nlp.bareNer("Warm-up.");
        for (int i = 0; i < warmup; i++) {
            for (var d : docs.subList(0, Math.min(5, docs.size()))) {
                Nlp.bareNer(d.text());
                extract(d);
            }
        }
        var ours = new Tally();
        var bare = new Tally();
        var relations = new Score(0, 0, 0);
        var keywordRelations = new Score(0, 0, 0);
        long oursNanos = 0;
        long bareNanos = 0;
        long tokens = 0;
        for (var d : docs) {
            long t0 = System.nanoTime();
            var baseline = Nlp.bareNer(d.text());
            long t1 = System.nanoTime();
            var facts = extract(d).facts();
            long t2 = System.nanoTime();
            bareNanos += t1 - t0;
            oursNanos += t2 - t1;
            tokens += baseline.tokens().size();
            var ourSpans = new ArrayList<Span>();
            var entities = new ArrayList<String>();
            for (var e : facts.entities()) {
                for (var m : e.mentions()) {
                    if (MentionMatching.scored(e.kind())) {
                        ourSpans.add(new Span(m.start(), m.end(), e.kind()));
                        entities.add(e.id());
                    }
                }
            }
            var bareSpans = baseline.entityMentions().stream()
                    .map(m -> new Span(m.charOffsets().first(), m.charOffsets().second(), m.entityType())).toList();
            ours.add(d.folder(), MentionMatching.score(ourSpans, d.mentions()));
            bare.add(d.folder(), MentionMatching.score(bareSpans, d.mentions()));
            relations = relations.plus(Re3dRelations.ofClaims(d, facts, ourSpans, entities, MentionMatching.match(ourSpans, d.mentions()),
                    baseline));
            keywordRelations = keywordRelations.plus(Re3dRelations.ofKeywords(d, baseline));
        }
        var lines = new ArrayList<String>();
        lines.add("== re3d (" + docs.size() + " documents, " + docs.stream().mapToInt(d -> d.mentions().size()).sum() + " gold mentions, "
                + tokens + " tokens): the mentions of the Facts; spans overlap, types compatible, one-to-one");
        lines.add(String.format("%-32s %6s | %-27s | %-27s", "", "", "Entente (Facts)", "bare CoreNLP NER"));
        lines.add(String.format("%-32s %6s | %6s %6s %6s %6s | %6s %6s %6s %6s", "", "gold", "found", "P", "R", "F1", "found", "P", "R", "F1"));
        var bareRows = bare.rows();
        ours.rows().forEach((name, s) -> lines.add(row(name, s, bareRows.get(name))));
        lines.add(row("relations: agree/disagree", relations, keywordRelations) + "  (baseline: keywords)");
        lines.add(String.format("throughput after warm-up: Entente %.0f tokens/s, bare CoreNLP NER %.0f tokens/s (Entente at %.2f× bare NER)",
                tokens / (oursNanos / 1e9), tokens / (bareNanos / 1e9), (double) bareNanos / oursNanos));
        lines.add(String.format("model load (first pipeline build): Entente %s, bare CoreNLP NER %s (built later, with models of its own)",
                seconds(Nlp.loadTime()), seconds(Nlp.bareNerLoadTime())));
        return lines;
    }

    /** Who published the documents of a folder, as a user importing them would say: their "we" is the publisher's. */
    private static final Map<String, String> PUBLISHERS = Map.of("CENTCOM", "U.S. Central Command", "US_State_Department",
            "U.S. Department of State");

    private Extractor.Extraction extract(Doc d) {
        return extractor.extract(d.id() + ".txt", d.text().getBytes(StandardCharsets.UTF_8), new Extractor.Options(Slugs.slug(d.id()), null,
                PUBLISHERS.get(d.folder()), null, null));
    }

    /** Mention scores summed per folder and per gold type. */
    private static final class Tally {

        private final Map<String, Score> folders = new LinkedHashMap<>();
        private final Map<String, Score> types = new LinkedHashMap<>();

        void add(String folder, Map<String, Score> score) {
            folders.merge(folder, score.get("all"), Score::plus);
            score.forEach((type, s) -> types.merge(type, s, Score::plus));
        }

        /** A row per folder, then overall, then overall per gold type. */
        Map<String, Score> rows() {
            var rows = new LinkedHashMap<String, Score>();
            folders.forEach((folder, s) -> rows.put("mentions: " + folder, s));
            rows.put("mentions: all", types.get("all"));
            MentionMatching.GOLD_TYPES.forEach(t -> rows.put("  of which " + t, types.get(t)));
            return rows;
        }
    }

    private static String row(String name, Score ours, Score baseline) {
        return String.format(ROW, name, ours.gold(), ours.predicted(), ours.precision(), ours.recall(), ours.f1(), baseline.predicted(),
                baseline.precision(), baseline.recall(), baseline.f1());
    }

    private static String seconds(Duration d) {
        return d == null ? "not built" : String.format("%.1f s", d.toMillis() / 1000.0);
    }
}
