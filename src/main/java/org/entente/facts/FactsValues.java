package org.entente.facts;

import static org.entente.facts.FactsFields.sorted;
import static org.entente.facts.FactsModel.RANGES;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The checks of single values in a {@link Facts} record, for {@link FactsValidator}: each returns the value as the
 * writer wants it (text stripped) or records a problem at the field's path and returns {@code null}. The record-side
 * counterpart of {@link FactsFields}, which checks the shape of a parsed document.
 */
final class FactsValues {

    private final List<FactsProblem> problems;
    private final Function<String, Located> places;
    /** Paths whose value the shape check already refused: it is not missing, and one mistake makes one problem. */
    private final Set<String> refused;

    FactsValues(List<FactsProblem> problems, Function<String, Located> places) {
        this.problems = problems;
        this.places = places;
        this.refused = problems.stream().map(FactsProblem::path).collect(Collectors.toSet());
    }

    String required(String value, String path, String key) {
        if (value == null) {
            problem(path, "missing '" + key + "'");
            return null;
        }
        return text(value, path, key);
    }

    /** Text stripped of surrounding space; blank text is a mistake, not a value. */
    String text(Object value, String path, String key) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
            problem(path, key + " must be text, not " + new Located(value, path, 0).typeName());
            return null;
        }
        var s = value.toString();
        if (s.isBlank()) {
            problem(path, key + " is empty");
            return null;
        }
        return s.strip();
    }

    /** Each item as {@link #text}, each once. */
    List<String> textList(List<?> values, String path, String key) {
        var out = new ArrayList<String>();
        var items = orEmpty(values);
        for (int j = 0; j < items.size(); j++) {
            var at = path + "[" + j + "]";
            if (items.get(j) == null) {
                problem(at, key + " must be text, not nothing");
            }
            var s = text(items.get(j), at, key);
            if (s != null && !out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** {@code value} when it is one of {@code choices}; otherwise a problem naming them, and null. */
    String oneOf(String value, String path, Set<String> choices, String what) {
        if (value != null && !choices.contains(value)) {
            problem(path, "unknown " + what + " '" + value + "'; one of " + sorted(choices));
            return null;
        }
        return value;
    }

    String date(Object value, String path) {
        if (value == null) {
            return null;
        }
        var date = value instanceof String || value instanceof Integer ? value.toString() : null;
        if (!FactsDates.isValid(date)) {
            problem(path, FactsFields.notADate(value));
            return null;
        }
        return date;
    }

    Double range(double value, String path, String key) {
        var range = RANGES.get(key);
        if (!(value >= range[0] && value <= range[1])) {
            problem(path, FactsFields.notInRange(key, value));
        }
        return value;
    }

    /** Where a path is written, for a message: its line in a document, the path itself in a record. */
    String where(String path) {
        var at = places.apply(path);
        return at.line() > 0 ? "line " + at.line() : at.path();
    }

    void problem(String path, String message) {
        if (refused.contains(path)) {
            return;
        }
        var at = places.apply(path);
        problems.add(new FactsProblem(at.path(), at.line(), message));
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
