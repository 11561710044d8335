import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

/**
 * Writes the exemplars of the claim back-off (src/main/resources/extract/exemplars.tsv) from curated Facts files:
 * every sentence of each text, labelled with the kind and CAMEO code of the first curated claim quoted in it, or NONE.
 * Only dev and in-sample files (seeds/dev, seeds/curated): a held-out text made an exemplar is held out no longer.
 *
 *   bench/exemplars seeds/dev seeds/curated > src/main/resources/extract/exemplars.tsv
 */
public class ExemplarsFile {

    public static void main(String[] args) throws Exception {
        var files = new ArrayList<Path>();
        for (var dir : args) {
            if (dir.contains("heldout")) {
                throw new IllegalArgumentException(dir + ": held-out texts are never exemplars");
            }
            try (var listing = Files.list(Path.of(dir))) {
                listing.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
            }
        }
        System.out.println("# Exemplars of the claim back-off (Exemplars.java): kind, CAMEO code (- for NONE), source file, sentence.");
        System.out.println("# Written by bench/exemplars from " + String.join(", ", args) + " (dev and in-sample texts only); do not edit by hand.");
        for (var file : files) {
            Map<String, Object> facts = new Yaml().load(Files.readString(file));
            @SuppressWarnings("unchecked")
            var source = (Map<String, Object>) facts.get("source");
            var text = Files.readString(file.resolveSibling((String) source.get("text")));
            @SuppressWarnings("unchecked")
            var claims = (List<Map<String, Object>>) facts.getOrDefault("claims", List.of());
            var lines = text.split("\n");
            // the title and the byline are no sentences of the body
            for (int l = 2; l < lines.length; l++) {
                for (var raw : lines[l].split("(?<=[.!?][\"”’]?)\\s+(?=[A-Z“\"(])")) {
                    var sentence = raw.strip().replaceAll("\\s+", " ");
                    if (sentence.split(" ").length < 5) {
                        continue;
                    }
                    String kind = "NONE";
                    String code = "-";
                    for (var claim : claims) {
                        var quote = String.valueOf(claim.get("quote")).strip().replaceAll("\\s+", " ");
                        if (sentence.contains(quote.length() > 60 ? quote.substring(0, 60) : quote)) {
                            kind = (String) claim.get("kind");
                            code = claim.get("cameo") == null ? "-" : String.valueOf(claim.get("cameo"));
                            break;
                        }
                    }
                    System.out.println(kind + "\t" + code + "\t" + file.getFileName().toString().replace(".yaml", "") + "\t" + sentence);
                }
            }
        }
    }
}
