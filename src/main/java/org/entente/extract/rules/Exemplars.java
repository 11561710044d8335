package org.entente.extract.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.entente.extract.cameo.CameoCodes;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

/**
 * The back-off of issue 11 (item 8): a sentence with no cue word, no speaker and no verb that a pattern of the verb
 * dictionary matches is coded by the curated sentences nearest to it in meaning. Each exemplar (extract/exemplars.tsv,
 * written by bench/exemplars from the dev and in-sample curated texts, never held-out ones) is a sentence with the kind
 * and CAMEO code of the first curated claim quoted in it, or NONE; a sentence's {@value #K} nearest exemplars by the cosine of their
 * all-MiniLM-L6-v2 embeddings (in-process, ONNX) vote, and a claim kind wins only with more votes than NONE and any
 * other kind. A curated text read again is not coded by its own gold: the exemplars of the text a sentence comes from
 * (known by any of its sentences being an exemplar word for word) do not vote, nor does any exemplar all but identical
 * to the sentence (cosine above {@value #SAME}). {@code -Dentente.exemplars=off} turns the back-off off.
 */
public final class Exemplars {

    static final int K = 5;
    static final double SAME = 0.98;
    /** The confidence of a claim the back-off coded: below the cue table's and the parse's (0.6–0.8). */
    static final double CONFIDENCE = 0.5;
    private static final String[] LEMMAS = {"exemplar"};
    private static final String NONE = "NONE";
    private static volatile Exemplars shared;

    private record Exemplar(String kind, String cameo, String source, float[] vector) {
    }

    private record Neighbour(Exemplar exemplar, double cosine) {
    }

    private final EmbeddingModel model;
    private final List<Exemplar> exemplars;
    /** The curated text each exemplar sentence comes from, by its words (spaces made single). */
    private final Map<String, String> sources = new HashMap<>();

    private Exemplars(EmbeddingModel model, List<String[]> rows) {
        this.model = model;
        var vectors = model.embedAll(rows.stream().map(r -> TextSegment.from(r[3])).toList()).content();
        var out = new ArrayList<Exemplar>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            out.add(new Exemplar(rows.get(i)[0], rows.get(i)[1], rows.get(i)[2], unit(vectors.get(i).vector())));
            sources.put(words(rows.get(i)[3]), rows.get(i)[2]);
        }
        this.exemplars = List.copyOf(out);
    }

    /** The exemplars of the jar, embedded once per JVM; empty when {@code entente.exemplars} is "off". */
    public static Optional<Exemplars> shared() {
        if ("off".equals(System.getProperty("entente.exemplars"))) {
            return Optional.empty();
        }
        if (shared == null) {
            synchronized (Exemplars.class) {
                if (shared == null) {
                    shared = new Exemplars(new AllMiniLmL6V2EmbeddingModel(), rows());
                }
            }
        }
        return Optional.of(shared);
    }

    private static List<String[]> rows() {
        var in = Objects.requireNonNull(Exemplars.class.getResourceAsStream("/extract/exemplars.tsv"), "extract/exemplars.tsv");
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", 4)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The curated texts that {@code sentences} (a text's) come from, if any: a text read again, whose exemplars do not
     * vote on its sentences — a curated text is not coded by its own gold (leave one text out).
     */
    Set<String> sourcesOf(List<String> sentences) {
        return sentences.stream().map(s -> sources.get(words(s))).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /**
     * The kind and code the nearest exemplars (not those of {@code excluded} texts) give {@code sentence}, if a claim
     * kind wins their vote.
     */
    Optional<Cues.Cue> code(String sentence, Set<String> excluded) {
        var v = unit(model.embed(sentence).content().vector());
        var nearest = exemplars.stream().filter(e -> !excluded.contains(e.source())).map(e -> new Neighbour(e, dot(v, e.vector())))
                .filter(n -> n.cosine() < SAME).sorted(Comparator.comparingDouble(n -> -n.cosine())).limit(K).toList();
        var votes = new HashMap<String, Integer>();
        nearest.forEach(n -> votes.merge(n.exemplar().kind(), 1, Integer::sum));
        var winner = votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(e -> e.getKey().equals(NONE) ? 1 : 0)).map(Map.Entry::getKey).orElse(NONE);
        int most = votes.getOrDefault(winner, 0);
        if (winner.equals(NONE) || votes.entrySet().stream().anyMatch(e -> !e.getKey().equals(winner) && e.getValue() == most)) {
            return Optional.empty();
        }
        // the code of the nearest exemplar of that kind that has one
        var code = nearest.stream().map(Neighbour::exemplar).filter(e -> e.kind().equals(winner) && e.cameo().matches("\\d{3,4}"))
                .map(Exemplar::cameo).findFirst().orElse(null);
        return Optional.of(new Cues.Cue(LEMMAS, winner, code, code == null ? 0.0 : CameoCodes.goldstein(code)));
    }

    /** Whether the back-off coded this cue (and no cue word). */
    static boolean coded(Cues.Cue cue) {
        return cue.lemmas() == LEMMAS;
    }

    private static String words(String sentence) {
        return sentence.strip().replaceAll("\\s+", " ");
    }

    private static float[] unit(float[] v) {
        double norm = Math.sqrt(dot(v, v));
        var out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
