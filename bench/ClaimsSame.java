import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Bench only (issue 11): whether two jars extract the same claims, text by text, without showing any of them — the
 * check that a rule changes no claim (seeds/heldout/CURATING.md, "A rule that changes no claim"). Reads two outputs of
 * {@code entente extract --format jsonl} over the same files, pairs the lines by the source id and compares each
 * document's {@code claims} array, and its {@code entities} and {@code relationships}, as text; prints the counts and the
 * names of the texts whose claims differ, never their content, so that running it keeps held-out texts held out.
 *   java bench/ClaimsSame.java BEFORE.jsonl AFTER.jsonl
 */
public class ClaimsSame {

    private static final List<String> PARTS = List.of("claims", "entities", "relationships");

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java bench/ClaimsSame.java BEFORE.jsonl AFTER.jsonl (two outputs of entente extract --format jsonl)");
            System.exit(2);
        }
        var before = read(Path.of(args[0]));
        var after = read(Path.of(args[1]));
        var common = new TreeSet<>(before.keySet());
        common.retainAll(after.keySet());
        if (common.isEmpty()) {
            System.err.println("no text extracted in both outputs");
            System.exit(1);
        }
        System.out.printf("texts extracted in both: %d (before only %d, after only %d)%n", common.size(),
                before.size() - common.size(), after.size() - common.size());
        var claimsDiffer = new ArrayList<String>();
        for (var part : PARTS) {
            int same = 0;
            for (var id : common) {
                if (before.get(id).get(part).equals(after.get(id).get(part))) {
                    same++;
                } else if (part.equals("claims")) {
                    claimsDiffer.add(id);
                }
            }
            System.out.printf("%-14s identical in %d of %d texts%n", part, same, common.size());
        }
        System.out.println(claimsDiffer.isEmpty() ? "no text's claims differ"
                : "claims differ: " + String.join(", ", claimsDiffer));
        System.exit(claimsDiffer.isEmpty() ? 0 : 1);
    }

    /** Source id → part → the part's JSON text, for each line of a JSON Lines file. */
    private static Map<String, Map<String, String>> read(Path file) throws Exception {
        var out = new LinkedHashMap<String, Map<String, String>>();
        int n = 0;
        for (var line : Files.readAllLines(file)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            var parts = new LinkedHashMap<String, String>();
            for (var part : PARTS) {
                parts.put(part, value(line, part, file, n));
            }
            var source = value(line, "source", file, n);
            out.put(value(source, "id", file, n), parts);
        }
        return out;
    }

    /** The JSON text of the first top-level member {@code key} of the object on {@code json} (a string's quotes included). */
    private static String value(String json, String key, Path file, int line) {
        int depth = 0;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"') {
                if (depth == 1 && json.startsWith("\"" + key + "\":", i)) {
                    int start = i + key.length() + 3;
                    return json.substring(start, end(json, start));
                }
                i = afterString(json, i) - 1;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        throw new IllegalArgumentException(file + ":" + line + ": no member \"" + key + "\"");
    }

    /** Where the JSON value that starts at {@code start} ends. */
    private static int end(String json, int start) {
        int depth = 0;
        for (int i = start; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"') {
                i = afterString(json, i) - 1;
                if (depth == 0) {
                    return i + 1;
                }
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            } else if (depth == 0 && c == ',') {
                return i;
            }
        }
        return json.length();
    }

    /** Where the JSON string that opens at {@code quote} ends: just past its closing quote. */
    private static int afterString(String json, int quote) {
        for (int i = quote + 1; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i + 1;
            }
        }
        return json.length();
    }
}
