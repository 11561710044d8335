package org.entente.system;

import java.net.URI;
import java.util.ArrayList;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.neo4j.autoconfigure.Neo4jAutoConfiguration;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Decides where the graph lives. Boot's own auto-configuration builds the {@code Driver} (pool, timeouts,
 * health, metrics from {@code spring.neo4j.*}); we only hand it the connection details: an external server
 * when {@code NEO4J_URI} is set, otherwise the embedded engine started here.
 * <p>
 * It is an auto-configuration (listed in {@code META-INF/spring/…AutoConfiguration.imports}, so component scanning
 * leaves it out) for one reason: to yield to connection details that Boot itself makes for a Neo4j in a container,
 * from a Testcontainers {@code @ServiceConnection} ({@code TestEntenteApplication}, {@code Neo4jServerIT}) or from
 * {@code docker-compose.yml} (the profile {@code compose}). Those are registered by Boot's own auto-configurations and
 * listeners, which a user configuration would be evaluated before; then nothing is started here.
 */
@AutoConfiguration(before = Neo4jAutoConfiguration.class)
@ConditionalOnMissingBean(Neo4jConnectionDetails.class)
class Neo4jConfiguration {

    /**
     * The embedded engine. Neo4j Browser, once connected, applies Entente's style and opens its guide, both served by
     * this application; with a random HTTP port (tests) the address is not known yet and the Browser starts plain.
     * {@code entente.csv-import-dir} (blank by default): a folder {@code LOAD CSV FROM 'file:///…'} may read, for
     * benchmarks (bench/scale) that compare the import with Neo4j's own CSV loading; blank, Cypher reads no files.
     */
    @Bean(destroyMethod = "close")
    @Conditional(Embedded.class)
    EmbeddedNeo4j embeddedNeo4j(EntenteProperties properties, @Value("${server.port:8080}") int httpPort,
            @Value("${entente.csv-import-dir:}") String csvImportDir) {
        var commands = httpPort > 0
                ? "style http://localhost:%d/browser-style.grass; play http://localhost:%d/guide/entente.html".formatted(httpPort, httpPort)
                : "";
        var credential = BoltCredential.resolve(properties.dataDir(), properties.boltPassword());
        return EmbeddedNeo4j.start(properties.dataDir(), properties.boltPort(), properties.pageCache(), credential, commands,
                csvImportDir.isBlank() ? null : java.nio.file.Path.of(csvImportDir.strip()));
    }

    @Bean
    @Conditional(Embedded.class)
    Neo4jConnectionDetails embeddedConnectionDetails(EmbeddedNeo4j embedded) {
        var credential = embedded.credential();
        return new Details(embedded.boltUri(), AuthTokens.basic(credential.username(), credential.password()));
    }

    /**
     * Once the HTTP port is known, pages Entente serves from it (Neo4j Browser) may open Bolt over WebSocket: by
     * every loopback name, and by the origins configured for an exposed server. No other page may.
     */
    @Bean
    @Conditional(Embedded.class)
    ApplicationListener<WebServerInitializedEvent> browserOrigins(EmbeddedNeo4j embedded, EntenteProperties properties) {
        return event -> {
            if (event.getApplicationContext().getServerNamespace() != null) {
                return; // a management server on a port of its own serves no Browser
            }
            int port = event.getWebServer().getPort();
            var origins = new ArrayList<String>(PublicAddress.LOOPBACK_HOSTS.stream().map(h -> "http://" + h + ":" + port).toList());
            origins.addAll(properties.browserOrigins());
            embedded.allowBrowserOrigins(origins);
        };
    }

    @Bean
    @Conditional(External.class)
    Neo4jConnectionDetails externalConnectionDetails(EntenteProperties properties) {
        var neo4j = properties.neo4j();
        var auth = neo4j.password() == null || neo4j.password().isBlank()
                ? AuthTokens.none()
                : AuthTokens.basic(neo4j.username(), neo4j.password());
        return new Details(URI.create(neo4j.uri().trim()), auth);
    }

    private record Details(URI getUri, AuthToken getAuthToken) implements Neo4jConnectionDetails {
    }

    static final class Embedded implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var uri = context.getEnvironment().getProperty("entente.neo4j.uri");
            return uri == null || uri.isBlank();
        }
    }

    static final class External implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new Embedded().matches(context, metadata);
        }
    }
}
