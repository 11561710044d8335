package org.entente.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.entente.extract.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTests {

    /**
     * A curated file dated to the month ("2015-07": the curator of the seventy-sixth held-out pair found no day) is
     * evaluated with no day given to the extractor; it stopped the whole evaluation ("the publication date '2015-07' is
     * not a day"). A text the extractor refuses is reported by name, and the files after it are still evaluated.
     */
    @Test
    void shouldEvaluateAFileDatedToTheMonthAndGoOnAfterAFileItCannotRead(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("a-month.txt"), "The United States welcomes the agreement between Serbia and Kosovo.");
        Files.writeString(folder.resolve("a-month.yaml"), """
                source:
                  id: a-month
                  title: On the agreement
                  publisher: U.S. Mission to the OSCE
                  published: "2015-07"
                  text: a-month.txt
                entities:
                  - {id: country:usa, kind: Country, name: United States}
                claims: []
                """);
        Files.writeString(folder.resolve("b-empty.txt"), "");
        Files.writeString(folder.resolve("b-empty.yaml"), """
                source:
                  id: b-empty
                  title: Nothing
                  published: "2015-07-01"
                  text: b-empty.txt
                entities: []
                claims: []
                """);
        Files.writeString(folder.resolve("c-day.txt"), "France condemned the attack.");
        Files.writeString(folder.resolve("c-day.yaml"), """
                source:
                  id: c-day
                  title: On the attack
                  published: "2015-07-02"
                  text: c-day.txt
                entities:
                  - {id: country:fra, kind: Country, name: France}
                claims: []
                """);
        var lines = EvaluateCommand.compare(new Extractor(), folder, "held out");
        assertThat(lines).contains("== a-month.yaml (held out): extracted vs curated", "== c-day.yaml (held out): extracted vs curated");
    }
}
