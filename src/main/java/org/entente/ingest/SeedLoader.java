package org.entente.ingest;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.entente.system.Cypher;
import org.entente.system.EntenteProperties;
import org.entente.system.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A new graph is not an empty one: when no source is stored yet, the curated seeds are imported at start-up. */
@Component
@Order(10)
class SeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final Graph graph;
    private final Importer importer;
    private final EntenteProperties properties;

    SeedLoader(Graph graph, Importer importer, EntenteProperties properties) {
        this.graph = graph;
        this.importer = importer;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.importSeeds()) {
            return;
        }
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
        var report = importer.importPaths(List.of(curated));
        log.info("Seeds imported from {}:\n{}", curated, report.format());
    }
}
