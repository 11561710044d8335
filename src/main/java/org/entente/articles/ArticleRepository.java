package org.entente.articles;

import java.util.Map;
import java.util.Optional;

import org.entente.system.Graph;
import org.springframework.stereotype.Repository;

/** The sources (articles) the graph holds. */
@Repository
final class ArticleRepository {

    /** What an analyst recognises a stored source by. */
    record Stored(String id, String title, String published, String importedAt) {
    }

    private final Graph graph;

    ArticleRepository(Graph graph) {
        this.graph = graph;
    }

    Optional<Stored> find(String id) {
        return graph.query("explore/find_article", Map.of("id", id), r -> new Stored(r.get("id").asString(),
                r.get("title").asString(null), r.get("published").asString(null), r.get("importedAt").asString(null)))
                .stream().findFirst();
    }
}
