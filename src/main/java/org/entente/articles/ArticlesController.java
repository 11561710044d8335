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
import org.entente.ingest.ImportReport;
import org.entente.ingest.Importer;
import org.entente.ingest.SourceExistsException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "articles", description = "Sources: importing articles")
class ArticlesController {

    /** What an import wrote: the source and how many facts were extracted from it. */
    record Imported(String sourceId, int entities, int relationships, int claims, long millis) {
    }

    /** The JSON form of an article (its schema in the OpenAPI document). */
    record ArticleJson(String title, String url, String published, String publisher, String text, String id) {
    }

    private final EditorCredential editor;
    private final ArticleRepository articles;
    private final Importer importer;
    private final ImportQueue queue;

    ArticlesController(EditorCredential editor, ArticleRepository articles, Importer importer, ImportQueue queue) {
        this.editor = editor;
        this.articles = articles;
        this.importer = importer;
        this.queue = queue;
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
}
