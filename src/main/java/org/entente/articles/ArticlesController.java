package org.entente.articles;

import java.io.IOException;
import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Pattern;
import org.entente.ingest.ImportReport;
import org.entente.ingest.GraphWriter;
import org.entente.ingest.Importer;
import org.entente.ingest.RemovalRefusedException;
import org.entente.ingest.SourceExistsException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "articles", description = "Sources: importing and removing articles")
class ArticlesController {

    /** What an import wrote: the source and how many facts were extracted from it. */
    record Imported(String sourceId, int entities, int relationships, int claims, long millis) {
    }

    /** The JSON form of an article (its schema in the OpenAPI document). */
    record ArticleJson(String title, String url, String published, String publisher, String text, String id) {
    }

    /** What removing a source took (DELETE /api/articles/{id}). */
    record Removed(String sourceId, String title, boolean curated, int claims, int relationships, int entities,
                   int entitiesKept) {
    }

    private final EditorCredential editor;
    private final ArticleRepository articles;
    private final Importer importer;
    private final ImportQueue queue;

    private final GraphWriter writer;

    ArticlesController(EditorCredential editor, ArticleRepository articles, Importer importer, ImportQueue queue, GraphWriter writer) {
        this.editor = editor;
        this.articles = articles;
        this.importer = importer;
        this.queue = queue;
        this.writer = writer;
    }

    @Operation(summary = "Import one article", description = """
            Extracts the article's entities, relationships and claims and writes them as one source, in one transaction. \
            The body is the article (text/plain, text/html, text/markdown; details in the query string) or JSON \
            {title, url, published, publisher, text, id}. The source id is `id`, else the title's slug and the date. \
            An id already in the graph is refused (409) unless replace=true. The first import after start-up loads the \
            language models (15 to 30 s); later ones take 1 to 3 s.""",
            security = @SecurityRequirement(name = "editor"),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")),
                    @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")),
                    @Content(mediaType = MediaType.TEXT_MARKDOWN_VALUE, schema = @Schema(type = "string")),
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ArticleJson.class))}),
            responses = {
                    @ApiResponse(responseCode = "201", description = "imported; Location names the new source"),
                    @ApiResponse(responseCode = "200", description = "replaced a source of the same id (replace=true)"),
                    @ApiResponse(responseCode = "400", description = "bad article or details", content = @Content),
                    @ApiResponse(responseCode = "401", description = "no or wrong editor token", content = @Content),
                    @ApiResponse(responseCode = "403", description = "no editor token configured on the server", content = @Content),
                    @ApiResponse(responseCode = "409", description = "the source id is taken", content = @Content),
                    @ApiResponse(responseCode = "413", description = "over 5 MB", content = @Content),
                    @ApiResponse(responseCode = "422", description = "the extracted facts fail validation", content = @Content),
                    @ApiResponse(responseCode = "503", description = "too many imports at once (Retry-After says when to try again)", content = @Content)})
    @PostMapping(path = "/api/articles", consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.TEXT_HTML_VALUE,
            MediaType.TEXT_MARKDOWN_VALUE, "text/x-markdown", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<Imported> importArticle(
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @Parameter(description = "source id (a slug); default: the title's slug and the date") @RequestParam(required = false) String id,
            @RequestParam(required = false) String title, @RequestParam(required = false) String url,
            @Parameter(description = "publication date, yyyy-MM-dd") @RequestParam(required = false) String published,
            @RequestParam(required = false) String publisher,
            @Parameter(description = "replace the source of the same id") @RequestParam(defaultValue = "false") boolean replace,
            HttpServletRequest request) throws IOException {
        editor.check(authorization);
        var upload = ArticleUpload.read(MediaType.parseMediaType(request.getContentType()), request.getContentLengthLong(),
                request.getInputStream(), new ArticleUpload.Metadata(id, title, url, published, publisher));
        var existing = articles.find(upload.id());
        if (existing.isPresent() && !replace) {
            var stored = existing.get();
            throw ArticleProblem.sourceExists(stored.id(), "The graph already holds source '" + stored.id() + "' ("
                    + stored.title() + ", imported " + stored.importedAt() + "). Give another id, or add replace=true "
                    + "to replace what that source says.");
        }
        ImportReport.Imported report;
        try {
            report = queue.run(() -> importer.importArticle(upload.fileName(), upload.bytes(), upload.options(), replace));
        } catch (SourceExistsException e) {
            // another import of the same new id committed between the look above and this one's write
            throw ArticleProblem.sourceExists(e.sourceId(), "The graph already holds source '" + e.sourceId()
                    + "': another import of the same id finished first. Give another id, or add replace=true.");
        }
        var imported = new Imported(report.sourceId(), report.entities(), report.relationships(), report.claims(), report.millis());
        return existing.isPresent() ? ResponseEntity.ok(imported)
                : ResponseEntity.created(URI.create("/api/articles/" + imported.sourceId())).body(imported);
    }

    @Operation(operationId = "removeArticle", summary = "Remove a source", description = """
            Removes the source and all it said, in one transaction: its claims, structural relationships and mentions, \
            and the entities no other source names; the AGREES_WITH / DISAGREES_WITH edges and the monthly tallies of \
            its parties are rebuilt from what the other sources say. A curated source (Facts written by hand) is \
            removed only with force=true. The answer counts what went.""",
            security = @SecurityRequirement(name = "editor"),
            responses = {
                    @ApiResponse(responseCode = "200", description = "removed; the counts of what went"),
                    @ApiResponse(responseCode = "400", description = "not a source id", content = @Content),
                    @ApiResponse(responseCode = "401", description = "no or wrong editor token", content = @Content),
                    @ApiResponse(responseCode = "403", description = "no editor token configured on the server", content = @Content),
                    @ApiResponse(responseCode = "404", description = "no such source; suggestions name stored sources "
                            + "whose id or title shares a word with the id", content = @Content),
                    @ApiResponse(responseCode = "409", description = "a curated source without force=true, or a source "
                            + "whose entities other sources' claims still need (a data set); nothing removed", content = @Content)})
    @DeleteMapping("/api/articles/{id}")
    Removed removeArticle(
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @Parameter(description = "source id: lower-case letters, digits, '.', '_' and '-', at most 200")
            @PathVariable @Pattern(regexp = ArticleSourcesController.SOURCE_ID, message = "must be a source id: 1 to 200 "
                    + "lower-case letters, digits, '.', '_' and '-', starting with a letter or digit") String id,
            @Parameter(description = "remove a curated source too") @RequestParam(defaultValue = "false") boolean force) {
        editor.check(authorization);
        GraphWriter.Removed removed;
        try {
            removed = writer.remove(id, force).orElseThrow(() -> new ArticleNotFoundException(id, articles.suggestions(id)));
        } catch (RemovalRefusedException e) {
            throw e.reason() == RemovalRefusedException.Reason.CURATED
                    ? ArticleProblem.curated(id, "Source '" + id + "'" + (e.title() == null ? "" : " (" + e.title() + ")")
                            + " is curated: Facts written by hand. Add force=true to remove it all the same; nothing was removed.")
                    : ArticleProblem.needed(id, "Source '" + id + "' is the only one to name " + e.neededCount() + " entities "
                            + "that claims of other sources still have (" + String.join(", ", e.needed())
                            + (e.neededCount() > e.needed().size() ? ", …" : "") + "): remove those sources first; "
                            + "nothing was removed.", e.needed());
        }
        return new Removed(removed.sourceId(), removed.title(), removed.curated(), removed.claims(), removed.relationships(),
                removed.entities(), removed.entitiesKept());
    }
}
