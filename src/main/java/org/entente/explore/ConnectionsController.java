package org.entente.explore;

import java.util.List;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@Validated
class ConnectionsController {

    private final EntityResolver resolver;
    private final ConnectionRepository repository;

    ConnectionsController(EntityResolver resolver, ConnectionRepository repository) {
        this.resolver = resolver;
        this.repository = repository;
    }

    /** How two entities are connected: shortest paths first, with the evidence for every hop. */
    @GetMapping("/api/connections")
    Connections connections(@RequestParam String from, @RequestParam String to,
                            @RequestParam(defaultValue = "4") @Min(1) @Max(6) int maxHops,
                            @RequestParam(defaultValue = "5") @Min(1) @Max(25) int limit) {
        var a = resolver.resolve(from);
        var b = resolver.resolve(to);
        if (a.id().equals(b.id())) {
            throw new IllegalArgumentException("from and to name the same entity (" + a.id() + ")");
        }
        return new Connections(a, b, maxHops, repository.paths(a.id(), b.id(), maxHops, limit));
    }

    record Connections(EntitySummary from, EntitySummary to, int maxHops, List<ConnectionRepository.Path> paths) {
    }
}
