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
            + "iframe, svg, figure, figcaption, select, [aria-hidden=true], [role=navigation], [role=banner]";
    /** Widgets known by their class; a class word is a whole word of it ("share-tools", not "has-share-tools"). */
    private static final String WIDGETS = "[class~=(?i)(^|\\s)(share|social|byline|caption|related|promo|newsletter|advert)[\\w-]*(\\s|$)]";
    /** A widget is short: a container that holds much of the page's text is the article, whatever its class says. */
    private static final int WIDGET_TEXT = 400;

    private static final java.util.regex.Pattern REFERENCE =
            java.util.regex.Pattern.compile("&(#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)");

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
        doc.select(WIDGETS).forEach(e -> {
            if (e.text().length() <= WIDGET_TEXT) {
                e.remove();
            }
        });
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
        int j = 0;
        while (j < decoded.length()) {
            int codePoint = decoded.codePointAt(j);
            int chars = Character.charCount(codePoint);
            int origin = Math.max(at, 0);
            int next = at < 0 ? -1 : at + rawLength(html, at, rawEnd, codePoint);
            if (Character.isWhitespace(codePoint) || codePoint == '\u00a0') {
                if (!space) {
                    out.append(' ', origin, Math.max(origin + 1, next));
                }
                space = true;
            } else {
                for (int k = 0; k < chars; k++) {
                    out.append(decoded.charAt(j + k), origin, Math.max(origin + 1, next));
                }
                space = false;
            }
            at = next;
            j += chars;
        }
    }

    /**
     * How many source characters stand for {@code codePoint} at {@code at}: a character reference ("&amp;", "&#233;",
     * "&#x1F600;") when one is there and decodes to something else than a bare "&" would; otherwise the character.
     */
    private static int rawLength(String html, int at, int rawEnd, int codePoint) {
        if (at >= rawEnd || html.charAt(at) != '&') {
            return at < rawEnd ? Character.charCount(html.codePointAt(at)) : 1;
        }
        var m = REFERENCE.matcher(html).region(at, Math.min(rawEnd, at + 40));
        if (!m.lookingAt() || (codePoint == '&' && !m.group().toLowerCase().matches("&(amp|#0*38|#x0*26);?"))) {
            return 1; // "AT&T": a bare ampersand
        }
        return m.end() - at;
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
