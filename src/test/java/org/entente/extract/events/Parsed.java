package org.entente.extract.events;

import java.util.List;

import org.entente.extract.Nlp;
import org.entente.extract.gazetteer.Gazetteer;
import org.entente.extract.mentions.Tokens;
import org.entente.extract.rules.Text;
import org.entente.extract.text.ArticleCleaner;

/** One short text through the language models and the parser, for the tests of a stage that reads the parse. */
record Parsed(Text text, Parse parse) {

    static Parsed of(String sentence) {
        var article = new ArticleCleaner().clean("t.txt", sentence);
        var doc = Nlp.annotate(article.body(), "2020-01-01");
        var tokens = Tokens.of(doc, Gazetteer.shared());
        return new Parsed(new Text(article, doc, tokens, new java.util.ArrayList<>(), "2020-01-01"), Parse.of(doc, tokens));
    }

    /** The index of the first token that is this word. */
    int at(String word) {
        for (int i = 0; i < text.tokens.size(); i++) {
            if (text.tokens.get(i).word().equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no token '" + word + "' in " + text.tokens.stream().map(t -> t.word()).toList());
    }

    List<String> words() {
        return text.tokens.stream().map(t -> t.word()).toList();
    }
}
