package org.entente.facts;

import java.util.List;
import java.util.stream.Collectors;

/** A Facts document that must not be written, with every problem found in it (not just the first). */
public final class InvalidFactsException extends RuntimeException {

    private final String file;
    private final List<FactsProblem> problems;

    public InvalidFactsException(String file, List<FactsProblem> problems) {
        super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in " + file + ":\n"
                + problems.stream().map(p -> "  " + p.describe(file)).collect(Collectors.joining("\n")));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public String file() {
        return file;
    }

    public List<FactsProblem> problems() {
        return problems;
    }
}
