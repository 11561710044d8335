package org.entente.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The back-off's exemplars as shipped (src/main/resources/extract/exemplars.tsv, written by bench/exemplars). */
class ExemplarsTests {

    private static final Path FILE = Path.of("src/main/resources/extract/exemplars.tsv");
    private static final Set<String> KINDS = Set.of("AGREEMENT", "DISAGREEMENT", "COOPERATION", "CONFLICT", "MEETING", "NEGOTIATION",
            "STATEMENT", "NONE");

    private static List<String[]> rows() throws IOException {
        return Files.readAllLines(FILE).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", -1)).toList();
    }

    @Test
    void everyExemplarIsASentenceWithAKindAndACode() throws IOException {
        assertThat(rows()).hasSizeGreaterThan(300).allSatisfy(row -> {
            assertThat(row).hasSize(4);
            assertThat(KINDS).contains(row[0]);
            assertThat(row[1]).matches("-|\\d{3,4}");
            assertThat(row[3].split(" ")).hasSizeGreaterThanOrEqualTo(5);
        });
    }

    /** A held-out text made an exemplar would be held out no longer: every exemplar comes from dev or in-sample texts. */
    @Test
    void noExemplarComesFromAHeldOutText() throws IOException {
        assertThat(rows()).allSatisfy(row -> {
            assertThat(Path.of("seeds/heldout", row[2] + ".yaml")).doesNotExist();
            assertThat(Files.exists(Path.of("seeds/dev", row[2] + ".yaml")) || Files.exists(Path.of("seeds/curated", row[2] + ".yaml")))
                    .as(row[2]).isTrue();
        });
    }
}
