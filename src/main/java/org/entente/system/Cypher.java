package org.entente.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Cypher of the application, read from the {@code cypher/} folder that analysts read too (packaged as
 * {@code classpath:cypher/}). A statement is named by its path without extension: {@code explore/find_relations}.
 * <p>
 * Every named statement runs through {@link #run}, which, with {@code logging.level.org.entente.cypher=DEBUG}, logs
 * one line per statement before it runs: its name and its parameters as JSON
 * ({@code explore/find_trend {"a":"country:rus","b":"country:usa",...}}), and, when the caller adapted the file's text
 * (connections put the asked path length in it), that text as a JSON string after them. With the file of that name,
 * the line is enough to run the same statement again (bench/ApiScale.java replays an API request through the bare
 * driver so). Off (the default), it costs one level check.
 */
public final class Cypher {

    /** The statements run, one DEBUG line each. */
    private static final Logger STATEMENTS = LoggerFactory.getLogger("org.entente.cypher");

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private Cypher() {
    }

    public static String load(String name) {
        return CACHE.computeIfAbsent(name, Cypher::read);
    }

    /** Runs a named statement in a transaction. */
    public static Result run(TransactionContext tx, String name, Map<String, Object> parameters) {
        return run(tx, name, load(name), parameters);
    }

    /**
     * Runs the text of a named statement as the caller adapted it (what a parameter cannot be, such as a path length,
     * written into it), logged under the file's name with the text.
     */
    public static Result run(TransactionContext tx, String name, String text, Map<String, Object> parameters) {
        if (STATEMENTS.isDebugEnabled()) {
            STATEMENTS.debug(describe(name, text, parameters));
        }
        return tx.run(text, parameters);
    }

    /**
     * The log line of a statement: its name, its parameters as JSON (keys sorted; strings, numbers, booleans, nulls,
     * lists and maps as the driver takes them; anything else as Jackson writes it), then its text as a JSON string if
     * it is not the file's.
     */
    static String describe(String name, String text, Map<String, Object> parameters) {
        String json;
        try {
            json = JSON.writeValueAsString(parameters == null ? Map.of() : parameters);
        } catch (JacksonException e) {
            json = parameters + " (not as JSON: " + e.getOriginalMessage() + ")";
        }
        return name + " " + json + (text.equals(load(name)) ? "" : " " + JSON.writeValueAsString(text));
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
