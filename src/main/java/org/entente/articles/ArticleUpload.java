package org.entente.articles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.entente.extract.Extractor;
import org.entente.extract.gazetteer.Slugs;
import org.entente.facts.FactsReader;
import org.springframework.http.MediaType;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One article as POST /api/articles receives it, checked before any language model runs: a body of at most
 * {@value #MAX_BYTES} bytes (refused from its Content-Length when it says so, and never read past the limit), UTF-8
 * text, not binary, not empty, a date as yyyy-MM-dd, and a source id (given, or made from the title and date).
 *
 * @param id       the source id the article is stored under
 * @param fileName what the extractor is told the file is called: the id and the format's extension
 * @param bytes    the article itself (for JSON, its {@code text} as UTF-8)
 */
record ArticleUpload(String id, String fileName, byte[] bytes, Extractor.Options options) {

    static final int MAX_BYTES = Extractor.MAX_BYTES;
    static final List<String> JSON_KEYS = List.of("title", "url", "published", "publisher", "text", "id");
    private static final int MAX_SLUG = 80;
    private static final int MAX_FIELD = 2000;
    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** What the query string says about a text, HTML or Markdown body; every value may be {@code null}. */
    record Metadata(String id, String title, String url, String published, String publisher) {

        boolean isEmpty() {
            return id == null && title == null && url == null && published == null && publisher == null;
        }
    }

    static ArticleUpload read(MediaType type, long contentLength, InputStream body, Metadata query) throws IOException {
        if (contentLength > MAX_BYTES) {
            throw tooLarge(contentLength);
        }
        var bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(-1);
        }
        var charset = type.getCharset();
        if (charset != null && !charset.equals(StandardCharsets.UTF_8) && !charset.equals(StandardCharsets.US_ASCII)) {
            throw ArticleProblem.badRequest("The body must be UTF-8, not " + charset.name() + ": convert it (e.g. iconv -t UTF-8) "
                    + "and send charset=UTF-8.");
        }
        var text = text(bytes, "The body");
        if (MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
            if (!query.isEmpty()) {
                throw ArticleProblem.badRequest("With a JSON body, give id, title, url, published and publisher in the JSON, "
                        + "not in the query string.");
            }
            return json(text);
        }
        return of(extension(type), bytes, query);
    }

    private static ArticleUpload json(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw ArticleProblem.badRequest("The body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw ArticleProblem.badRequest("The JSON body must be an object with the keys " + String.join(", ", JSON_KEYS) + ".");
        }
        var unknown = new ArrayList<String>();
        for (var name : root.propertyNames()) {
            if (!JSON_KEYS.contains(name)) {
                unknown.add("'" + name + "'");
            } else if (!root.get(name).isString() && !root.get(name).isNull()) {
                throw ArticleProblem.badRequest("'" + name + "' must be a string.");
            }
        }
        if (!unknown.isEmpty()) {
            throw ArticleProblem.badRequest("Unknown key" + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown)
                    + "; the keys are " + String.join(", ", JSON_KEYS) + ".");
        }
        var text = string(root, "text");
        if (text == null || text.isBlank()) {
            throw ArticleProblem.badRequest("'text' is missing or empty: it holds the article.");
        }
        var meta = new Metadata(string(root, "id"), string(root, "title"), string(root, "url"), string(root, "published"),
                string(root, "publisher"));
        return of(".txt", text(text.getBytes(StandardCharsets.UTF_8), "'text'").getBytes(StandardCharsets.UTF_8), meta);
    }

    private static ArticleUpload of(String extension, byte[] bytes, Metadata meta) {
        for (var field : new String[][] {{"id", meta.id()}, {"title", meta.title()}, {"url", meta.url()},
                {"published", meta.published()}, {"publisher", meta.publisher()}}) {
            if (field[1] != null && (field[1].isBlank() || field[1].length() > MAX_FIELD)) {
                throw ArticleProblem.badRequest("'" + field[0] + "' must be 1 to " + MAX_FIELD + " characters.");
            }
        }
        if (meta.published() != null) {
            try {
                LocalDate.parse(meta.published());
            } catch (DateTimeParseException e) {
                throw ArticleProblem.badRequest("'published' must be a date as yyyy-MM-dd, not '" + meta.published() + "'.");
            }
        }
        var id = id(meta);
        return new ArticleUpload(id, id + extension, bytes,
                new Extractor.Options(id, meta.title(), meta.publisher(), meta.url(), meta.published()));
    }

    /** The given id, else the title's slug and the publication date ("medvedev-obama-meet-2009-04-01"). */
    static String id(Metadata meta) {
        if (meta.id() != null) {
            if (meta.id().length() > 200 || !meta.id().matches("[a-z0-9][a-z0-9._-]*")) {
                throw ArticleProblem.badRequest("'id' must be a slug of at most 200 lower-case letters, digits, '.', '_' "
                        + "and '-', not '" + meta.id() + "'.");
            }
            return meta.id();
        }
        if (meta.title() == null) {
            throw ArticleProblem.badRequest("Give the article a 'title' (or an 'id'): its source id is made from the title.");
        }
        var slug = Slugs.slug(meta.title());
        if (slug.length() > MAX_SLUG) {
            int cut = slug.lastIndexOf('-', MAX_SLUG);
            slug = slug.substring(0, cut > 0 ? cut : MAX_SLUG);
        }
        if (slug.isEmpty()) {
            throw ArticleProblem.badRequest("Cannot make a source id from the title '" + meta.title()
                    + "' (it has no Latin letters or digits): give an 'id'.");
        }
        return meta.published() == null ? slug : slug + "-" + meta.published();
    }

    private static String text(byte[] bytes, String what) {
        var text = FactsReader.decodeUtf8(bytes);
        if (text == null) {
            throw ArticleProblem.badRequest(what + " is not UTF-8 text: convert it (e.g. iconv -f WINDOWS-1252 -t UTF-8).");
        }
        if (text.indexOf('\0') >= 0) {
            throw ArticleProblem.badRequest(what + " is binary, not an article (text, HTML, Markdown or JSON).");
        }
        if (text.isBlank()) {
            throw ArticleProblem.badRequest(what + " is empty: send the article.");
        }
        return text;
    }

    private static String extension(MediaType type) {
        var subtype = type.getSubtype().toLowerCase(Locale.ROOT);
        return subtype.equals("html") ? ".html" : subtype.endsWith("markdown") ? ".md" : ".txt";
    }

    private static String string(JsonNode root, String name) {
        var value = root.get(name);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static ArticleProblem tooLarge(long length) {
        var limit = MAX_BYTES / 1024 / 1024 + " MB (" + MAX_BYTES + " bytes)";
        return ArticleProblem.tooLarge(length > 0 ? "The body has " + length + " bytes; an article is at most " + limit + "."
                : "The body is longer than an article may be: at most " + limit + ".");
    }
}
