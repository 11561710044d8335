package org.entente.spark;

import java.io.Serializable;

/**
 * What became of one article, a Java bean for Spark's encoder: a line of Facts JSON Lines ({@code facts}) or a line of
 * the failure report ({@code failed}). The job writes both in one pass, into a folder for each.
 */
public class Outcome implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FACTS = "facts";
    static final String FAILED = "failed";

    private String outcome;
    private String line;

    public Outcome() {
    }

    Outcome(String outcome, String line) {
        this.outcome = outcome;
        this.line = line;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getLine() {
        return line;
    }

    public void setLine(String line) {
        this.line = line;
    }
}
