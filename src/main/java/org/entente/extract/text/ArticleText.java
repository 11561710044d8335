package org.entente.extract.text;

import java.util.List;

/**
 * An article reduced to its body: the paragraphs worth reading, joined by blank lines, with every character
 * mapped back to the input file. Headings are kept (they name things) but are marked, so no claim comes from them.
 *
 * @param input     the file's text as given
 * @param body      the cleaned text that the NLP pipeline reads
 * @param headings  [start, end) ranges of {@code body} that are headings rather than prose
 * @param meta      what the file itself says about the article (title, date, address), each possibly {@code null}
 */
public record ArticleText(String input, String body, int[] origins, int[] ends, List<int[]> headings, Meta meta) {

    /** Title, publication date (ISO 8601), URL and publisher as found in the file. */
    public record Meta(String title, String published, String url, String publisher) {

        Meta orElse(Meta other) {
            return new Meta(title != null ? title : other.title, published != null ? published : other.published,
                    url != null ? url : other.url, publisher != null ? publisher : other.publisher);
        }
    }

    static ArticleText of(String input, MappedText body, List<int[]> headings, Meta meta) {
        var origins = new int[body.length() + 1];
        var ends = new int[body.length() + 1];
        for (int i = 0; i < body.length(); i++) {
            origins[i] = body.originOf(i);
            ends[i + 1] = body.originEnd(i + 1);
        }
        origins[body.length()] = body.originEnd(body.length());
        return new ArticleText(input, body.text(), origins, ends, headings, meta);
    }

    /** Input offset of a body offset that starts a span. */
    public int start(int bodyOffset) {
        return origins[bodyOffset];
    }

    /** Input offset of a body offset that ends a span (exclusive). */
    public int end(int bodyOffset) {
        return ends[bodyOffset];
    }

    public boolean inHeading(int bodyOffset) {
        return headings.stream().anyMatch(h -> bodyOffset >= h[0] && bodyOffset < h[1]);
    }
}
