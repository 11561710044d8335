package org.entente.explore;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

@RestController
class AskController {

    private final Asker asker;

    AskController(Asker asker) {
        this.asker = asker;
    }

    @Operation(summary = "Answer a plain-English relationship question, with evidence", description = """
            Forms understood: How is X connected to Y? · Where do X and Y agree? · What do X and Y disagree about? · \
            Who agrees and who disagrees about X? · Which treaties involve X? · Who said what about X? · What happened \
            between X and Y [in 2009]? · Who opposes X? · Who supports X? · Who is X? Names resolve as everywhere \
            (ids, names, aliases: "the US", "the Kremlin"); X may also be an issue ("missile defense") or topic words \
            where the form allows. The answer comes with its `interpretation` (the form, the question as read with ids, \
            and `see`: the endpoint with everything) and up to 25 pieces of `evidence` (quote, date, source).""",
            responses = {
                    @ApiResponse(responseCode = "200", description = "answered"),
                    @ApiResponse(responseCode = "400", description = "no question, or over 300 characters", content = @Content),
                    @ApiResponse(responseCode = "404", description = "a name no entity answers to (with suggestions)", content = @Content),
                    @ApiResponse(responseCode = "409", description = "a name several entities answer to (with candidates)", content = @Content),
                    @ApiResponse(responseCode = "422", description = "a question of no form understood (with the forms)", content = @Content)})
    @GetMapping("/api/ask")
    Asker.Answer ask(@Parameter(description = "the question, at most 300 characters") @RequestParam String q) {
        return asker.ask(q);
    }
}
