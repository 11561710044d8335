package org.entente.export;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;

/** The formats an export is written in: what each is called, its file name and media type, and its writer. */
public enum ExportFormat {

    /** One GraphML file: entities and claims as nodes, relationships, parties, topics and speakers as edges. */
    GRAPHML("graphml", "application/graphml+xml"),
    /** A zip of nodes.csv, edges.csv, claims.csv and claim_links.csv. */
    CSV("zip", "application/zip"),
    /** One JSON document: entities, relationships and claims, each claim with its quote and source. */
    JSON("json", "application/json");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** graphml, csv or json, in any case; anything else is a 400 naming the three. */
    public static ExportFormat of(String name) {
        var wanted = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("format must be graphml, csv or json, not '"
                        + (name == null ? "" : name.length() > 40 ? name.substring(0, 40) + "…" : name) + "'"));
    }

    public String fileName() {
        return "entente-export." + extension;
    }

    public String mediaType() {
        return mediaType;
    }

    ExportWriter writer(OutputStream out, Exporter.Selection selection) {
        return switch (this) {
            case GRAPHML -> new GraphmlWriter(out);
            case CSV -> new CsvWriter(out);
            case JSON -> new JsonWriter(out, selection);
        };
    }
}
