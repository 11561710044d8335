package org.entente.explore.entity;

import org.entente.explore.ClaimView;
import org.entente.explore.query.EntityRepository;
import org.entente.explore.query.EntityProfile;
import java.util.List;
import java.util.Set;

import org.entente.explore.resolve.EntityResolver;
import org.entente.explore.resolve.EntitySummary;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

@RestController
@RequestMapping("/api/entities")
@Validated
class EntityController {

    private static final Set<String> KINDS = Set.of("Person", "Country", "Organization", "Treaty", "Place", "Event");

    private final EntityResolver resolver;
    private final EntityRepository repository;

    EntityController(EntityResolver resolver, EntityRepository repository) {
        this.resolver = resolver;
        this.repository = repository;
    }

    /** Fuzzy search over names and aliases. */
    @GetMapping
    List<EntitySummary> search(@RequestParam @NotBlank String q, @RequestParam(required = false) String kind,
                               @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit) {
        var known = kind == null ? null : KINDS.stream().filter(k -> k.equalsIgnoreCase(kind.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("kind must be one of " + String.join(", ",
                        new java.util.TreeSet<>(KINDS)) + ", not '" + (kind.length() > 40 ? kind.substring(0, 40) + "…" : kind) + "'"));
        return resolver.search(q, known, limit);
    }

    /** Profile of one entity, named by id, name or alias, with at most {@code claims} of its claims. */
    @GetMapping("/{ref}")
    EntityProfile profile(@PathVariable String ref,
                          @RequestParam(defaultValue = ClaimView.LIST_PARAM) @Min(1) @Max(1000) int claims) {
        return repository.profile(resolver.resolve(ref), claims);
    }
}
