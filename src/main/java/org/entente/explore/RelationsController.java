package org.entente.explore;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RelationsController {

    private final EntityResolver resolver;
    private final RelationsRepository repository;

    RelationsController(EntityResolver resolver, RelationsRepository repository) {
        this.resolver = resolver;
        this.repository = repository;
    }

    /** Agreements, disagreements and everything else between two entities, each with its quote and source. */
    @GetMapping("/api/relations")
    RelationsRepository.Relations relations(@RequestParam String a, @RequestParam String b) {
        var first = resolver.resolve(a);
        var second = resolver.resolve(b);
        if (first.id().equals(second.id())) {
            throw new IllegalArgumentException("a and b name the same entity (" + first.id() + "); ask about two entities");
        }
        return repository.between(first, second);
    }
}
