package org.entente.explore.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.entente.ingest.GraphWriter;
import org.entente.support.HttpTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The question table ({@code src/test/resources/ask/questions.psv}): over a hundred questions in several phrasings,
 * over the seed and a second article (the Sherman–Wang Yi readout of seeds/dev, imported as curated Facts), each with
 * the status and form it must get and the key facts its answer must (and must not) hold. Rows a form must refuse or
 * qualify are in the table too. Every row is asked; the failures are reported together, with the counts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AskTableIT extends HttpTest {

    private static final Path TABLE = Path.of("src/test/resources/ask/questions.psv");
    private static final Path SECOND = Path.of("seeds/dev/state-2021-07-26-sherman-prc-visit.yaml");
    private static final String SECOND_ID = "state-2021-07-26-sherman-prc-visit";

    @Autowired
    GraphWriter writer;

    /** One row: the question, the status and form expected, facts the answer holds, facts it must not hold. */
    record Row(String question, int status, String form, List<String> holds, List<String> lacks) {
    }

    @BeforeAll
    void importSecondArticle() {
        // another test's second "Georgia" would make the country ambiguous here
        writer.delete("test-georgia-us-state");
        importer.importPaths(List.of(SECOND));
    }

    @AfterAll
    void removeSecondArticle() {
        writer.delete(SECOND_ID);
    }

    @Test
    void shouldAnswerEveryQuestionOfTheTable() throws IOException {
        var rows = rows();
        var failures = new ArrayList<String>();
        var report = new StringBuilder();
        for (var row : rows) {
            var response = api.get("/api/ask", "q", row.question());
            var body = response.body();
            var form = body.path("interpretation").path("form").asString("");
            var answer = response.status() == 200 ? body.path("answer").asString("") + " " + body.path("interpretation").toString()
                    : body.path("detail").asString("");
            report.append(row.question()).append(" → ").append(response.status()).append(' ').append(form).append(": ")
                    .append(answer).append('\n');
            var wrong = new ArrayList<String>();
            if (response.status() != row.status()) {
                wrong.add("status " + response.status());
            }
            if (!row.form().isEmpty() && !row.form().equals(form)) {
                wrong.add("form " + form);
            }
            row.holds().stream().filter(h -> !answer.contains(h)).forEach(h -> wrong.add("lacks '" + h + "'"));
            row.lacks().stream().filter(answer::contains).forEach(l -> wrong.add("holds '" + l + "'"));
            if (!wrong.isEmpty()) {
                failures.add(row.question() + ": " + String.join(", ", wrong) + "\n    " + answer);
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/ask-table.txt"), report + "\n" + (rows.size() - failures.size()) + " of " + rows.size()
                + " rows pass\n" + String.join("\n", failures));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(100);
        assertThat(failures).as((rows.size() - failures.size()) + " of " + rows.size() + " rows pass").isEmpty();
    }

    private static List<Row> rows() throws IOException {
        var rows = new ArrayList<Row>();
        for (var line : Files.readAllLines(TABLE)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            var cells = Arrays.stream((line + " | ").split("\\|", -1)).map(String::strip).toList();
            rows.add(new Row(cells.get(0), Integer.parseInt(cells.get(1)), cells.get(2), facts(cells.get(3)),
                    facts(cells.size() > 4 ? cells.get(4) : "")));
        }
        return rows;
    }

    private static List<String> facts(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
