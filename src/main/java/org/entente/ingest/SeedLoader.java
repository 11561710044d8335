package org.entente.ingest;

import java.nio.file.Files;
import java.util.Map;
import java.util.stream.Stream;

import org.entente.system.Cypher;
import org.entente.system.EntenteProperties;
import org.entente.system.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.entente.system.SchemaInitializer;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * A new graph is not an empty one: when no source is stored yet, the seeds are imported at start-up, the curated
 * Facts of {@code seeds/curated/} and then the articles of {@code seeds/articles/} that no curated Facts cover
 * (extracted; either folder may be missing), before the web server takes requests (so nobody is told "no such
 * entity" while the seed is still loading).
 */
@Component
class SeedLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final Graph graph;
    private final Importer importer;
    private final EntenteProperties properties;
    private final SchemaInitializer schema;
    private final TallyLinks tallyLinks;

    SeedLoader(Graph graph, Importer importer, EntenteProperties properties, SchemaInitializer schema, TallyLinks tallyLinks) {
        this.graph = graph;
        this.importer = importer;
        this.properties = properties;
        this.schema = schema;
        this.tallyLinks = tallyLinks;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!properties.importSeeds()) {
            return;
        }
        schema.ensureApplied();
        tallyLinks.ensureDone();
        long sources = graph.read(tx -> Cypher.run(tx, "ingest/count_sources", Map.of()).single().get("sources").asLong());
        if (sources > 0) {
            log.info("The graph holds {} sources; seeds not imported", sources);
            return;
        }
        // curated Facts first, so an article they cover is skipped; the other articles are extracted
        var paths = Stream.of("curated", "articles").map(properties.seedsDir()::resolve).filter(Files::isDirectory).toList();
        if (paths.isEmpty()) {
            log.warn("No seeds imported: {} has no curated/ or articles/ folder", properties.seedsDir().toAbsolutePath());
            return;
        }
        var report = importer.importPaths(paths);
        if (report.ok()) {
            log.info("Seeds imported from {}:\n{}", properties.seedsDir(), report.format());
        } else {
            log.warn("Seeds imported from {}, not all of them:\n{}", properties.seedsDir(), report.format());
        }
    }
}
