package org.entente.extract.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.entente.extract.ArticleException;

/**
 * Reduces an article file (plain text, HTML or Markdown) to the paragraphs of its body: navigation lines,
 * repeated photo captions, pull quotes, bylines, share buttons and publisher footers go; every kept character
 * keeps its offset in the file. The rules live in {@code extract/boilerplate.txt}, where they can be read.
 */
public final class ArticleCleaner {

    /** The longest body we read: about 50,000 words, far beyond any news article. */
    public static final int MAX_BODY_CHARS = 300_000;

    private final List<Pattern> lines = new ArrayList<>();
    private final List<Pattern> footers = new ArrayList<>();

    public ArticleCleaner() {
        try (InputStream in = ArticleCleaner.class.getResourceAsStream("/extract/boilerplate.txt")) {
            for (var line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                boolean footer = line.startsWith("footer:");
                var pattern = Pattern.compile(footer ? line.substring(7) : line, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                (footer ? footers : lines).add(pattern);
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read extract/boilerplate.txt from the classpath", e);
        }
    }

    /** Cleans {@code input}, read as HTML or Markdown when {@code fileName} says so, else as plain text. */
    public ArticleText clean(String fileName, String input) {
        var name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            var html = HtmlText.read(input);
            return paragraphs(input, html.text(), html.meta());
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            var md = MarkdownText.read(input);
            return paragraphs(input, md.text(), md.meta());
        }
        return paragraphs(input, new MappedText().appendSource(input, 0, input.length()), new ArticleText.Meta(null, null, null, null));
    }

    private ArticleText paragraphs(String input, MappedText raw, ArticleText.Meta meta) {
        if (raw.length() > 2 * MAX_BODY_CHARS) {
            throw tooLong(raw.length());
        }
        var found = splitLines(raw);
        var counts = new HashMap<String, Integer>();
        found.forEach(l -> counts.merge(l.text, 1, Integer::sum));
        var folded = new StringBuilder();
        found.forEach(l -> folded.append(fold(l.text)).append('\n'));
        var kept = new ArrayList<Line>();
        for (int i = 0; i < found.size(); i++) {
            var line = found.get(i);
            if (footers.stream().anyMatch(p -> p.matcher(line.text).find()) && i >= found.size() * 2 / 3) {
                break;
            }
            if (counts.get(line.text) > 1 || lines.stream().anyMatch(p -> p.matcher(line.text).find())
                    || isPullQuote(line, folded)) {
                continue;
            }
            kept.add(line);
        }
        var body = new MappedText();
        var headings = new ArrayList<int[]>();
        String title = null;
        boolean prose = false;
        for (int i = 0; i < kept.size(); i++) {
            // lines wrapped inside a paragraph ("hard-wrapped" text, Markdown) are one paragraph: a blank line ends it
            int last = i;
            while (last + 1 < kept.size() && kept.get(last + 1).index == kept.get(last).index + 1 && !kept.get(last + 1).blankBefore) {
                last++;
            }
            if (body.length() > 0) {
                body.separator("\n\n");
            }
            int from = body.length();
            for (int k = i; k <= last; k++) {
                if (k > i) {
                    body.separator(" ");
                }
                body.appendMapped(raw, kept.get(k).start, kept.get(k).end);
            }
            if (i == last && (isHeading(kept.get(i).text) || title == null && !prose && last + 1 < kept.size() && isTitle(kept.get(i).text))) {
                headings.add(new int[] {from, body.length()});
                if (title == null && !prose) {
                    title = kept.get(i).text;
                }
            } else {
                prose = true;
            }
            i = last;
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw tooLong(body.length());
        }
        return ArticleText.of(input, body, headings, meta.orElse(new ArticleText.Meta(title, null, null, null)));
    }

    private static ArticleException tooLong(int chars) {
        return new ArticleException("the article body has " + chars + " characters; Entente reads at most "
                + MAX_BODY_CHARS + " (about 50,000 words) per article: split the text into articles");
    }

    /** A line of the text: offsets in it, its number, and whether a blank line stands before it. */
    private record Line(int start, int end, String text, int index, boolean blankBefore) {
    }

    private static List<Line> splitLines(MappedText raw) {
        var result = new ArrayList<Line>();
        int start = 0;
        int number = 0;
        boolean blank = true;
        var text = raw.text();
        for (int i = 0; i <= raw.length(); i++) {
            if (i == raw.length() || raw.charAt(i) == '\n') {
                int from = start;
                int to = i;
                while (from < to && Character.isWhitespace(raw.charAt(from))) {
                    from++;
                }
                while (to > from && Character.isWhitespace(raw.charAt(to - 1))) {
                    to--;
                }
                if (to > from) {
                    result.add(new Line(from, to, text.substring(from, to), number, blank));
                    blank = false;
                } else {
                    blank = true;
                }
                number++;
                start = i + 1;
            }
        }
        return result;
    }

    /** A heading or caption-like line: short and without the punctuation that ends a sentence. */
    static boolean isHeading(String line) {
        return unended(line, 14);
    }

    /**
     * The first line of a text, standing alone, without the punctuation that ends a sentence: its title, even when
     * longer than a heading ("United States’ Actions To Press for the Resolution of the Crisis in the Tigray Region of Ethiopia").
     */
    static boolean isTitle(String line) {
        return unended(line, 30);
    }

    /** A line of at most {@code words} words whose last character ends no sentence. */
    private static boolean unended(String line, int words) {
        char last = line.charAt(line.length() - 1);
        return ".?!\"”’':;)".indexOf(last) < 0 && line.split("\\s+").length <= words;
    }

    /** A pull quote repeats, without its final punctuation, words that stand in a paragraph elsewhere. */
    private static boolean isPullQuote(Line line, CharSequence foldedText) {
        if (!isHeading(line.text) && !line.text.matches(".*[^.?!\"”]$")) {
            return false;
        }
        var needle = fold(line.text);
        if (needle.length() < 40) {
            return false;
        }
        var all = foldedText.toString();
        int first = all.indexOf(needle);
        // found once as a line of its own (itself) is no repetition; a second occurrence is
        return first >= 0 && all.indexOf(needle, first + 1) >= 0;
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\"“”'‘’]", "").replaceAll("\\s+", " ").strip();
    }
}
