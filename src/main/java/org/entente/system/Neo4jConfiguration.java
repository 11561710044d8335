package org.entente.system;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Decides where the graph lives. Boot's own auto-configuration builds the {@code Driver} (pool, timeouts,
 * health, metrics from {@code spring.neo4j.*}); we only hand it the connection details: an external server
 * when {@code NEO4J_URI} is set, otherwise the embedded engine started here.
 */
@Configuration(proxyBeanMethods = false)
class Neo4jConfiguration {

    @Bean(destroyMethod = "close")
    @Conditional(Embedded.class)
    EmbeddedNeo4j embeddedNeo4j(EntenteProperties properties) {
        return EmbeddedNeo4j.start(properties.dataDir(), properties.boltPort(), properties.pageCache());
    }

    @Bean
    @Conditional(Embedded.class)
    Neo4jConnectionDetails embeddedConnectionDetails(EmbeddedNeo4j embedded) {
        return new Details(embedded.boltUri(), AuthTokens.none());
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
