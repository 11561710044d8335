package org.entente.explore.timeline;

import org.entente.explore.ClaimView;
import org.entente.explore.query.TimelineRepository;
import org.entente.explore.DateRange;
import org.entente.explore.resolve.EntityResolver;
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
class TimelineController {

    private final EntityResolver resolver;
    private final TimelineRepository repository;

    TimelineController(EntityResolver resolver, TimelineRepository repository) {
        this.resolver = resolver;
        this.repository = repository;
    }

    @Operation(summary = "What happened to an entity, or between two, oldest first", description = """
            Dated claims, meetings, and the events and treaty milestones those claims refer to. A person counts with \
            the state or body it led or spoke for, while it did (Obama with the United States from 2009-01); a state \
            with those who lead it or speak for it; `members` lists who was counted. Dates keep the precision the \
            source gives (`precision`: day, month or year). `from`/`to` take yyyy, yyyy-MM or yyyy-MM-dd; a partial date \
            covers its whole period. Undated claims are not listed.""")
    @GetMapping("/api/timeline")
    TimelineRepository.Timeline timeline(
            @Parameter(description = "an entity: id, name or alias") @RequestParam String entity,
            @Parameter(description = "a second entity: only what happened between the two") @RequestParam(required = false) String with,
            @Parameter(description = "first date, yyyy[-MM[-dd]]") @RequestParam(required = false) String from,
            @Parameter(description = "last date, yyyy[-MM[-dd]]") @RequestParam(required = false) String to,
            @Parameter(description = "at most this many items (1..1000)") @RequestParam(defaultValue = ClaimView.LIST_PARAM) @Min(1) @Max(1000) int limit) {
        var range = DateRange.of(from, to);
        var first = resolver.resolve(entity);
        var second = with == null || with.isBlank() ? null : resolver.resolve(with);
        if (second != null && second.id().equals(first.id())) {
            throw new IllegalArgumentException("entity and with name the same entity (" + first.id() + ")");
        }
        return repository.timeline(first, second, range, limit);
    }
}
