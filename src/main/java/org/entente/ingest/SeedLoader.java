package org.entente.ingest;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.entente.system.Cypher;
import org.entente.system.EntenteProperties;
import org.entente.system.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.entente.system.SchemaInitializer;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * A new graph is not an empty one: when no source is stored yet, the curated seeds are imported at start-up (and
 * articles under {@code seeds/articles/} that have no curated Facts are extracted),
 * before the web server takes requests (so nobody is told "no such entity" while the seed is still loading).
 */
@Component
class SeedLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final Graph graph;
    private final Importer importer;
    private final EntenteProperties properties;
    private final SchemaInitializer schema;

    SeedLoader(Graph graph, Importer importer, EntenteProperties properties, SchemaInitializer schema) {
        this.graph = graph;
        this.importer = importer;
        this.properties = properties;
        this.schema = schema;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!properties.importSeeds()) {
            return;
        }
        schema.ensureApplied();
        var curated = properties.seedsDir().resolve("curated");
        long sources = graph.read(tx -> tx.run(Cypher.load("ingest/count_sources"), Map.of()).single().get("sources").asLong());
        if (sources > 0) {
            log.info("The graph holds {} sources; seeds not imported", sources);
            return;
        }
        if (!Files.isDirectory(curated)) {
            log.warn("No seeds imported: {} is not a folder", curated.toAbsolutePath());
            return;
        }
        // curated Facts first; articles without curated Facts are extracted
        var paths = new java.util.ArrayList<>(List.of(curated));
        var articles = properties.seedsDir().resolve("articles");
        if (Files.isDirectory(articles)) {
            paths.add(articles);
        }
        var report = importer.importPaths(paths);
        log.info("Seeds imported from {}:\n{}", properties.seedsDir(), report.format());
    }
}
