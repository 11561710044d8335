package org.entente.facts;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Streams YAML or JSON into a {@link Located} tree. Jackson's tree model forgets positions, and validation
 * needs them; duplicate keys are reported here because a mapping can hold only one of them.
 */
final class FactsParser {

    private static final TokenStreamFactory YAML = YAMLFactory.builder()
            .loadSettings(LoadSettings.builder().setCodePointLimit((int) FactsReader.MAX_BYTES).build())
            .build();
    private static final TokenStreamFactory JSON = new JsonFactory();

    private final List<FactsProblem> problems;

    FactsParser(List<FactsProblem> problems) {
        this.problems = problems;
    }

    /** Parses a whole document; a syntax error becomes a problem and the result is {@code null}. */
    Located parse(InputStream in, boolean json) {
        var factory = json ? JSON : YAML;
        try (JsonParser parser = factory.createParser(tools.jackson.core.ObjectReadContext.empty(), in)) {
            if (parser.nextToken() == null) {
                problems.add(new FactsProblem("", 1, "the file is empty"));
                return null;
            }
            var root = read(parser, "", line(parser));
            if (parser.nextToken() != null) {
                problems.add(new FactsProblem("", line(parser), "more than one document in the file; a Facts file holds one"));
            }
            return root;
        } catch (JacksonException e) {
            var location = e.getLocation();
            int line = location == null ? 0 : location.getLineNr();
            problems.add(new FactsProblem("", line, "not valid " + (json ? "JSON" : "YAML") + ": " + e.getOriginalMessage()));
            return null;
        }
    }

    /** Reads the value at the current token; {@code line} is where it starts for a person (its key's line). */
    private Located read(JsonParser parser, String path, int line) {
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // Jackson hands an alias over as the text of its name, which would be stored as data
            problems.add(new FactsProblem(path, line(parser), "YAML aliases (*name) are not supported in Facts files; "
                    + "write the value out"));
        }
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Located> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    var key = parser.currentName();
                    int keyLine = line(parser);
                    parser.nextToken();
                    var child = read(parser, path.isEmpty() ? key : path + "." + key, keyLine);
                    if (map.containsKey(key)) {
                        problems.add(new FactsProblem(child.path(), keyLine, "duplicate key '" + key + "' (first at line "
                                + map.get(key).line() + ")"));
                    } else {
                        map.put(key, child);
                    }
                }
                return new Located(map, path, line);
            }
            case START_ARRAY -> {
                List<Located> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(parser, path + "[" + list.size() + "]", line(parser)));
                }
                return new Located(list, path, line);
            }
            case VALUE_STRING -> {
                return new Located(parser.getString(), path, line);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new Located(parser.getNumberValue(), path, line);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Located(parser.getBooleanValue(), path, line);
            }
            default -> {
                return new Located(null, path, line);
            }
        }
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
