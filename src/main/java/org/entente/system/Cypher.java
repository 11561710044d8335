package org.entente.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;

/**
 * The Cypher of the application, read from the {@code cypher/} folder that analysts read too (packaged as
 * {@code classpath:cypher/}). A statement is named by its path without extension: {@code explore/find_relations}.
 */
public final class Cypher {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Cypher() {
    }

    public static String load(String name) {
        return CACHE.computeIfAbsent(name, Cypher::read);
    }

    /** Runs a named statement in a transaction. */
    public static org.neo4j.driver.Result run(org.neo4j.driver.TransactionContext tx, String name, Map<String, Object> parameters) {
        return tx.run(load(name), parameters);
    }

    /** The statements of a multi-statement file such as {@code schema}, split on {@code ;} at line ends. */
    public static List<String> statements(String name) {
        return java.util.Arrays.stream(load(name).split(";\\s*(\\r?\\n|$)"))
                .map(s -> s.lines().filter(l -> !l.strip().startsWith("//")).reduce("", (a, b) -> a + b + "\n").strip())
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String read(String name) {
        var resource = new ClassPathResource("cypher/" + name + ".cypher");
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Missing Cypher file cypher/" + name + ".cypher", e);
        }
    }
}
