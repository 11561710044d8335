package org.entente.extract.eval;

/** Counts of a comparison with gold data, and the precision, recall and F1 they give. */
public record Score(int truePositives, int falsePositives, int falseNegatives) {

    public static Score of(int matched, int predicted, int gold) {
        return new Score(matched, predicted - matched, gold - matched);
    }

    public Score plus(Score other) {
        return new Score(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
        int gold = truePositives + falseNegatives;
        return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int gold() {
        return truePositives + falseNegatives;
    }

    public int predicted() {
        return truePositives + falsePositives;
    }
}
