package org.entente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.entente.extract.gazetteer.Gazetteer;
import org.entente.facts.Facts;
import org.entente.facts.FactsDocument;
import org.entente.facts.FactsReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extractor on a gazetteer with an actor dictionary of the user's: states the shipped gazetteer does not know. */
class ExtractorActorsTests {

    @Test
    void shouldFindTheStatesOfAUsersDictionary(@TempDir Path folder) throws Exception {
        var dictionary = Files.writeString(folder.resolve("middle-earth.actors"), """
                GONDOR [GON]
                +MINAS_TIRITH
                ARNOR_ [ARN]
                """);
        var extractor = new Extractor(Gazetteer.withActors(List.of(dictionary)));
        var text = "Gondor and Arnor signed a treaty.";

        var extraction = extractor.extract("treaty-1995-01-01.txt", text.getBytes(StandardCharsets.UTF_8), Extractor.Options.none());
        var facts = extraction.facts();

        var gondor = facts.entities().stream().filter(e -> e.id().equals("country:gon")).findFirst().orElseThrow();
        assertThat(gondor.kind()).isEqualTo("Country");
        assertThat(gondor.properties()).containsEntry("cameo", "GON");
        assertThat(gondor.mentions()).extracting(Facts.Mention::text).containsExactly("Gondor");
        assertThat(facts.entities()).extracting(Facts.Entity::id).contains("country:arn");
        // what the extractor writes with a dictionary passes the Facts validator, as an import reads it back
        var json = FactsDocument.json(facts).getBytes(StandardCharsets.UTF_8);
        var read = new FactsReader().read("treaty (extracted)", json, true, null, extraction.article().body());
        assertThat(read.entities()).anyMatch(e -> e.id().equals("country:gon") && "GON".equals(e.properties().get("cameo")));
    }
}
