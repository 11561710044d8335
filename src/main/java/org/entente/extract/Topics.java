package org.entente.extract;

import java.util.Set;

/** A short topic for a claim: the cue and the phrase it governs ("disagree about the causes and sequence …"). */
final class Topics {

    private static final Set<String> GOVERNING = Set.of("about", "over", "on", "in", "of", "with", "to", "for");
    private static final int MAX_WORDS = 10;

    private Topics() {
    }

    static String topic(Text text, Cues.Hit cue, int from, int to, Set<String> about, Resolver.Result resolved) {
        int end = cue.last();
        int k = cue.last();
        if (k < to && GOVERNING.contains(text.tokens.get(k).word().toLowerCase())) {
            end = k + 1;
            while (end < to && end - cue.first() < MAX_WORDS && !text.tokens.get(end).word().matches("[,;:.!?]|``|''|\"|-LRB-|-RRB-")) {
                end++;
            }
        }
        var topic = text.body(cue.first(), end).replaceAll("[\"“”]", "").replaceAll("\\s+", " ").strip();
        if (end == cue.last() && !about.isEmpty()) {
            var names = about.stream().limit(3).map(id -> resolved.entities().get(id)).filter(d -> d != null).map(d -> d.name).toList();
            topic = topic + ": " + String.join(", ", names);
        }
        return topic;
    }
}
