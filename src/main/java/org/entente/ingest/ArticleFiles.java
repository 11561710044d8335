package org.entente.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.entente.extract.ArticleException;
import org.entente.extract.Extractor;
import org.entente.system.Graph;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Articles (text, HTML, Markdown): extracted to Facts, validated like a Facts file, written as one source. An article
 * whose source id was written from a Facts file in the same import is left out: the curated Facts cover it.
 */
@Component
@Order(4)
final class ArticleFiles extends FilesByExtension {

    private final ArticleExtraction extraction;
    private final Graph graph;

    ArticleFiles(ArticleExtraction extraction, Graph graph) {
        super("article", List.of(".txt", ".html", ".htm", ".md", ".markdown"));
        this.extraction = extraction;
        this.graph = graph;
    }

    @Override
    public void importFile(Path file, ImportRun run) {
        var id = Extractor.sourceId(file.toString());
        var covered = run.sourceFrom(id);
        if (covered != null) {
            run.report().skipped(file.toString(), "source " + id + " comes from " + covered + " in this import");
            return;
        }
        run.write(file, () -> {
            var facts = extraction.extract(file.toString(), Extractor.read(file), Extractor.Options.none());
            refuseToReplaceAnother(facts.source().id(), file.toString());
            return facts;
        });
    }

    /**
     * An article file named like a stored source of another origin (curated Facts, another file) would replace it
     * silently: that takes an explicit act (rename the file, or write Facts), not an accident of file names.
     */
    private void refuseToReplaceAnother(String id, String path) {
        var stored = graph.query("ingest/find_source", Map.of("id", id), r -> r.get("path").asString(null));
        if (!stored.isEmpty() && !path.equals(stored.get(0))) {
            throw new ArticleException(path + ": source '" + id + "' is already stored from "
                    + (stored.get(0) == null ? "Facts written by hand" : stored.get(0)) + "; rename the article file to import it beside it");
        }
    }
}
