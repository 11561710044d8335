package org.entente.explore.relations;

import org.entente.explore.ClaimView;
import org.entente.explore.query.RelationsRepository;
import org.entente.explore.query.TrendRepository;
import org.entente.explore.resolve.EntityResolver;
import org.entente.explore.resolve.EntitySummary;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

@RestController
@Validated
class RelationsController {

    private final EntityResolver resolver;
    private final RelationsRepository repository;
    private final TrendRepository trends;

    RelationsController(EntityResolver resolver, RelationsRepository repository, TrendRepository trends) {
        this.resolver = resolver;
        this.repository = repository;
        this.trends = trends;
    }

    /**
     * Agreements, disagreements and everything else between two entities, each with its quote and source: the oldest
     * {@code limit} claims (200 by default, as the stances and the timeline list; the tally counts them all).
     */
    @GetMapping("/api/relations")
    RelationsRepository.Relations relations(@RequestParam String a, @RequestParam String b,
                                            @RequestParam(defaultValue = ClaimView.LIST_PARAM) @Min(1) @Max(5000) int limit) {
        var pair = pair(a, b);
        return repository.between(pair[0], pair[1], limit);
    }

    /**
     * The claims between two entities per month or year, by kind and quad class, with the Goldstein sum and mean: from
     * the monthly tallies, so it answers as fast for a pair with tens of thousands of events as for one with three.
     */
    @GetMapping("/api/relations/trend")
    TrendRepository.Trend trend(@RequestParam String a, @RequestParam String b,
                                @RequestParam(defaultValue = "month") TrendRepository.By by,
                                @RequestParam(required = false) @Pattern(regexp = PERIOD, message = PERIOD_MESSAGE) String from,
                                @RequestParam(required = false) @Pattern(regexp = PERIOD, message = PERIOD_MESSAGE) String until) {
        var pair = pair(a, b);
        return trends.between(pair[0], pair[1], by, from == null || from.length() == 7 ? from : from + "-01",
                until == null || until.length() == 7 ? until : until + "-12");
    }

    /** The same trend as a chart (SVG) to paste into a report or open in a browser. */
    @GetMapping(value = "/api/relations/trend.svg", produces = "image/svg+xml")
    String trendChart(@RequestParam String a, @RequestParam String b,
                      @RequestParam(defaultValue = "month") TrendRepository.By by,
                      @RequestParam(required = false) @Pattern(regexp = PERIOD, message = PERIOD_MESSAGE) String from,
                      @RequestParam(required = false) @Pattern(regexp = PERIOD, message = PERIOD_MESSAGE) String until) {
        return TrendChart.svg(trend(a, b, by, from, until));
    }

    private EntitySummary[] pair(String a, String b) {
        var first = resolver.resolve(a);
        var second = resolver.resolve(b);
        if (first.id().equals(second.id())) {
            throw new IllegalArgumentException("a and b name the same entity (" + first.id() + "); ask about two entities");
        }
        return new EntitySummary[] {first, second};
    }

    private static final String PERIOD = "\\d{4}(-(0[1-9]|1[0-2]))?";
    private static final String PERIOD_MESSAGE = "a year or a month: 2019 or 2019-10";
}
