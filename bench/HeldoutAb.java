import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Bench only (issue 11): the held-out scores of two runs of {@code entente evaluate}, side by side, totals only — the
 * rule writer's check that a frozen rule does not lower the held-out totals (seeds/heldout/CURATING.md). Reads the two
 * outputs, takes the texts both scored, prints the mean of each row over them and, by name only, the texts whose claims
 * rows changed; no text's scores, so that reading the result keeps the texts held out.
 *   java bench/HeldoutAb.java BEFORE.out AFTER.out
 */
public class HeldoutAb {

    private static final List<String> ROWS = List.of("claims", "claims (by state)", "claims (same sentence)",
            "claims (by state, same sentence)", "claims (sides)", "entities: all", "relationships");
    private static final Pattern TEXT = Pattern.compile("^== (\\S+) \\(held out\\)");
    private static final Pattern ROW = Pattern.compile("^(.+?)\\s+\\d+\\s+\\d+\\s+[\\d.]+\\s+[\\d.]+\\s+([\\d.]+)\\s*$");

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java bench/HeldoutAb.java BEFORE.out AFTER.out (two outputs of entente evaluate --heldout=DIR)");
            System.exit(2);
        }
        var before = read(Path.of(args[0]));
        var after = read(Path.of(args[1]));
        var common = new TreeSet<>(before.keySet());
        common.retainAll(after.keySet());
        if (common.isEmpty()) {
            System.err.println("no held-out text scored in both outputs");
            System.exit(1);
        }
        System.out.printf("held-out texts scored in both: %d (before only %d, after only %d)%n", common.size(),
                before.size() - common.size(), after.size() - common.size());
        System.out.printf("%-36s %8s %8s%n", "mean over them", "before", "after");
        for (var row : ROWS) {
            double a = mean(before, common, row);
            double b = mean(after, common, row);
            System.out.printf("%-36s %8.4f %8.4f%s%n", row, a, b, a == b ? "" : "  *");
        }
        var changed = new ArrayList<String>();
        for (var text : common) {
            for (var row : List.of("claims", "claims (by state)")) {
                var a = before.get(text).get(row);
                var b = after.get(text).get(row);
                if (a != null && !a.equals(b)) {
                    changed.add(text + " (" + row + (b != null && b > a ? ": up)" : ": down)"));
                }
            }
        }
        System.out.println(changed.isEmpty() ? "no text's claims changed" : "claims changed: " + String.join(", ", changed));
    }

    /** Text → row → F1, from the "held out" blocks of an evaluate output (the first of each row in a block). */
    private static Map<String, Map<String, Double>> read(Path file) throws Exception {
        var out = new LinkedHashMap<String, Map<String, Double>>();
        Map<String, Double> current = null;
        for (var line : Files.readAllLines(file)) {
            var text = TEXT.matcher(line);
            if (text.find()) {
                current = new LinkedHashMap<>();
                out.put(text.group(1), current);
                continue;
            }
            if (line.startsWith("== ")) {
                current = null; // another section (dev, seed, re3d): not held out
                continue;
            }
            var row = ROW.matcher(line);
            if (current != null && row.matches() && ROWS.contains(row.group(1).strip())) {
                current.putIfAbsent(row.group(1).strip(), Double.parseDouble(row.group(2)));
            }
        }
        return out;
    }

    private static double mean(Map<String, Map<String, Double>> scores, Iterable<String> texts, String row) {
        double sum = 0;
        int n = 0;
        for (var text : texts) {
            var v = scores.get(text).get(row);
            if (v != null) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? 0 : Math.round(sum / n * 10_000) / 10_000.0;
    }
}
