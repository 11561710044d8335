package org.entente.explore.ask;

import org.entente.system.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** GET /api/ask. The forms it understands are listed in the OpenAPI description from the registry ({@link AskDocs}). */
@RestController
class AskController {

    private final Asker asker;

    AskController(Asker asker) {
        this.asker = asker;
    }

    @Operation(summary = "Answer a plain-English relationship question, with evidence", description = AskDocs.INTRO,
            responses = {
                    @ApiResponse(responseCode = "200", description = "answered, or the closest evidence (kind: closest evidence)"),
                    @ApiResponse(responseCode = "400", description = "no question, or over 300 characters", content = @Content),
                    @ApiResponse(responseCode = "404", description = "a name no entity answers to (with suggestions)", content = @Content),
                    @ApiResponse(responseCode = "409", description = "a name several entities answer to (with candidates)", content = @Content),
                    @ApiResponse(responseCode = "422", description = "no form fits and nothing in the graph is near the question (with the forms)",
                            content = @Content)})
    @GetMapping("/api/ask")
    Answer ask(@Parameter(description = "the question, at most 300 characters") @RequestParam String q) {
        return asker.ask(q);
    }

    /** 422 with one example per form of the registry. */
    @ExceptionHandler
    ProblemDetail unreadable(UnreadableQuestionException e) {
        var problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "unreadable-question", "Question not understood", e.getMessage());
        problem.setProperty("forms", e.forms());
        return problem;
    }
}
