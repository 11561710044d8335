package org.entente.facts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML/JSON value that remembers where it came from, so that validation can name the path
 * ({@code claims[3].parties[1]}) and the line of every problem.
 *
 * @param value a {@code String}, {@code Number}, {@code Boolean}, {@code null}, {@code List<Located>} or
 *              {@code Map<String, Located>} (insertion-ordered)
 */
public record Located(Object value, String path, int line) {

    public boolean isMap() {
        return value instanceof Map;
    }

    public boolean isList() {
        return value instanceof List;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Located> map() {
        return value instanceof Map ? (Map<String, Located>) value : new LinkedHashMap<>();
    }

    @SuppressWarnings("unchecked")
    public List<Located> list() {
        return value instanceof List ? (List<Located>) value : List.of();
    }

    /** A human name for the value's type, for error messages. */
    public String typeName() {
        if (value == null) {
            return "nothing";
        }
        if (value instanceof Map) {
            return "a mapping";
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value instanceof String) {
            return "text";
        }
        return value instanceof Boolean ? "true/false" : "a number";
    }
}
