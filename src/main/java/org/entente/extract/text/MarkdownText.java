package org.entente.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prose of a Markdown file: front matter, heading and list markers, emphasis, images and link targets
 * removed, link texts kept, each remaining character mapped to its offset in the file.
 */
final class MarkdownText {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\s?---\\R(.*?)\\R---\\R", Pattern.DOTALL);
    private static final Pattern LINE_MARKER = Pattern.compile("^(\\s{0,3}(#{1,6}|>|[-*+]|\\d+[.)])\\s+)+");
    /** Inline markup: images (dropped), links (text kept), emphasis and code marks (dropped). */
    private static final Pattern INLINE = Pattern.compile("!\\[[^\\]]*+]\\([^)]*+\\)|\\[([^\\]]++)]\\([^)]*+\\)|\\*{1,3}|(?<!\\w)_{1,3}|_{1,3}(?!\\w)|`+");

    record Result(MappedText text, ArticleText.Meta meta) {
    }

    static Result read(String md) {
        var meta = new ArticleText.Meta(null, null, null, null);
        int from = 0;
        var front = FRONT_MATTER.matcher(md);
        if (front.find()) {
            var date = key(front.group(1), "date");
            meta = new ArticleText.Meta(key(front.group(1), "title"), date != null && date.matches("\\d{4}-\\d{2}-\\d{2}.*") ? date.substring(0, 10) : null, key(front.group(1), "url"),
                    key(front.group(1), "publisher"));
            from = front.end();
        }
        var out = new MappedText();
        while (from <= md.length()) {
            int end = md.indexOf('\n', from);
            if (end < 0) {
                end = md.length();
            }
            var marker = LINE_MARKER.matcher(md).region(from, end);
            int start = marker.lookingAt() ? marker.end() : from;
            appendInline(md, start, end, out);
            out.separator("\n");
            from = end + 1;
        }
        return new Result(out, meta);
    }

    private static void appendInline(String md, int start, int end, MappedText out) {
        Matcher m = INLINE.matcher(md).region(start, end);
        int at = start;
        while (m.find()) {
            out.appendSource(md, at, m.start());
            if (m.group(1) != null) {
                out.appendSource(md, m.start(1), m.end(1));
            }
            at = m.end();
        }
        out.appendSource(md, at, end);
    }

    private static String key(String yaml, String key) {
        var m = Pattern.compile("(?m)^" + key + ":[ \\t]*+[\"']?([^\\r\\n]*?)[\"']?[ \\t]*+$").matcher(yaml);
        return m.find() && !m.group(1).isEmpty() ? m.group(1) : null;
    }
}
