package org.entente.extract.rules;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.pipeline.CoreDocument;
import org.entente.extract.mentions.Mention;
import org.entente.extract.mentions.MentionIndex;
import org.entente.extract.mentions.Token;
import org.entente.extract.text.ArticleText;
import org.entente.facts.Facts;

/** The analysed article as the rules see it: sentences of tokens, the mentions in each, and evidence in file offsets. */
public final class Text {

    public final ArticleText article;
    public final List<Token> tokens;
    public final List<Mention> mentions;
    public final String published;
    public final List<int[]> sentences = new ArrayList<>(); // token ranges [first, last)
    /** person id → the state or body the article says they lead, speak or work for (filled by the relation rules). */
    public final java.util.Map<String, String> affiliations = new java.util.HashMap<>();
    /**
     * The two sides of the talks the article reports, when its first meeting or consultation names two (the event stage
     * fills it): who "the two sides" and "both delegations" are. Empty when the article reports none.
     */
    public final java.util.Set<String> sides = new java.util.LinkedHashSet<>();
    private int[] evidenceStarts; // where each sentence's evidence starts in the input, once asked for

    public Text(ArticleText article, CoreDocument doc, List<Token> tokens, List<Mention> mentions, String published) {
        this.article = article;
        this.tokens = tokens;
        this.mentions = mentions;
        this.published = published;
        int start = 0;
        for (int i = 1; i <= tokens.size(); i++) {
            if (i == tokens.size() || tokens.get(i).sentence() != tokens.get(start).sentence()) {
                sentences.add(new int[] {start, i});
                start = i;
            }
        }
    }

    /**
     * The sentence (its index in {@link #sentences}) that a claim's evidence lies in, found by where the evidence starts
     * in the input; -1 without evidence.
     */
    public int sentenceOf(Facts.Evidence evidence) {
        if (evidence == null || evidence.start() == null) {
            return -1;
        }
        if (evidenceStarts == null) {
            evidenceStarts = new int[sentences.size()];
            for (int i = 0; i < sentences.size(); i++) {
                var s = sentences.get(i);
                evidenceStarts[i] = evidence(s, s[0], s[0] + 1).start();
            }
        }
        int at = java.util.Arrays.binarySearch(evidenceStarts, evidence.start());
        return at >= 0 ? at : Math.max(0, -at - 2);
    }

    /** The sentence (its index in {@link #sentences}) that token {@code token} is in. */
    public int sentenceAt(int token) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sentences.get(mid)[0] <= token) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    public List<Token> tokens(int[] range) {
        return tokens.subList(range[0], range[1]);
    }

    public List<Mention> mentionsIn(int from, int to) {
        return mentions.stream().filter(m -> m.first() >= from && m.last() <= to).toList();
    }

    public String body(int fromToken, int toToken) {
        if (toToken <= fromToken) {
            return "";
        }
        return article.body().substring(tokens.get(fromToken).begin(), tokens.get(toToken - 1).end());
    }

    /**
     * Sentences of news run to 60 tokens, rarely 100. Anything much longer is a list, a table or text without
     * punctuation: the rules, whose work grows with the square of a sentence, leave it alone.
     */
    public static final int LONGEST_SENTENCE = 150;

    /** Whether the rules read this sentence: prose (no heading) of a sentence's length. */
    public boolean readable(int[] sentence) {
        return !heading(sentence) && sentence[1] - sentence[0] <= LONGEST_SENTENCE;
    }

    /**
     * Whether the sentence asks rather than asserts: it ends with a question mark (before any closing quotes or
     * brackets). "What did the leaders' joint statement say?" states no agreement.
     */
    public boolean question(int[] sentence) {
        for (int t = sentence[1] - 1; t >= sentence[0]; t--) {
            var word = tokens.get(t).word();
            if (word.equals("?")) {
                return true;
            }
            if (!word.matches("[\"'”’»)\\]]+|''|-RRB-|-RSB-")) {
                return false;
            }
        }
        return false;
    }

    private MentionIndex index;
    private int indexed = -1;

    /** Whether a token lies inside a mention (the index is rebuilt when mentions were added since the last call). */
    boolean inMention(int token) {
        return index().covered(token);
    }

    /** The mention that covers a token and names an entity, or {@code null}. */
    public Mention namedAt(int token) {
        return index().named(token);
    }

    private MentionIndex index() {
        if (index == null || indexed != mentions.size()) {
            index = new MentionIndex(tokens, mentions);
            indexed = mentions.size();
        }
        return index;
    }

    public boolean heading(int[] sentence) {
        return article.inHeading(tokens.get(sentence[0]).begin());
    }

    /** Evidence for tokens [from, to) of a sentence: its words and the whole sentence, as the cleaned text has them. */
    public Facts.Evidence evidence(int[] sentence, int from, int to) {
        // the words as read (no markup, references decoded), placed by their offsets in the input file
        var quote = article.body().substring(tokens.get(from).begin(), tokens.get(to - 1).end());
        var words = article.body().substring(tokens.get(sentence[0]).begin(), tokens.get(sentence[1] - 1).end());
        return new Facts.Evidence(quote, words, article.start(tokens.get(from).begin()), article.end(tokens.get(to - 1).end()));
    }
}
