package org.entente.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.entente.facts.ClaimKind;

/**
 * The monthly tallies of each pair of parties, counted here from the claims a writer has in hand, so that a batch
 * updates one tally row per pair and month ({@code ingest/add_tallies}) instead of reading its claims back. Both
 * writers use it: when a source is re-written or removed, its old claims are deleted and then taken back (sign -1), and
 * its new claims added (1); a bulk import adds the claims it created. DENIED claims count for nothing, as for the stance edges. Each tally also links
 * to its claims, so that the claims between two entities are found from the pair's few tallies, month by month, and
 * never by reading every claim of a hub (find_relations).
 */
public final class Tallies {

    /** What a tally needs of a claim. {@code quad}: GDELT's quad class of its CAMEO code, null without one. */
    public record Claim(String id, String kind, String modality, String date, Double goldstein, Integer quad, Collection<String> parties) {
    }

    private static final List<String> KINDS = java.util.Arrays.stream(ClaimKind.values()).map(ClaimKind::name).toList();

    private Tallies() {
    }

    /**
     * The rows of {@code ingest/add_tallies}: one per unordered pair of distinct parties ({@code a} the smaller id) and
     * month ({@code yyyy-MM}; {@code yyyy} for a claim dated by its year; '' undated), counts multiplied by {@code sign}.
     * Added claims ({@code sign} 1) are listed in {@code claims}, to be linked to their tally (COUNTS); a denied claim is
     * linked and counts for nothing. Taken-back claims are deleted by the writer, and their links with them.
     */
    public static List<Map<String, Object>> rows(Collection<Claim> claims, int sign) {
        var rows = new LinkedHashMap<String, Map<String, Object>>();
        for (var c : claims) {
            // a denied claim is linked to its tallies (the answers about a pair list it) but counts for nothing
            int counted = "DENIED".equals(c.modality()) ? 0 : sign;
            var month = c.date() == null ? "" : c.date().substring(0, Math.min(7, c.date().length()));
            for (var pair : pairsOf(c)) {
                var key = pair.get(0) + " " + pair.get(1) + " " + month;
                var row = rows.computeIfAbsent(key, k -> empty(k, month));
                row.put("a", pair.get(0));
                row.put("b", pair.get(1));
                add(row, "count", counted);
                row.put("goldstein", (Double) row.get("goldstein") + counted * (c.goldstein() == null ? 0 : c.goldstein()));
                if (KINDS.contains(c.kind())) {
                    add(row, c.kind().toLowerCase(java.util.Locale.ROOT), counted);
                }
                if (c.quad() != null && c.quad() >= 1 && c.quad() <= 4) {
                    add(row, "q" + c.quad(), counted);
                }
                if (sign > 0) {
                    claimsOf(row).add(c.id());
                }
            }
        }
        return List.copyOf(rows.values());
    }

    /** The unordered pairs of distinct parties of these claims, once each: {@code {a, b}} with {@code a} the smaller id. */
    public static List<Map<String, Object>> pairs(Collection<Claim> claims) {
        var pairs = new LinkedHashMap<String, Map<String, Object>>();
        for (var c : claims) {
            for (var pair : pairsOf(c)) {
                pairs.putIfAbsent(pair.get(0) + " " + pair.get(1), Map.of("a", pair.get(0), "b", pair.get(1)));
            }
        }
        return List.copyOf(pairs.values());
    }

    /** A claim's unordered pairs of distinct parties, the smaller id first. */
    private static List<List<String>> pairsOf(Claim c) {
        var ids = new ArrayList<>(new TreeSet<>(c.parties()));
        var pairs = new ArrayList<List<String>>();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                pairs.add(List.of(ids.get(i), ids.get(j)));
            }
        }
        return pairs;
    }

    @SuppressWarnings("unchecked")
    private static List<String> claimsOf(Map<String, Object> row) {
        return (List<String>) row.get("claims");
    }

    private static Map<String, Object> empty(String key, String month) {
        var row = new LinkedHashMap<String, Object>();
        row.put("key", key);
        row.put("month", month);
        row.put("claims", new ArrayList<String>());
        row.put("count", 0L);
        row.put("goldstein", 0.0);
        KINDS.forEach(k -> row.put(k.toLowerCase(java.util.Locale.ROOT), 0L));
        for (int q = 1; q <= 4; q++) {
            row.put("q" + q, 0L);
        }
        return row;
    }

    private static void add(Map<String, Object> row, String field, int sign) {
        row.put(field, (Long) row.get(field) + sign);
    }
}
