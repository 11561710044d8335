package org.entente.explore.relations;

import org.entente.explore.query.RelationsRepository;
import org.entente.explore.resolve.EntityResolver;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@Validated
class RelationsController {

    private final EntityResolver resolver;
    private final RelationsRepository repository;

    RelationsController(EntityResolver resolver, RelationsRepository repository) {
        this.resolver = resolver;
        this.repository = repository;
    }

    /** Agreements, disagreements and everything else between two entities, each with its quote and source. */
    @GetMapping("/api/relations")
    RelationsRepository.Relations relations(@RequestParam String a, @RequestParam String b,
                                            @RequestParam(defaultValue = "500") @Min(1) @Max(5000) int limit) {
        var first = resolver.resolve(a);
        var second = resolver.resolve(b);
        if (first.id().equals(second.id())) {
            throw new IllegalArgumentException("a and b name the same entity (" + first.id() + "); ask about two entities");
        }
        return repository.between(first, second, limit);
    }
}
