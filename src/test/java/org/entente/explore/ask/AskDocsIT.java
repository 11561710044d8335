package org.entente.explore.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.entente.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The forms are written once, in the registry: docs/ask.md, the OpenAPI description and the 422 answer agree with it. */
class AskDocsIT extends HttpTest {

    private static final Path DOC = Path.of("docs/ask.md");
    private static final String BEGIN = "<!-- forms: generated from the registry (AskDocs.table); AskDocsIT checks it -->\n";
    private static final String END = "<!-- end of forms -->";

    @Autowired
    Asker asker;

    @Test
    void shouldDocumentEveryFormOfTheRegistryInAskMd() throws IOException {
        var doc = Files.readString(DOC);
        var expected = AskDocs.table(asker.forms());
        var start = doc.indexOf(BEGIN);
        var end = doc.indexOf(END);
        var written = start < 0 || end < start ? "" : doc.substring(start + BEGIN.length(), end);
        if (!written.equals(expected)) {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/ask-forms.md"), BEGIN + expected + END + "\n");
        }
        assertThat(written).as("docs/ask.md's table of forms differs from the registry; the table it should hold is in "
                + "target/ask-forms.md").isEqualTo(expected);
    }

    @Test
    void shouldListEveryFormInTheOpenApiDescriptionAndThe422Answer() {
        var description = api.get("/v3/api-docs").body().path("paths").path("/api/ask").path("get").path("description").asString();
        var refused = api.get("/api/ask", "q", "Bake me a cake").body().get("forms").toString();
        for (var form : asker.forms()) {
            assertThat(description).contains(form.name()).contains(form.example());
            assertThat(refused).contains(form.example());
        }
    }
}
