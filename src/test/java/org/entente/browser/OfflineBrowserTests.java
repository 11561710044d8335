package org.entente.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The edits that keep Neo4j Browser from asking other hosts fit the Browser the pom names: each matches exactly once in
 * its file, and the edited files ask for no web font, no Segment or Canny script and no Sentry report. A newer Browser
 * that no longer fits fails here, before BrowserIT's walk would find what it asks for.
 */
class OfflineBrowserTests {

    @Test
    void shouldFindEveryEditOnceInTheBrowsersFilesAndLeaveNoneOfWhatTheyLoad() throws IOException {
        var offline = new OfflineBrowser();
        for (var edit : OfflineBrowser.EDITS) {
            var file = browserFile(edit.file());
            var text = file.getContentAsString(StandardCharsets.UTF_8);
            assertThat(edit.pattern().matcher(text).results().count()).as(edit.why() + " in " + file.getFilename()).isOne();
            var edited = offline.edit(file.getFilename(), text);
            assertThat(edit.pattern().matcher(edited).find()).as(edit.why() + " edited out").isFalse();
            assertThat(edited.length()).isLessThan(text.length());
        }
        var styles = offline.edit(browserFile("ui-libs-").getFilename(), browserFile("ui-libs-").getContentAsString(StandardCharsets.UTF_8));
        // booleans: a failure message with the file in it would be megabytes long
        assertThat(styles.contains("fonts.googleapis.com")).as("Google's fonts asked for").isFalse();
        assertThat(styles.contains("'Nunito Sans', sans-serif")).as("the text font falls back to the system's").isTrue();
        var app = offline.edit(browserFile("app-").getFilename(), browserFile("app-").getContentAsString(StandardCharsets.UTF_8));
        assertThat(app.contains("loadExternalScripts:!1,")).as("external scripts off").isTrue();
        assertThat(app.contains("ingest.sentry.io")).as("Sentry's address").isFalse();
    }

    @Test
    void shouldLeaveOtherFilesAndAFileThatNoLongerFitsAsTheyAre() {
        var offline = new OfflineBrowser();
        assertThat(offline.edit("vendor-1.bundle.js", "@import url(https://fonts.googleapis.com/css2?x);")).as("not a file of an edit")
                .isEqualTo("@import url(https://fonts.googleapis.com/css2?x);");
        assertThat(offline.edit("app-2.js", "no switch here")).isEqualTo("no switch here");
        var twice = "@import url(https://fonts.googleapis.com/a);@import url(https://fonts.googleapis.com/b);";
        assertThat(offline.edit("ui-libs-2.bundle.js", twice)).as("two places: which one is meant is not known").isEqualTo(twice);
    }

    private static Resource browserFile(String prefix) throws IOException {
        var files = new PathMatchingResourcePatternResolver().getResources("classpath:browser/" + prefix + "*.js");
        assertThat(files).as("the Browser's " + prefix + "*.js").hasSize(1);
        return Arrays.stream(files).findFirst().orElseThrow();
    }
}
