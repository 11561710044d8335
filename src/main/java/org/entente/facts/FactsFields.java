package org.entente.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Typed access to the keys of a {@link Located} mapping for validation: each getter returns the value when it has
 * the expected shape and otherwise records a problem with the key's path and line and returns {@code null}.
 */
final class FactsFields {

    private final List<FactsProblem> problems;

    FactsFields(List<FactsProblem> problems) {
        this.problems = problems;
    }

    double confidence(Located node) {
        var value = number(node, "confidence", 0, 1);
        return value == null ? 1.0 : value;
    }

    Double number(Located node, String key, double min, double max) {
        var n = node.map().get(key);
        if (n == null) {
            return null;
        }
        if (!(n.value() instanceof Number number) || number.doubleValue() < min || number.doubleValue() > max) {
            problem(n, key + " is a number from " + fmt(min) + " to " + fmt(max) + ", not " + n.value());
            return null;
        }
        return number.doubleValue();
    }

    Integer integer(Located node, String key) {
        var n = node.map().get(key);
        if (n == null) {
            problem(node, "missing '" + key + "'");
            return null;
        }
        if (!(n.value() instanceof Integer i)) {
            problem(n, key + " is a whole number, not " + n.value());
            return null;
        }
        return i;
    }

    String date(Located node, String key) {
        var d = node.map().get(key);
        if (d == null) {
            return null;
        }
        var value = d.value() instanceof String s ? s : d.value() instanceof Integer i ? i.toString() : null;
        if (value == null || !FactsDates.isValid(value)) {
            problem(d, "'" + d.value() + "' is not a date: use ISO 8601 at the precision the text gives "
                    + "(2009-04-01, 2009-07 or 2008)");
            return null;
        }
        return value;
    }

    String requiredText(Located node, String key) {
        var value = node.map().get(key);
        if (value == null) {
            problem(node, "missing '" + key + "'");
            return null;
        }
        return text(value, key);
    }

    String optionalText(Located node, String key) {
        var value = node.map().get(key);
        return value == null || value.value() == null ? null : text(value, key);
    }

    String text(Located value, String key) {
        if (value.value() instanceof String s) {
            if (s.isBlank()) {
                problem(value, key + " is empty");
                return null;
            }
            return s.strip();
        }
        if (value.value() instanceof Number || value.value() instanceof Boolean) {
            return value.value().toString();
        }
        problem(value, key + " must be text, not " + value.typeName());
        return null;
    }

    List<String> textList(Located node, String key) {
        var out = new ArrayList<String>();
        var value = node.map().get(key);
        if (value == null) {
            return out;
        }
        if (!value.isList()) {
            problem(value, key + " must be a list, not " + value.typeName());
            return out;
        }
        for (var item : value.list()) {
            var s = text(item, key);
            if (s != null && !out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    List<Located> list(Located node) {
        if (node == null || node.value() == null || "".equals(node.value())) {
            return List.of();
        }
        if (!node.isList()) {
            problem(node, "expected a list, found " + node.typeName());
            return List.of();
        }
        return node.list();
    }

    boolean mapping(Located node) {
        if (!node.isMap()) {
            problem(node, "expected a mapping of keys, found " + node.typeName());
            return false;
        }
        return true;
    }

    void unknownKeys(Located node, Set<String> allowed) {
        for (var entry : node.map().entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                problem(entry.getValue(), "unknown key '" + entry.getKey() + "'; allowed here: " + sorted(allowed));
            }
        }
    }

    void problem(Located node, String message) {
        problems.add(new FactsProblem(node.path(), node.line(), message));
    }

    /** The value of {@code key} when it is one of {@code choices}; otherwise a problem naming them, and null. */
    String oneOf(Located node, String key, Set<String> choices, String what, boolean required) {
        var value = required ? requiredText(node, key) : optionalText(node, key);
        if (value != null && !choices.contains(value)) {
            problem(node.map().get(key), "unknown " + what + " '" + value + "'; one of " + sorted(choices));
            return null;
        }
        return value;
    }

    /**
     * The keys a mapping may hold: the common ones plus those of its kind. With the kind itself wrong, every kind's
     * keys pass, so one mistake gives one problem rather than a cascade.
     */
    static Set<String> allowedKeys(Set<String> common, java.util.Map<String, Set<String>> byKind, String kind) {
        var allowed = new java.util.HashSet<>(common);
        if (kind != null) {
            allowed.addAll(byKind.get(kind));
        } else {
            byKind.values().forEach(allowed::addAll);
        }
        return allowed;
    }

    static String sorted(Set<String> values) {
        return String.join(", ", new java.util.TreeSet<>(values));
    }

    static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
