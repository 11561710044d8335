package org.entente.extract.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an HTML page, one block element per line, with each character mapped to its offset in the
 * page source (jsoup tracks source positions; character references such as {@code &amp;} are aligned by hand).
 * Scripts, styles, navigation, headers, footers, forms, figures and share widgets are dropped before reading.
 */
final class HtmlText {

    private static final String NOT_ARTICLE = "script, style, noscript, template, nav, header, footer, aside, form, button, "
            + "iframe, svg, figure, figcaption, select, [aria-hidden=true], [role=navigation], [role=banner], "
            + "[class~=(?i)(share|social|byline|caption|related|promo|newsletter|advert)]";

    record Result(MappedText text, ArticleText.Meta meta) {
    }

    static Result read(String html) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        var meta = new ArticleText.Meta(
                first(doc.selectFirst("meta[property=og:title]"), "content", doc.title().isBlank() ? null : doc.title()),
                date(first(doc.selectFirst("meta[property=article:published_time], meta[name=date], meta[itemprop=datePublished]"),
                        "content", first(doc.selectFirst("time[datetime]"), "datetime", null))),
                first(doc.selectFirst("link[rel=canonical]"), "href", first(doc.selectFirst("meta[property=og:url]"), "content", null)),
                first(doc.selectFirst("meta[property=og:site_name]"), "content", null));
        doc.select(NOT_ARTICLE).remove();
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.body();
        }
        var text = new MappedText();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    appendText(html, t, text);
                } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
                    text.separator("\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    text.separator("\n");
                }
            }
        });
        return new Result(text, meta);
    }

    /** Appends a text node, whitespace runs folded to one space, each character mapped into the source. */
    private static void appendText(String html, TextNode node, MappedText out) {
        var decoded = node.getWholeText();
        var range = node.sourceRange();
        int at = range.isTracked() ? range.startPos() : -1;
        int rawEnd = range.isTracked() ? range.endPos() : -1;
        boolean space = out.length() > 0 && Character.isWhitespace(out.charAt(out.length() - 1));
        for (int j = 0; j < decoded.length(); j++) {
            int origin = Math.max(at, 0);
            int before = at;
            if (at >= 0 && at < rawEnd && html.charAt(at) == '&') {
                int semi = html.indexOf(';', at);
                at = semi > at && semi - at <= 12 ? semi + 1 : at + 1;
            } else if (at >= 0) {
                at++;
            }
            char c = decoded.charAt(j);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (!space) {
                    out.append(' ', origin);
                }
                space = true;
            } else {
                out.append(c, origin, Math.max(origin + 1, before >= 0 ? at : origin + 1));
                space = false;
            }
        }
    }

    private static String first(Element element, String attribute, String otherwise) {
        if (element == null) {
            return otherwise;
        }
        var value = element.attr(attribute).strip();
        return value.isEmpty() ? otherwise : value;
    }

    /** The date part of an ISO timestamp ({@code 2009-04-01T12:00Z} → {@code 2009-04-01}). */
    private static String date(String value) {
        return value != null && value.matches("\\d{4}-\\d{2}-\\d{2}.*") ? value.substring(0, 10) : null;
    }
}
