package org.entente.facts;

/** One thing wrong in a Facts document: where ({@code claims[2].date}, line 48) and what. */
public record FactsProblem(String path, int line, String message) {

    public String describe(String file) {
        var where = new StringBuilder(file);
        if (line > 0) {
            where.append(':').append(line);
        }
        if (!path.isEmpty()) {
            where.append(": ").append(path);
        }
        return where + ": " + message;
    }
}
