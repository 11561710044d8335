package org.entente.articles;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The read side of the sources: which articles the graph holds, and what was extracted from each. */
@RestController
@Validated
@Tag(name = "articles")
class ArticleSourcesController {

    /** A source id as the writer accepts it (ArticleUpload.id); anything else cannot be stored, so is refused unread. */
    static final String SOURCE_ID = "[a-z0-9][a-z0-9._-]{0,199}";

    private final ArticleRepository articles;

    ArticleSourcesController(ArticleRepository articles) {
        this.articles = articles;
    }

    @Operation(operationId = "listArticles", summary = "List the sources", description = """
            Every stored source (article) with its properties and how much was extracted from it: entities it names, \
            structural relationships and claims it states, claims by kind. Newest published first (undated last), \
            then by id; `total` counts all sources, so a list shorter than `total` was cut at `limit`.""",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the sources"),
                    @ApiResponse(responseCode = "400", description = "limit out of range", content = @Content)})
    @GetMapping("/api/articles")
    ArticleRepository.Sources list(
            @Parameter(description = "how many sources to list (1 to 1000)")
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return articles.list(limit);
    }

    @Operation(operationId = "getArticle", summary = "One source and what was extracted from it", description = """
            The source's properties and counts, the entities it names (with what this source said of each: the name \
            and aliases it gave, its attributes), the structural relationships it states and its claims, oldest \
            first, each with its quote. Each list holds at most `limit` rows; `counts` counts them all.""",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the source and its facts"),
                    @ApiResponse(responseCode = "400", description = "not a source id, or limit out of range", content = @Content),
                    @ApiResponse(responseCode = "404", description = "no such source; suggestions name stored sources "
                            + "whose id or title shares a word with the id", content = @Content)})
    @GetMapping("/api/articles/{id}")
    ArticleContents contents(
            @Parameter(description = "source id: lower-case letters, digits, '.', '_' and '-', at most 200")
            @PathVariable @Pattern(regexp = SOURCE_ID, message = "must be a source id: 1 to 200 lower-case letters, "
                    + "digits, '.', '_' and '-', starting with a letter or digit") String id,
            @Parameter(description = "at most this many entities, relationships and claims each (1 to 5000)")
            @RequestParam(defaultValue = "500") @Min(1) @Max(5000) int limit) {
        return articles.contents(id, limit)
                .orElseThrow(() -> new ArticleNotFoundException(id, articles.suggestions(id)));
    }
}
