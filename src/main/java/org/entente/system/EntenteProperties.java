package org.entente.system;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Entente's own settings ({@code entente.*}); the driver's pool and timeouts stay under Boot's {@code spring.neo4j.*}.
 *
 * @param dataDir      where the embedded engine keeps its store
 * @param boltPort     Bolt port of the embedded engine on 127.0.0.1 (0 picks a free one, for tests)
 * @param pageCache    page cache of the embedded engine, in Neo4j's size syntax
 * @param seedsDir     folder imported at start-up when the graph holds no source
 * @param importSeeds  whether to import {@code seedsDir} into an empty graph at start-up
 * @param queryTimeout upper bound for one read transaction of the API
 * @param neo4j        an external server; when its {@code uri} is blank the engine runs embedded
 * @param editorToken  the bearer token that POST /api/articles requires; none in the repository, and while it is
 *                     blank nobody can import through the API
 */
@ConfigurationProperties("entente")
public record EntenteProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("7687") int boltPort,
        @DefaultValue("256m") String pageCache,
        @DefaultValue("./seeds") Path seedsDir,
        @DefaultValue("true") boolean importSeeds,
        @DefaultValue("30s") Duration queryTimeout,
        @DefaultValue Neo4j neo4j,
        String editorToken) {

    public boolean editingEnabled() {
        return editorToken != null && !editorToken.isBlank();
    }

    /** Without the editor token: settings get logged, secrets must not. */
    @Override
    public String toString() {
        return "EntenteProperties[dataDir=" + dataDir + ", boltPort=" + boltPort + ", pageCache=" + pageCache + ", seedsDir=" + seedsDir
                + ", importSeeds=" + importSeeds + ", queryTimeout=" + queryTimeout + ", neo4j=" + neo4j + ", editorToken="
                + (editingEnabled() ? "(set)" : "(not set)") + "]";
    }

    /** Connection to an external server, bound from {@code NEO4J_URI}, {@code NEO4J_USERNAME}, … in application.properties. */
    public record Neo4j(String uri, @DefaultValue("neo4j") String username, String password, String database) {

        public boolean external() {
            return uri != null && !uri.isBlank();
        }

        @Override
        public String toString() {
            return "Neo4j[uri=" + uri + ", username=" + username + ", password=" + (password == null ? "(not set)" : "(set)")
                    + ", database=" + database + "]";
        }
    }
}
