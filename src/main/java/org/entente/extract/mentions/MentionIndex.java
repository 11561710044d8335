package org.entente.extract.mentions;

import java.util.ArrayList;
import java.util.List;

/**
 * The mentions of an article by token: which cover a token, which start or end at it; and where a name that goes on
 * over several mentions ends ("U.S." + "Central Command"). Built once, so the phrase rules stay linear in the
 * length of the article.
 */
public final class MentionIndex {

    private final List<Token> tokens;
    private final List<List<Mention>> starting = new ArrayList<>();
    private final List<List<Mention>> ending = new ArrayList<>();
    private final boolean[] covered;
    private final Mention[] named;

    public MentionIndex(List<Token> tokens, List<Mention> mentions) {
        this.tokens = tokens;
        this.covered = new boolean[tokens.size()];
        this.named = new Mention[tokens.size()];
        for (int k = 0; k <= tokens.size(); k++) {
            starting.add(new ArrayList<>(0));
            ending.add(new ArrayList<>(0));
        }
        for (var m : mentions) {
            starting.get(m.first()).add(m);
            ending.get(m.last()).add(m);
            java.util.Arrays.fill(covered, m.first(), m.last(), true);
            for (int t = m.first(); t < m.last() && m.entity() != null; t++) {
                if (named[t] == null) {
                    named[t] = m;
                }
            }
        }
    }

    /** The first mention (in the list's order) that covers the token and names an entity, or {@code null}. */
    public Mention named(int token) {
        return token >= 0 && token < named.length ? named[token] : null;
    }

    public boolean covered(int token) {
        return covered[token];
    }

    List<Mention> startingAt(int token) {
        return starting.get(token);
    }

    List<Mention> endingAt(int token) {
        return ending.get(token);
    }

    /** Where "of [the] NAME" after token {@code at} ends ("the government of Iraq"), or {@code at} when none follows. */
    int complement(int at) {
        if (at == 0 || at + 1 >= tokens.size() || !tokens.get(at).is("of") || tokens.get(at).sentence() != tokens.get(at - 1).sentence()) {
            return at;
        }
        int end = at;
        for (int from = at + 1; from <= Math.min(at + 2, tokens.size() - 1); from++) {
            for (var m : startingAt(from)) {
                if (!m.category().equals("NATIONALITY") && m.sentence() == tokens.get(at).sentence()) {
                    end = Math.max(end, m.last());
                }
            }
            if (!tokens.get(from).is("the")) {
                break;
            }
        }
        return end == at ? at : nameEnd(end);
    }

    /** Where a name that goes on at {@code at} ends: over mentions other than people and capitalized words. */
    int nameEnd(int at) {
        int end = at;
        while (end < tokens.size() && tokens.get(end).sentence() == tokens.get(at - 1).sentence()) {
            int next = -1;
            for (var m : startingAt(end)) {
                if (!m.category().equals("PERSON")) {
                    next = Math.max(next, m.last());
                }
            }
            if (next > end) {
                end = next;
            } else if (tokens.get(end).pos().startsWith("NNP") && tokens.get(end).capitalized()) {
                end++;
            } else {
                break;
            }
        }
        return end;
    }
}
