import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;

import tools.jackson.databind.json.JsonMapper;

/**
 * The corpus of bench/spark: real documents as article files, one folder. Run with Jackson 3 on the class path (the
 * Spark job's jar has it): {@code java -cp spark/target/entente-spark.jar bench/SparkCorpus.java DATA SEEDS OUT}.
 *
 * <ul>
 *   <li>re3d (DATA/re3d/*&#47;documents.json): every document, US State Department, CENTCOM and Wikipedia texts;</li>
 *   <li>PETRARCH2's validation sentences (DATA/petrarch-validation/PETR.UnitTest.records.xml), two by two in the order of
 *       the file, named with the first one's date;</li>
 *   <li>Entente's own texts: SEEDS/articles, SEEDS/dev and SEEDS/heldout (*.txt).</li>
 * </ul>
 * Prints how many documents of each it wrote.
 */
public class SparkCorpus {

    public static void main(String[] args) throws Exception {
        var data = Path.of(args[0]);
        var seeds = Path.of(args[1]);
        var out = Files.createDirectories(Path.of(args[2]));
        int re3d = 0;
        var json = JsonMapper.builder().build();
        try (Stream<Path> folders = Files.list(data.resolve("re3d"))) {
            for (var documents : folders.map(f -> f.resolve("documents.json")).filter(Files::isRegularFile).sorted().toList()) {
                var source = documents.getParent().getFileName().toString().toLowerCase(Locale.ROOT).replace('_', '-');
                for (var line : Files.readAllLines(documents, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    var doc = json.readTree(line);
                    var id = doc.get("_id").asString().toLowerCase(Locale.ROOT).substring(0, 12);
                    Files.writeString(out.resolve("re3d-" + source + "-" + id + ".txt"), doc.get("text").asString());
                    re3d++;
                }
            }
        }
        var records = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(data.resolve("petrarch-validation/PETR.UnitTest.records.xml").toFile()).getElementsByTagName("Sentence");
        var sentences = new ArrayList<Element>();
        for (int i = 0; i < records.getLength(); i++) {
            sentences.add((Element) records.item(i));
        }
        int petrarch = 0;
        for (int i = 0; i < sentences.size(); i += 2) {
            var first = sentences.get(i);
            var text = new StringBuilder();
            for (var s : sentences.subList(i, Math.min(i + 2, sentences.size()))) {
                var t = s.getElementsByTagName("Text");
                if (t.getLength() > 0) {
                    text.append(t.item(0).getTextContent().strip().replaceAll("\\s+", " ")).append("\n\n");
                }
            }
            var date = first.getAttribute("date");
            var day = date.length() == 8 ? date.substring(0, 4) + "-" + date.substring(4, 6) + "-" + date.substring(6) : "";
            var id = first.getAttribute("id").toLowerCase(Locale.ROOT);
            if (!text.toString().isBlank()) {
                Files.writeString(out.resolve("petrarch-" + id + (day.isEmpty() ? "" : "-" + day) + ".txt"), text.toString());
                petrarch++;
            }
        }
        int own = 0;
        for (var folder : List.of("articles", "dev", "heldout")) {
            try (Stream<Path> files = Files.list(seeds.resolve(folder))) {
                for (var f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    Files.copy(f, out.resolve(f.getFileName()));
                    own++;
                }
            }
        }
        System.out.printf("corpus: %d documents (re3d %d, PETRARCH sentences two by two %d, Entente's seeds %d) in %s%n",
                re3d + petrarch + own, re3d, petrarch, own, out);
    }
}
