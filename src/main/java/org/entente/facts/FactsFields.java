package org.entente.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed access to the keys of a {@link Located} mapping, for the shape check of a document ({@link FactsShape}): each
 * getter returns the value when it has the expected shape (text, a number, a list) and otherwise records a problem
 * with the key's path and line and returns {@code null}. What the values say is {@link FactsValidator}'s to check; the
 * messages both use are here, so a mistake reads the same whichever half finds it.
 */
final class FactsFields {

    private final List<FactsProblem> problems;

    FactsFields(List<FactsProblem> problems) {
        this.problems = problems;
    }

    /** The confidence when it is a number (its range is a rule); 1 when the document gives none. */
    double confidence(Located node) {
        var value = number(node, "confidence");
        return value == null ? 1.0 : value;
    }

    /** A number; {@link FactsModel#RANGES} names its range for the message. */
    Double number(Located node, String key) {
        var n = node.map().get(key);
        if (n == null) {
            return null;
        }
        if (!(n.value() instanceof Number number)) {
            problem(n, notInRange(key, n.value()));
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

    /** A date as written (a year may come as a number); whether it is a date is a rule. */
    String date(Located node, String key) {
        var d = node.map().get(key);
        if (d == null) {
            return null;
        }
        if (!(d.value() instanceof String || d.value() instanceof Number || d.value() instanceof Boolean)) {
            problem(d, notADate(d.value()));
            return null;
        }
        return d.value().toString();
    }

    /** Text as written; a key given with no value counts as a mistake. */
    String requiredText(Located node, String key) {
        var value = node.map().get(key);
        return value == null ? null : text(value, key);
    }

    /** Text as written; a key given with no value counts as absent. */
    String optionalText(Located node, String key) {
        var value = node.map().get(key);
        return value == null || value.value() == null ? null : text(value, key);
    }

    /** A scalar as text (YAML reads {@code name: 42} as a number); blank text and stripping are rules. */
    String text(Located value, String key) {
        if (value.value() instanceof String s) {
            return s;
        }
        if (value.value() instanceof Number || value.value() instanceof Boolean) {
            return value.value().toString();
        }
        problem(value, key + " must be text, not " + value.typeName());
        return null;
    }

    /** A list of text; an item that is not text stays in its place as {@code null}, already reported. */
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
            out.add(text(item, key));
        }
        return out;
    }

    /** An entity id as written: text (an empty one is a rule's to refuse), or {@code null} and a problem. */
    String entityId(Located ref) {
        if (ref.value() instanceof String id) {
            return id;
        }
        problem(ref, "expected an entity id, found " + ref.typeName());
        return null;
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
                problem(entry.getValue(), unknownKey(entry.getKey(), allowed));
            }
        }
    }

    void problem(Located node, String message) {
        problems.add(new FactsProblem(node.path(), node.line(), message));
    }

    /**
     * The keys a mapping may hold: the common ones plus those of its kind. With the kind itself wrong, every kind's
     * keys pass, so one mistake gives one problem rather than a cascade.
     */
    static Set<String> allowedKeys(Set<String> common, Map<String, Set<String>> byKind, String kind) {
        var allowed = new java.util.HashSet<>(common);
        if (kind != null) {
            allowed.addAll(byKind.get(kind));
        } else {
            byKind.values().forEach(allowed::addAll);
        }
        return allowed;
    }

    static String unknownKey(String key, Set<String> allowed) {
        return "unknown key '" + key + "'; allowed here: " + sorted(allowed);
    }

    static String notADate(Object value) {
        return "'" + value + "' is not a date: use ISO 8601 at the precision the text gives (2009-04-01, 2009-07 or 2008)";
    }

    static String notInRange(String key, Object value) {
        var range = FactsModel.RANGES.get(key);
        return key + " is a number from " + fmt(range[0]) + " to " + fmt(range[1]) + ", not "
                + (value instanceof Double d ? fmt(d) : value);
    }

    static String notACameo(Object value) {
        return "a CAMEO code is quoted text of 2 to 4 digits such as \"057\" (leading zeros matter), not " + value;
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
