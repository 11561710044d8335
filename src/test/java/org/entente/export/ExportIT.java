package org.entente.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Api.list;
import static org.entente.support.Api.texts;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.entente.explore.DateRange;
import org.entente.support.GraphCounts;
import org.entente.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Element;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * GET /api/export over real HTTP on the seeded graph: each format parsed back and held to the graph's own counts, the
 * Georgia disagreement carrying its quote and source in each, subgraphs and periods, and the bad parameters.
 */
public class ExportIT extends HttpTest {

    private static final String GEORGIA_QUOTE = "continue to disagree about the \"causes and sequence of the military actions\"";
    private static final String SEED = "rferl-2009-04-01-medvedev-obama";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    Exporter exporter;

    private record Download(int status, String contentType, String disposition, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    @Test
    void shouldExportTheWholeGraphAsJsonWithEveryClaimsQuoteAndSource() {
        var download = download("format", "json");
        assertThat(download.status()).as(download.text()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/json");
        assertThat(download.disposition()).contains("entente-export.json");
        var body = download.json();
        var graph = graphCounts();
        assertThat(list(body.get("entities"))).hasSize((int) graph.entities());
        assertThat(list(body.get("relationships"))).hasSize((int) graph.relationships());
        assertThat(list(body.get("claims"))).hasSize((int) graph.claims());
        assertThat(body.get("counts").get("claims").asLong()).isEqualTo(graph.claims());
        assertThat(graph.claims()).isGreaterThanOrEqualTo(42);

        // every claim carries the quote and source the graph holds for it
        var stated = statedIn();
        for (var claim : list(body.get("claims"))) {
            var id = claim.get("id").asString();
            assertThat(claim.get("quote").asString()).as(id).isEqualTo(stated.get(id).get("quote"));
            assertThat(claim.get("source").get("id").asString()).as(id).isEqualTo(stated.get(id).get("source"));
            assertThat(claim.get("source").get("title").asString()).as(id).isEqualTo(stated.get(id).get("title"));
            assertThat(list(claim.get("parties"))).as(id).isNotEmpty().allSatisfy(p -> assertThat(p.get("side").asString()).isNotBlank());
        }
        var georgia = georgia(list(body.get("claims")));
        assertThat(georgia.get("kind").asString()).isEqualTo("DISAGREEMENT");
        assertThat(georgia.get("date").asString()).isEqualTo("2009-04-01");
        assertThat(georgia.get("modality").asString()).isEqualTo("ASSERTED");
        assertThat(georgia.get("cameo").asString()).isEqualTo("110");
        assertThat(georgia.get("goldstein").asDouble()).isEqualTo(-2.0);
        assertThat(texts(georgia.get("parties"), "id")).containsExactlyInAnyOrder("country:usa", "country:rus");
        assertThat(list(georgia.get("about")).stream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("country:geo", "event:2008-russo-georgian-war");
        assertThat(georgia.get("source").get("id").asString()).isEqualTo(SEED);
        assertThat(georgia.get("source").get("publisher").asString()).isEqualTo("RFE/RL");
        assertThat(georgia.get("source").get("title").asString()).isEqualTo("Medvedev, Obama Accent The Positive In First Meeting");
        var obama = list(body.get("entities")).stream().filter(e -> e.get("id").asString().equals("person:barack-obama"))
                .findFirst().orElseThrow();
        assertThat(obama.get("kind").asString()).isEqualTo("Person");
        assertThat(list(obama.get("aliases")).stream().map(JsonNode::asString)).contains("Obama");
        assertThat(list(body.get("relationships"))).anySatisfy(r -> {
            assertThat(r.get("type").asString()).isEqualTo("LEADS");
            assertThat(r.get("from").asString()).isEqualTo("person:barack-obama");
            assertThat(r.get("quote").asString()).isNotBlank();
        });
    }

    @Test
    void shouldWriteGraphmlThatHoldsToTheSchemaAndTheGraph() throws Exception {
        var download = download("format", "graphml");
        assertThat(download.status()).as(download.text()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/graphml+xml");
        // kept for a look in Gephi or yEd, as AskTableIT keeps its answers
        java.nio.file.Files.write(java.nio.file.Path.of("target/export-seed.graphml"), download.body());
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(download.body()));
        var root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(GraphmlWriter.NS);
        assertThat(root.getLocalName()).isEqualTo("graphml");

        // keys: unique ids, a domain, a name and one of GraphML's types each, all before the one directed graph
        var keys = new HashMap<String, Element>();
        var children = elements(root, null);
        var graphs = elements(root, "graph");
        assertThat(graphs).hasSize(1);
        var graphElement = graphs.get(0);
        assertThat(graphElement.getAttribute("edgedefault")).isEqualTo("directed");
        for (var child : children) {
            assertThat(child.getLocalName()).isIn("key", "graph");
            if (child.getLocalName().equals("key")) {
                assertThat(children.indexOf(child)).isLessThan(children.indexOf(graphElement));
                assertThat(keys.put(child.getAttribute("id"), child)).as("key " + child.getAttribute("id")).isNull();
                assertThat(child.getAttribute("for")).isIn("node", "edge");
                assertThat(child.getAttribute("attr.name")).isNotBlank();
                assertThat(child.getAttribute("attr.type")).isIn("boolean", "int", "long", "float", "double", "string");
            }
        }

        // nodes and edges: unique name-token ids, edges between nodes written before them, data only under declared keys
        var nodes = new HashMap<String, Map<String, String>>();
        var edges = new ArrayList<Map<String, String>>();
        var edgeIds = new HashSet<String>();
        for (var element : elements(graphElement, null)) {
            assertThat(element.getLocalName()).isIn("node", "edge");
            var data = data(element, keys);
            if (element.getLocalName().equals("node")) {
                var id = element.getAttribute("id");
                assertThat(id).matches("[\\p{L}\\p{N}._:-]+");
                assertThat(nodes.put(id, data)).as("node " + id).isNull();
            } else {
                assertThat(edgeIds.add(element.getAttribute("id"))).as("edge " + element.getAttribute("id")).isTrue();
                assertThat(nodes).as("edge " + element.getAttribute("id")).containsKeys(element.getAttribute("source"),
                        element.getAttribute("target"));
                data.put("source", element.getAttribute("source"));
                data.put("target", element.getAttribute("target"));
                edges.add(data);
            }
        }
        var graph = graphCounts();
        assertThat(nodes.values().stream().filter(n -> "Entity".equals(n.get("class"))).count()).isEqualTo(graph.entities());
        assertThat(nodes.values().stream().filter(n -> "Claim".equals(n.get("class"))).count()).isEqualTo(graph.claims());
        var byLabel = new HashMap<String, Long>();
        edges.forEach(e -> byLabel.merge(e.get("label"), 1L, Long::sum));
        var counts = GraphCounts.of(this.graph);
        assertThat(byLabel.get("PARTY")).isEqualTo(counts.get("-PARTY"));
        assertThat(byLabel.get("ABOUT")).isEqualTo(counts.get("-ABOUT"));
        assertThat(byLabel.get("LEADS")).isEqualTo(counts.get("-LEADS"));
        assertThat(edges.size() - byLabel.get("PARTY") - byLabel.get("ABOUT") - byLabel.getOrDefault("ATTRIBUTED_TO", 0L))
                .isEqualTo(graph.relationships());

        var georgia = nodes.values().stream().filter(n -> n.getOrDefault("quote", "").contains(GEORGIA_QUOTE)).findFirst().orElseThrow();
        assertThat(georgia.get("kind")).isEqualTo("DISAGREEMENT");
        assertThat(georgia.get("source_id")).isEqualTo(SEED);
        assertThat(georgia.get("source_publisher")).isEqualTo("RFE/RL");
        assertThat(georgia.get("source_title")).startsWith("Medvedev, Obama");
        assertThat(georgia.get("goldstein")).isEqualTo("-2.0");
        assertThat(nodes.get("person:barack-obama").get("label")).isEqualTo("Barack Obama");
    }

    @Test
    void shouldWriteCsvAsAZipOfFourTablesThatHoldToTheGraph() throws IOException {
        var download = download("format", "csv");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/zip");
        assertThat(download.disposition()).contains("entente-export.zip");
        var tables = new LinkedHashMap<String, List<Map<String, String>>>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(download.body()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                tables.put(entry.getName(), rows(zip.readAllBytes()));
            }
        }
        assertThat(tables.keySet()).containsExactly("nodes.csv", "edges.csv", "claims.csv", "claim_links.csv");
        var graph = graphCounts();
        assertThat(tables.get("nodes.csv")).hasSize((int) graph.entities());
        assertThat(tables.get("edges.csv")).hasSize((int) graph.relationships());
        assertThat(tables.get("claims.csv")).hasSize((int) graph.claims());
        var links = tables.get("claim_links.csv");
        assertThat(links.stream().filter(l -> l.get("link").equals("PARTY")).count()).isEqualTo(GraphCounts.of(this.graph).get("-PARTY"));
        var georgia = tables.get("claims.csv").stream().filter(c -> c.get("quote").contains(GEORGIA_QUOTE)).findFirst().orElseThrow();
        assertThat(georgia.get("source_id")).isEqualTo(SEED);
        assertThat(georgia.get("source_publisher")).isEqualTo("RFE/RL");
        assertThat(georgia.get("cameo")).isEqualTo("110");
        assertThat(georgia.get("parties")).contains("country:usa", "country:rus");
        assertThat(links).anySatisfy(l -> {
            assertThat(l.get("claim")).isEqualTo(georgia.get("id"));
            assertThat(l.get("entity")).isEqualTo("country:geo");
            assertThat(l.get("link")).isEqualTo("ABOUT");
        });
        var obama = tables.get("nodes.csv").stream().filter(n -> n.get("Id").equals("person:barack-obama")).findFirst().orElseThrow();
        assertThat(obama.get("Label")).isEqualTo("Barack Obama");
        assertThat(obama.get("kind")).isEqualTo("Person");
        assertThat(tables.get("edges.csv")).allSatisfy(e -> assertThat(e.get("Type")).isEqualTo("Directed"));
    }

    @Test
    void shouldExportTheSubgraphAroundAnEntityWithNothingDangling() {
        var one = download("format", "json", "entity", "Volk").json();
        var ids = Set.copyOf(texts(one.get("entities"), "id"));
        assertThat(one.get("selection").get("entity").asString()).isEqualTo("person:yevgeny-volk");
        assertThat(one.get("selection").get("hops").asInt()).isEqualTo(1);
        assertThat(ids).contains("person:yevgeny-volk").hasSizeLessThan((int) graphCounts().entities());
        assertThat(list(one.get("relationships"))).allSatisfy(r -> assertThat(ids).contains(r.get("from").asString(), r.get("to").asString()));
        assertThat(list(one.get("claims"))).isNotEmpty().allSatisfy(c -> {
            assertThat(ids).containsAll(texts(c.get("parties"), "id"));
            list(c.get("about")).forEach(t -> assertThat(ids).contains(t.asString()));
        });
        var two = download("format", "json", "entity", "person:yevgeny-volk", "hops", "2").json();
        var twoIds = Set.copyOf(texts(two.get("entities"), "id"));
        assertThat(twoIds).containsAll(ids).hasSizeGreaterThan(ids.size());
        assertThat(list(two.get("claims")).size()).isGreaterThanOrEqualTo(list(one.get("claims")).size());
    }

    @Test
    void shouldKeepOnlyTheClaimsOfThePeriod() {
        var body = download("format", "json", "since", "2009-04", "until", "2009-12").json();
        var claims = list(body.get("claims"));
        var range = DateRange.of("2009-04", "2009-12");
        assertThat(claims).isNotEmpty().allSatisfy(c -> assertThat(range.overlaps(c.get("date").asString())).isTrue());
        long inGraph = graph.read(tx -> tx.run("MATCH (c:Claim) RETURN c.date AS date").list(r -> r.get("date").asString(null)))
                .stream().filter(range::overlaps).count();
        assertThat(claims).hasSize((int) inGraph);
        assertThat(list(body.get("entities"))).hasSize((int) graphCounts().entities());
    }

    @Test
    void shouldCountWhatItWrites() {
        for (var selection : List.of(exporter.select(null, null, null, null, Long.MAX_VALUE),
                exporter.select("Obama", 2, "2009", null, Long.MAX_VALUE),
                exporter.select("Kremlin", 1, null, "2008-12-31", Long.MAX_VALUE))) {
            var counts = exporter.export(selection, ExportFormat.JSON, new ByteArrayOutputStream());
            assertThat(exporter.count(selection)).as(String.valueOf(selection.entity())).isEqualTo(counts);
        }
    }

    @Test
    void shouldRefuseBadParametersWithProblemsThatNameThem() {
        var before = GraphCounts.of(graph);
        expect(400, "format", "format", "xml");
        expect(400, "hops", "format", "json", "entity", "Volk", "hops", "0");
        expect(400, "hops", "format", "json", "entity", "Volk", "hops", "4");
        expect(400, "hops", "format", "json", "entity", "Volk", "hops", "two");
        expect(400, "hops needs an entity", "format", "json", "hops", "2");
        expect(400, "since", "format", "json", "since", "April 2009");
        expect(400, "until", "format", "json", "until", "2009-13");
        expect(400, "is after", "format", "json", "since", "2010", "until", "2009");
        expect(400, "limit", "format", "json", "limit", "0");
        var unknown = expect(404, "Nobody Atall", "format", "graphml", "entity", "Nobody Atall");
        assertThat(unknown.get("type").asString()).isEqualTo("urn:entente:problem:unknown-entity");
        var tooLarge = expect(422, "limit of 10", "format", "graphml", "limit", "10");
        assertThat(tooLarge.get("type").asString()).isEqualTo("urn:entente:problem:export-too-large");
        assertThat(tooLarge.get("claims").asLong()).isEqualTo(graphCounts().claims());
        assertThat(tooLarge.get("limit").asLong()).isEqualTo(10);
        expect(422, "more than 3 entities", "format", "json", "entity", "Obama", "hops", "3", "limit", "3");
        assertThat(GraphCounts.of(graph)).isEqualTo(before);
    }

    private JsonNode expect(int status, String detail, String... params) {
        var download = download(params);
        assertThat(download.status()).as(download.text()).isEqualTo(status);
        assertThat(download.contentType()).startsWith("application/problem+json");
        var problem = download.json();
        assertThat(problem.get("detail").asString()).contains(detail);
        return problem;
    }

    private Download download(String... params) {
        var query = new StringBuilder();
        for (int i = 0; i + 1 < params.length; i += 2) {
            query.append(query.isEmpty() ? "?" : "&").append(params[i]).append('=')
                    .append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        try {
            var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/export" + query)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The graph's own counts, asked without the export's statements. */
    private Exporter.Counts graphCounts() {
        return graph.read(tx -> {
            long entities = tx.run("MATCH (e:Entity) RETURN count(e) AS n").single().get("n").asLong();
            long relationships = tx.run("MATCH (:Entity)-[r:LEADS|MEMBER_OF|WORKS_FOR|SPEAKS_FOR|PART_OF|PARTY_TO|SUCCEEDS|MET]->(:Entity) "
                    + "RETURN count(r) AS n").single().get("n").asLong();
            long claims = tx.run("MATCH (c:Claim) RETURN count(c) AS n").single().get("n").asLong();
            return new Exporter.Counts(entities, relationships, claims);
        });
    }

    /** Each claim's quote, source id and title, as the graph holds them. */
    private Map<String, Map<String, String>> statedIn() {
        var stated = new HashMap<String, Map<String, String>>();
        graph.read(tx -> tx.run("MATCH (c:Claim)-[s:STATED_IN]->(a:Article) RETURN c.id AS id, s.quote AS quote, a.id AS source, a.title AS title")
                .list(r -> stated.put(r.get("id").asString(), Map.of("quote", r.get("quote").asString(),
                        "source", r.get("source").asString(), "title", r.get("title").asString()))));
        return stated;
    }

    private static JsonNode georgia(List<JsonNode> claims) {
        return claims.stream().filter(c -> c.get("quote").asString().contains(GEORGIA_QUOTE)).findFirst().orElseThrow();
    }

    private static List<Element> elements(Element parent, String name) {
        var found = new ArrayList<Element>();
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || name.equals(e.getLocalName()))) {
                assertThat(e.getNamespaceURI()).isEqualTo(GraphmlWriter.NS);
                found.add(e);
            }
        }
        return found;
    }

    /** The data of a node or an edge by attribute name; each under a declared key of its domain, numbers parse. */
    private static Map<String, String> data(Element element, Map<String, Element> keys) {
        var data = new HashMap<String, String>();
        for (var d : elements(element, null)) {
            assertThat(d.getLocalName()).isEqualTo("data");
            var key = keys.get(d.getAttribute("key"));
            assertThat(key).as("key " + d.getAttribute("key")).isNotNull();
            assertThat(key.getAttribute("for")).isEqualTo(element.getLocalName());
            var value = d.getTextContent();
            switch (key.getAttribute("attr.type")) {
                case "double" -> Double.parseDouble(value);
                case "long" -> Long.parseLong(value);
                default -> { }
            }
            data.put(key.getAttribute("attr.name"), value);
        }
        return data;
    }

    private static List<Map<String, String>> rows(byte[] csv) throws IOException {
        var mapper = CsvMapper.builder().build();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return it.readAll();
        }
    }
}
