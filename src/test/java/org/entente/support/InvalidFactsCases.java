package org.entente.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/**
 * One broken Facts file per kind of mistake, each made from the valid fixture by one edit, with the message, the
 * path and the line the validator must report.
 */
public final class InvalidFactsCases {

    public static final Path FIXTURES = Path.of("src/test/resources/facts");

    private InvalidFactsCases() {
    }

    public static String valid() {
        try {
            return Files.readString(FIXTURES.resolve("valid.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a case into {@code dir} (beside a copy of the article) and returns the file. */
    public static Path write(Path dir, String name, byte[] content) {
        try {
            Files.copy(FIXTURES.resolve("article.txt"), dir.resolve("article.txt"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            var file = dir.resolve(name);
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Arguments edit(String name, String from, String to, String message, String path, int line) {
        var text = valid();
        if (!text.contains(from)) {
            throw new IllegalArgumentException(name + ": fixture lacks '" + from + "'");
        }
        return Arguments.of(name, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)).getBytes(StandardCharsets.UTF_8), message, path, line);
    }

    /** name, file bytes, expected message fragment, expected path, expected line (0: any). */
    public static Stream<Arguments> cases() {
        return Stream.of(
                edit("unknown key", "    aliases: [Alice]", "    aliases: [Alice]\n    colour: red",
                        "unknown key 'colour'", "entities[0].colour", 12),
                edit("unknown entity kind", "kind: Country", "kind: Nation",
                        "unknown kind 'Nation'", "entities[2].kind", 16),
                edit("unknown claim kind", "kind: AGREEMENT", "kind: ALLIANCE",
                        "unknown claim kind 'ALLIANCE'", "claims[0].kind", 32),
                edit("unknown relationship type", "type: LEADS", "type: RULES",
                        "unknown relationship type 'RULES'", "relationships[0].type", 20),
                edit("dangling id", "to: country:rus", "to: country:fra",
                        "unknown entity 'country:fra'", "relationships[0].to", 22),
                edit("duplicate id", "id: person:bob-sample", "id: person:alice-example",
                        "duplicate entity id 'person:alice-example' (first at line 8)", "entities[1].id", 12),
                edit("bad date", "date: 2009-04-01\n    place", "date: April 1\n    place",
                        "'April 1' is not a date", "relationships[1].date", 28),
                edit("impossible date", "published: 2009-04-01", "published: 2009-02-30",
                        "'2009-02-30' is not a date", "source.published", 5),
                edit("empty name", "name: Bob Sample", "name: \"  \"",
                        "name is empty", "entities[1].name", 14),
                edit("quote not in the text", "quote: The two leaders agreed on testing", "quote: The two leaders agreed on everything",
                        "the quote does not occur in the article text", "claims[0].quote", 38),
                edit("wrong endpoint kind", "from: person:alice-example\n    to: country:rus",
                        "from: country:rus\n    to: person:alice-example",
                        "cannot have a Country here", "relationships[0].from", 21),
                edit("cameo as a number", "cameo: \"057\"", "cameo: 57",
                        "leading zeros matter", "claims[0].cameo", 39),
                edit("YAML alias", "name: Bob Sample", "name: *n",
                        "YAML aliases (*name) are not supported", "entities[1].name", 14),
                edit("malformed YAML", "claims:", "claims: [", "not valid YAML", "", 0),
                edit("no source", "source:\n", "origin:\n", "unknown key 'origin'", "origin", 1),
                edit("article text that is not an article", "text: article.txt", "text: ../../../../etc/passwd",
                        "source.text must name an article file", "source.text", 6),
                edit("missing article text", "text: article.txt", "text: missing.txt",
                        "cannot read the article text", "source.text", 6),
                Arguments.of("empty file", new byte[0], "the file is empty", "", 1),
                Arguments.of("binary file", new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14}, "binary", "", 0),
                Arguments.of("not UTF-8", "source: {id: caf\u00e9}".getBytes(StandardCharsets.ISO_8859_1), "not UTF-8", "", 0));
    }
}
