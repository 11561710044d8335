package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The DEBUG line of a statement names it and gives its parameters as JSON, enough to run it again. */
class CypherTests {

    @Test
    void shouldLogTheNameAndTheParametersAsJsonWithNestedMapsListsAndNulls() {
        var member = new HashMap<String, Object>();
        member.put("id", "country:usa");
        member.put("since", null);
        member.put("self", true);
        member.put("for", Map.of("id", "country:usa", "name", "United States"));
        var parameters = new HashMap<String, Object>();
        parameters.put("members", List.of(member));
        parameters.put("others", null);
        parameters.put("limit", 200);
        parameters.put("text", "say \"no\"\nagain é");
        assertThat(Cypher.describe("explore/find_relations", Cypher.load("explore/find_relations"), parameters))
                .isEqualTo("explore/find_relations {\"limit\":200,\"members\":[{\"for\":{\"id\":\"country:usa\","
                        + "\"name\":\"United States\"},\"id\":\"country:usa\",\"self\":true,\"since\":null}],"
                        + "\"others\":null,\"text\":\"say \\\"no\\\"\\nagain é\"}");
    }

    @Test
    void shouldReadBackAsTheSameParametersAndGiveAnAdaptedTextAfterThem() {
        var text = Cypher.load("explore/find_connections").replace("*..6]", "*..4]");
        var parameters = Map.<String, Object>of("from", "country:usa", "to", "country:rus", "limit", 15,
                "types", List.of("LEADS", "PARTY"));
        var line = Cypher.describe("explore/find_connections", text, parameters);
        assertThat(line).doesNotContain("\n");
        var name = line.substring(0, line.indexOf(' '));
        var values = JsonMapper.builder().build().readerFor(Object.class).readValues(line.substring(name.length())).readAll();
        assertThat(name).isEqualTo("explore/find_connections");
        assertThat(values).containsExactly(parameters, text);
        assertThat(Cypher.describe("ingest/count_sources", Cypher.load("ingest/count_sources"), Map.of()))
                .isEqualTo("ingest/count_sources {}");
        assertThat(Arrays.asList(Cypher.describe("ingest/count_sources", Cypher.load("ingest/count_sources"), null)
                .split(" "))).containsExactly("ingest/count_sources", "{}");
    }

    @Test
    void shouldStillLogAParameterJsonCannotWrite() {
        var loop = new HashMap<String, Object>();
        loop.put("self", loop);
        var line = Cypher.describe("ingest/count_sources", Cypher.load("ingest/count_sources"), Map.of("x", loop));
        assertThat(line).startsWith("ingest/count_sources {x={self=(this Map)}} (not as JSON: ");
    }
}
