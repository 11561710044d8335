package org.entente.explore.connections;

import org.entente.explore.query.ConnectionRepository;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.entente.explore.resolve.EntityResolver;
import org.entente.explore.resolve.EntitySummary;
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

    /**
     * How two entities are connected: shortest paths first, each in one sentence with the evidence for every hop.
     * {@code exclude} (comma-separated or repeated) names hop types to leave out; absent, it is MENTIONED_IN, and
     * given empty it leaves out nothing, so entities named in the same article connect through it.
     */
    @GetMapping("/api/connections")
    Connections connections(@RequestParam String from, @RequestParam String to,
                            @RequestParam(defaultValue = "4") @Min(1) @Max(ConnectionRepository.MAX_HOPS) int maxHops,
                            @RequestParam(defaultValue = "5") @Min(1) @Max(25) int limit,
                            @RequestParam(required = false) List<String> exclude) {
        var excluded = exclude == null ? ConnectionRepository.DEFAULT_EXCLUDE : excluded(exclude);
        var a = resolver.resolve(from);
        var b = resolver.resolve(to);
        if (a.id().equals(b.id())) {
            throw new IllegalArgumentException("from and to name the same entity (" + a.id() + ")");
        }
        return new Connections(a, b, maxHops, excluded, repository.paths(a.id(), b.id(), maxHops, limit,
                ConnectionRepository.hopTypesExcluding(excluded)));
    }

    /** Hop type names in any case, in the order of {@link ConnectionRepository#HOP_TYPES}; an unknown one is refused. */
    private static List<String> excluded(List<String> values) {
        var names = new LinkedHashSet<String>();
        values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(names::add);
        for (var name : names) {
            if (!ConnectionRepository.HOP_TYPES.contains(name.toUpperCase(Locale.ROOT))) {
                var shown = name.length() > 60 ? name.substring(0, 60) + "…" : name;
                throw new IllegalArgumentException("exclude: unknown hop type '" + shown + "'; allowed: "
                        + String.join(", ", ConnectionRepository.HOP_TYPES));
            }
        }
        var upper = names.stream().map(n -> n.toUpperCase(Locale.ROOT)).toList();
        return ConnectionRepository.HOP_TYPES.stream().filter(upper::contains).toList();
    }

    record Connections(EntitySummary from, EntitySummary to, int maxHops, List<String> exclude,
                       List<ConnectionRepository.Path> paths) {
    }
}
