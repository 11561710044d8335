package org.entente.extract.rules;

import java.util.Set;

/**
 * How a claim is put: DENIED under negation ("have not settled", "failed to agree"), PLANNED with "will", "agreed to", "instructed" or
 * an infinitive of purpose (not after "tried to"), REPORTED when someone other than a joint statement is reported,
 * else ASSERTED.
 */
final class Modality {

    /** Words that deny what follows: "have not settled", "failed to agree", "refused to sign", "unable to agree". */
    private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no", "nobody", "neither", "nor", "fail",
            "refuse", "unable");
    private static final Set<String> PLANNING = Set.of("will", "would", "'ll", "shall", "plan", "intend", "instruct", "pursue",
            "possibility", "propose", "expect", "hope", "start");

    private Modality() {
    }

    static String of(Text text, Cues.Hit anchor, Speaker speaker, int[] sentence) {
        if (denied(text, anchor, sentence)) {
            return "DENIED";
        }
        for (int k = Math.max(sentence[0], anchor.first() - 4); k < anchor.first(); k++) {
            var t = text.tokens.get(k);
            boolean attempt = k > sentence[0] && text.tokens.get(k - 1).is("try", "attempt", "seek");
            if (PLANNING.contains(t.lemma().toLowerCase())
                    || (t.is("to") && !attempt && k + 1 < sentence[1] && text.tokens.get(k + 1).pos().equals("VB"))) {
                return "PLANNED";
            }
        }
        // "agreed to work together", "plan to meet": the cue governs an infinitive; "agreed that …" stays as it is
        int after = anchor.last();
        if (after + 1 < sentence[1] && text.tokens.get(after).is("to") && text.tokens.get(after + 1).pos().equals("VB")) {
            return "PLANNED";
        }
        if (speaker != null && !speaker.joint()) {
            return "REPORTED";
        }
        return "ASSERTED";
    }

    /** A negation in the four words before the cue: "have not settled", "failed to agree". */
    static boolean denied(Text text, Cues.Hit anchor, int[] sentence) {
        for (int k = Math.max(sentence[0], anchor.first() - 4); k < anchor.first(); k++) {
            if (NEGATION.contains(text.tokens.get(k).lemma().toLowerCase())) {
                return true;
            }
        }
        return false;
    }
}
