package org.entente.extract.rules;

/**
 * Who a sentence reports, if anyone: the reporting verb, the entity speaking (a person or organization named next
 * to the verb; {@code null} for "officials say", "analysts say") and whether the speaker is a joint statement, which
 * speaks for both of its parties.
 */
record Speaker(int verb, String entity, boolean joint) {

    static Speaker of(Text text, int[] sentence) {
        int verb = -1;
        for (int i = sentence[0]; i < sentence[1]; i++) {
            var t = text.tokens.get(i);
            if (ClaimRules.reporting(t) || (t.is("make") && i + 2 < sentence[1] && text.tokens.get(i + 2).is("clear"))) {
                verb = i;
                break;
            }
        }
        if (verb < 0) {
            return null;
        }
        boolean joint = false;
        for (int i = sentence[0]; i < sentence[1]; i++) {
            var t = text.tokens.get(i);
            // "in a joint statement", or "the statement said" / "their statement" once the article has named a joint one
            if (t.is("statement") && i > 0 && (text.tokens.get(i - 1).is("joint")
                    || (i < verb + 3 && text.tokens.get(i - 1).is("the", "their") && jointBefore(text, i)))) {
                joint = true;
            }
        }
        String entity = null;
        int best = Integer.MAX_VALUE;
        for (var m : text.mentionsIn(sentence[0], sentence[1])) {
            if (m.entity() == null || !(m.category().equals("PERSON") || m.category().equals("ORGANIZATION"))) {
                continue;
            }
            int distance = m.last() <= verb ? verb - m.last() : m.first() - verb + 2;
            boolean near = m.last() <= verb ? verb - m.last() <= 8 : m.first() - verb <= 2;
            if (near && distance < best) {
                best = distance;
                entity = m.entity();
            }
        }
        if (joint) {
            entity = null;
        }
        return new Speaker(verb, entity, joint);
    }

    private static boolean jointBefore(Text text, int token) {
        for (int i = 1; i < token; i++) {
            if (text.tokens.get(i).is("statement") && text.tokens.get(i - 1).is("joint")) {
                return true;
            }
        }
        return false;
    }
}
