package org.entente.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A zip of four CSV files (RFC 4180, a header row each, UTF-8), written with Jackson's CSV writer as the rows arrive:
 * {@code nodes.csv} (entities, with Gephi's {@code Id} and {@code Label}), {@code edges.csv} (structural relationships,
 * Gephi's {@code Source}, {@code Target}, {@code Type}, {@code Label}), {@code claims.csv} (one row per claim with its
 * quote and source) and {@code claim_links.csv} (a claim's parties with side and role, its topics, its speaker). The
 * links arrive with their claims but are a file of their own, so they wait in a temporary file until the claims are
 * written. Lists (aliases, sources) are joined with "; ".
 */
final class CsvWriter implements ExportWriter {

    static final List<String> NODE_COLUMNS = columns(List.of("Id", "Label", "kind"),
            ENTITY_FIELDS.stream().filter(f -> !f.equals("name")));
    static final List<String> EDGE_COLUMNS = columns(List.of("Source", "Target", "Type", "Label"), RELATIONSHIP_FIELDS.stream());
    static final List<String> CLAIM_COLUMNS = columns(List.of("id"), Stream.concat(CLAIM_FIELDS.stream(),
            Stream.concat(SOURCE_FIELDS.stream().map(f -> "source_" + f), Stream.of("parties", "about"))));
    static final List<String> LINK_COLUMNS = List.of("claim", "entity", "link", "side", "role");

    private static final CsvMapper CSV = CsvMapper.builder().build();

    private final ZipOutputStream zip;
    private final OutputStream entry;
    private final SequenceWriter nodes;
    private SequenceWriter edges;
    private SequenceWriter claims;
    private Path linksFile;
    private SequenceWriter links;

    CsvWriter(OutputStream out) {
        zip = new ZipOutputStream(out);
        // each table's writer closes what it writes to; the zip must only move on to its next entry
        entry = new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                zip.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                zip.flush();
            }
        };
        nodes = open("nodes.csv", NODE_COLUMNS);
    }

    private static List<String> columns(List<String> first, Stream<String> rest) {
        var all = new ArrayList<>(first);
        rest.forEach(all::add);
        return List.copyOf(all);
    }

    private SequenceWriter open(String name, List<String> columns) {
        try {
            zip.putNextEntry(new ZipEntry(name));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + name, e);
        }
        return writer(entry, columns);
    }

    private static SequenceWriter writer(OutputStream out, List<String> columns) {
        var schema = CsvSchema.builder();
        columns.forEach(schema::addColumn);
        return CSV.writer(schema.setUseHeader(true).build()).writeValues(out);
    }

    @Override
    public void entity(Map<String, Object> entity) {
        var row = new LinkedHashMap<String, String>();
        row.put("Id", (String) entity.get("id"));
        row.put("Label", ExportWriter.text(entity.get("name")));
        row.put("kind", ExportWriter.text(entity.get("kind")));
        NODE_COLUMNS.subList(3, NODE_COLUMNS.size()).forEach(f -> row.put(f, ExportWriter.text(entity.get(f))));
        nodes.write(row);
    }

    @Override
    public void relationship(Map<String, Object> relationship) {
        toEdges();
        var row = new LinkedHashMap<String, String>();
        row.put("Source", (String) relationship.get("from"));
        row.put("Target", (String) relationship.get("to"));
        row.put("Type", "Directed");
        row.put("Label", (String) relationship.get("type"));
        RELATIONSHIP_FIELDS.forEach(f -> row.put(f, ExportWriter.text(relationship.get(f))));
        edges.write(row);
    }

    @Override
    public void claim(Map<String, Object> claim) throws IOException {
        toClaims();
        var id = (String) claim.get("id");
        var row = new LinkedHashMap<String, String>();
        row.put("id", id);
        CLAIM_FIELDS.forEach(f -> row.put(f, ExportWriter.text(claim.get(f))));
        var source = ExportWriter.source(claim);
        SOURCE_FIELDS.forEach(f -> row.put("source_" + f, ExportWriter.text(source.get(f))));
        var parties = ExportWriter.parties(claim);
        row.put("parties", ExportWriter.text(parties.stream().map(p -> p.get("id")).toList()));
        row.put("about", ExportWriter.text(ExportWriter.about(claim)));
        claims.write(row);
        for (var party : parties) {
            link(id, (String) party.get("id"), "PARTY", (String) party.get("side"), (String) party.get("role"));
        }
        for (var topic : ExportWriter.about(claim)) {
            link(id, topic, "ABOUT", null, null);
        }
        if (claim.get("attributedTo") instanceof String speaker) {
            link(id, speaker, "ATTRIBUTED_TO", null, null);
        }
    }

    private void link(String claim, String entity, String link, String side, String role) {
        var row = new LinkedHashMap<String, String>();
        row.put("claim", claim);
        row.put("entity", entity);
        row.put("link", link);
        row.put("side", side);
        row.put("role", role);
        links.write(row);
    }

    private void toEdges() {
        if (edges == null) {
            nodes.close();
            edges = open("edges.csv", EDGE_COLUMNS);
        }
    }

    private void toClaims() throws IOException {
        if (claims == null) {
            toEdges();
            edges.close();
            claims = open("claims.csv", CLAIM_COLUMNS);
            linksFile = Files.createTempFile("entente-claim-links", ".csv");
            links = writer(Files.newOutputStream(linksFile), LINK_COLUMNS);
        }
    }

    @Override
    public void finish(Exporter.Counts counts) throws IOException {
        try {
            toClaims();
            claims.close();
            links.close();
            zip.putNextEntry(new ZipEntry("claim_links.csv"));
            Files.copy(linksFile, zip);
            zip.closeEntry();
            zip.finish();
            zip.flush();
        } finally {
            discard();
        }
    }

    /** The temporary file of links goes whether the export ended or failed. */
    @Override
    public void discard() throws IOException {
        if (links != null) {
            links.close();
        }
        if (linksFile != null) {
            Files.deleteIfExists(linksFile);
        }
    }
}
