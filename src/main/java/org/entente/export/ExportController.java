package org.entente.export;

import java.io.IOException;

import org.entente.system.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * {@code GET /api/export}: the graph, or an entity's subgraph, as a file. Bounded: an export that would hold more
 * entities or more claims than {@code limit} (at most {@link #MAX}) is refused with a 422 that gives the counts, before a
 * byte is written, never cut short; the {@code export} command has no bound.
 */
@RestController
@Validated
class ExportController {

    static final int MAX = 10_000;

    private final Exporter exporter;

    ExportController(Exporter exporter) {
        this.exporter = exporter;
    }

    @Operation(summary = "The graph, or the subgraph around an entity, as GraphML, CSV (a zip) or JSON", description = """
            Entities, structural relationships and claims; every claim with its parties (side, role), topics, speaker, \
            kind, date, modality, CAMEO code and Goldstein score, and its quote and source (article id, title, url, \
            publisher). With `entity`, the subgraph within `hops` (1..3, default 1): the entities that many structural \
            relationships or shared claims away, the relationships between them and the claims that name only them. \
            `since`/`until` (yyyy[-MM[-dd]]) keep the claims of that period, undated ones left out. An export of more \
            entities or more claims than `limit` is refused with 422 and the counts; `java -jar entente.jar export` has \
            no bound. GraphML opens in Gephi and yEd; the zip holds nodes.csv, edges.csv, claims.csv and \
            claim_links.csv.""", responses = {
                    @ApiResponse(responseCode = "200", description = "the file (Content-Disposition names it)", content = {
                            @Content(mediaType = "application/graphml+xml"), @Content(mediaType = "application/zip"),
                            @Content(mediaType = "application/json")}),
                    @ApiResponse(responseCode = "422", description = "more entities or claims than limit (with the counts)",
                            content = @Content(mediaType = "application/problem+json"))})
    @GetMapping("/api/export")
    void export(
            @Parameter(description = "graphml, csv or json") @RequestParam(defaultValue = "json") String format,
            @Parameter(description = "the subgraph around this entity: id, name or alias") @RequestParam(required = false) String entity,
            @Parameter(description = "how far from entity (1..3, default 1)") @RequestParam(required = false) Integer hops,
            @Parameter(description = "claims dated on or after, yyyy[-MM[-dd]]") @RequestParam(required = false) String since,
            @Parameter(description = "claims dated on or before, yyyy[-MM[-dd]]") @RequestParam(required = false) String until,
            @Parameter(description = "refuse an export of more entities or claims than this (1..10000)")
            @RequestParam(defaultValue = "10000") @Min(1) @Max(MAX) int limit,
            HttpServletResponse response) throws IOException {
        var chosen = ExportFormat.of(format);
        var selection = exporter.select(entity, hops, since, until, limit);
        var counts = exporter.count(selection);
        if (counts.entities() > limit || counts.claims() > limit) {
            throw new ExportTooLargeException("This export would hold " + counts.entities() + " entities, "
                    + counts.relationships() + " relationships and " + counts.claims() + " claims, over the limit of "
                    + limit + " entities or claims. Narrow it (entity and hops, since and until), or use "
                    + "'java -jar entente.jar export', which has no limit.", limit, counts);
        }
        response.setContentType(chosen.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + chosen.fileName() + "\"");
        exporter.export(selection, chosen, response.getOutputStream());
    }

    @ExceptionHandler
    ProblemDetail tooLarge(ExportTooLargeException e) {
        var problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "export-too-large", "Export too large", e.getMessage());
        problem.setProperty("limit", e.limit());
        if (e.counts() != null) {
            problem.setProperty("entities", e.counts().entities());
            problem.setProperty("relationships", e.counts().relationships());
            problem.setProperty("claims", e.counts().claims());
        }
        return problem;
    }
}
