package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.entente.ContainerConfig;
import org.entente.EntenteApplication;
import org.entente.articles.ArticleRemovalApiIT;
import org.entente.articles.ArticleSourcesIT;
import org.entente.articles.ArticlesApiIT;
import org.entente.explore.ApiIT;
import org.entente.explore.ask.AskIT;
import org.entente.explore.connections.ConnectionsIT;
import org.entente.explore.relations.RelationsIT;
import org.entente.explore.relations.TrendIT;
import org.entente.explore.stances.StancesIT;
import org.entente.explore.timeline.TimelineIT;
import org.entente.export.ExportIT;
import org.entente.support.GraphCounts;
import org.entente.support.HttpTest;
import org.entente.support.NeedsDocker;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The API integration suite once more, against a Neo4j server in a container (the image the pom pins) instead of the
 * embedded engine: {@link ContainerConfig}'s {@code @ServiceConnection} points the driver at it, so schema, seeds, reads
 * and writes all cross the network as they do with {@code NEO4J_URI}. Every nested class is one of the suite's classes,
 * unchanged; they share one application context, hence one container. Skipped, with one line, where there is no Docker.
 */
@NeedsDocker("the API suite against a Neo4j server in a container")
@Import(ContainerConfig.class)
class Neo4jServerIT {

    @Nested
    class Api extends ApiIT {
    }

    @Nested
    class Relations extends RelationsIT {
    }

    @Nested
    class Trend extends TrendIT {
    }

    @Nested
    class Stances extends StancesIT {
    }

    @Nested
    class Timeline extends TimelineIT {
    }

    @Nested
    class Connections extends ConnectionsIT {
    }

    @Nested
    class Ask extends AskIT {
    }

    @Nested
    class ArticleSources extends ArticleSourcesIT {
    }

    @Nested
    class Articles extends ArticlesApiIT {
    }

    @Nested
    class ArticleRemoval extends ArticleRemovalApiIT {
    }

    @Nested
    class Export extends ExportIT {
    }

    /** What only a server shows: nothing embedded, the same graph by NEO4J_URI, the Browser sent to the server. */
    @Nested
    class Server extends HttpTest {

        @Autowired
        ApplicationContext context;

        @Autowired
        Neo4jContainer neo4j;

        @Test
        void shouldStartNothingEmbedded() {
            assertThat(context.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
            assertThat(GraphCounts.of(graph)).containsKey(":Article");
        }

        /** The way a user points Entente at a server (NEO4J_URI), rather than a service connection: the same graph. */
        @Test
        void shouldAnswerFromTheSameGraphThroughNeo4jUri() {
            try (var other = EntenteApplication.start(List.of("--entente.neo4j.uri=" + neo4j.getBoltUrl(),
                    "--entente.neo4j.password=" + neo4j.getAdminPassword()), false, Map.of())) {
                assertThat(other.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
                assertThat(GraphCounts.of(other.getBean(Graph.class))).isEqualTo(GraphCounts.of(graph));
            }
        }

        @Test
        void shouldSendNeo4jBrowserToTheServer() {
            var response = api.getRaw("/browser/");
            assertThat(response.status()).isEqualTo(302);
            assertThat(URLDecoder.decode(response.header("Location"), StandardCharsets.UTF_8))
                    .isEqualTo("/browser/index.html?dbms=" + neo4j.getBoltUrl());
        }
    }
}
