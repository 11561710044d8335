package org.entente.extract.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.entente.facts.Facts;

/**
 * Rule 1 of the scores "by name" and "by state" (agreement study, {@code seeds/heldout/agreement/README.md}): a
 * predicted entity stands for a gold entity when their ids are equal, or when both are of the same kind and the
 * predicted entity's name or aliases share a normalized name with the gold entity's name or aliases
 * ({@link #key}: case, diacritics, punctuation and a leading "the" do not count). Two curators who both name a man
 * "Sa’id Ahmad Muhammad al-Jamal" but write {@code person:said-al-jamal} and
 * {@code person:said-ahmad-muhammad-al-jamal} then mean the same person.
 *
 * <p>Several predicted entities may stand for one gold entity (an id split in two is still the same person in the
 * claims). A predicted entity whose names reach several gold entities takes the one whose main name is its own main
 * name, else one whose main name is among its names (or the reverse), else none: an ambiguous alias decides nothing.
 */
final class EntityAlignment {

    private static final Pattern DROPPED = Pattern.compile("[\\p{M}'’‘`´ʼʻ\"“”.]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Map<String, String> toGold = new HashMap<>();

    private EntityAlignment() {
    }

    static EntityAlignment of(Facts predicted, Facts gold) {
        var alignment = new EntityAlignment();
        var goldIds = new HashSet<String>();
        gold.entities().forEach(g -> goldIds.add(g.id()));
        for (var p : predicted.entities()) {
            if (goldIds.contains(p.id())) {
                continue;
            }
            String best = null;
            int bestRank = Integer.MAX_VALUE;
            boolean tied = false;
            for (var g : gold.entities()) {
                int rank = rank(p, g);
                if (rank < bestRank) {
                    best = g.id();
                    bestRank = rank;
                    tied = false;
                } else if (rank == bestRank && rank != Integer.MAX_VALUE && !g.id().equals(best)) {
                    tied = true;
                }
            }
            if (best != null && !tied) {
                alignment.toGold.put(p.id(), best);
            }
        }
        return alignment;
    }

    /** The gold id a predicted id stands for: itself when the gold has that id or no gold entity shares its name. */
    String gold(String predictedId) {
        return predictedId == null ? null : toGold.getOrDefault(predictedId, predictedId);
    }

    /** Whether a predicted entity is the gold entity: the same kind, and the same id or a shared name (see above). */
    boolean same(Facts.Entity p, Facts.Entity g) {
        return p.kind().equals(g.kind()) && gold(p.id()).equals(g.id());
    }

    /**
     * How well two entities' names agree: 0 the same main name, 1 the main name of one among the names of the other,
     * 2 a shared alias; {@link Integer#MAX_VALUE} when the kinds differ or no name is shared.
     */
    private static int rank(Facts.Entity p, Facts.Entity g) {
        if (!p.kind().equals(g.kind())) {
            return Integer.MAX_VALUE;
        }
        var pNames = names(p);
        var gNames = names(g);
        if (pNames.stream().noneMatch(gNames::contains)) {
            return Integer.MAX_VALUE;
        }
        var pName = key(p.name());
        var gName = key(g.name());
        if (!pName.isEmpty() && pName.equals(gName)) {
            return 0;
        }
        return gNames.contains(pName) || pNames.contains(gName) ? 1 : 2;
    }

    /** The normalized name and aliases of an entity, empty ones left out. */
    static Set<String> names(Facts.Entity entity) {
        var all = new ArrayList<String>();
        all.add(entity.name());
        if (entity.aliases() != null) {
            all.addAll(entity.aliases());
        }
        var keys = new LinkedHashSet<String>();
        for (var name : all) {
            var key = key(name);
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return keys;
    }

    /**
     * A name as compared: decomposed and stripped of diacritics, lower case, apostrophes, quotes and full stops dropped
     * ("Sa’id" is "said", "U.S." is "us"), every other run of punctuation or space one space ("al-Jamal" is "al jamal"),
     * and a leading "the" left off ("the Houthis" is "houthis").
     */
    static String key(String name) {
        if (name == null) {
            return "";
        }
        var s = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        s = DROPPED.matcher(s).replaceAll("");
        s = SEPARATORS.matcher(s).replaceAll(" ").strip();
        return s.startsWith("the ") ? s.substring(4) : s.equals("the") ? "" : s;
    }
}
