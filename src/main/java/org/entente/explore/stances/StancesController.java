package org.entente.explore.stances;

import org.entente.explore.ClaimView;
import org.entente.explore.query.StancesRepository;
import org.entente.explore.query.Subjects;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@Validated
class StancesController {

    private final Subjects subjects;
    private final StancesRepository repository;

    StancesController(Subjects subjects, StancesRepository repository) {
        this.subjects = subjects;
        this.repository = repository;
    }

    @Operation(summary = "Who agrees and who disagrees about an issue", description = """
            `about` is an entity (id, name or alias: "Georgia", "START"), an issue of the issue list ("missile defense", \
            "arms control"), or words of a topic ("Georgia joining NATO"), tried in that order. Parties that stood on one \
            side of a disagreement form a side; each side lists the sides it faced and its claims. Agreements and the rest \
            (meetings, statements, denied claims) are listed beside. At most `limit` claims in all.""")
    @GetMapping("/api/stances")
    StancesRepository.Stances stances(
            @Parameter(description = "an entity, an issue or topic words") @RequestParam String about,
            @Parameter(description = "at most this many claims (1..1000)") @RequestParam(defaultValue = ClaimView.LIST_PARAM) @Min(1) @Max(1000) int limit) {
        var subject = subjects.resolve(about);
        if (subject instanceof Subjects.OfEntity e) {
            return repository.aboutEntity(e.entity(), limit);
        }
        if (subject instanceof Subjects.OfIssue i) {
            return repository.aboutIssue(i.issue(), limit);
        }
        var stances = repository.aboutText(((Subjects.OfText) subject).text(), limit);
        if (stances.claims() == 0) {
            throw subjects.nothingAbout(about);
        }
        return stances;
    }
}
