package org.entente.articles;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.entente.explore.ClaimView;
import org.entente.system.Cypher;
import org.entente.system.Graph;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Repository;

/** The sources (articles) the graph holds, and what was extracted from each. */
@Repository
final class ArticleRepository {

    /** What an analyst recognises a stored source by. */
    record Stored(String id, String title, String published, String importedAt) {
    }

    /** Some of the sources, newest first; {@code total} counts them all. */
    record Sources(long total, int limit, List<ArticleSource> articles) {
    }

    private static final int SUGGESTIONS = 5;

    private final Graph graph;

    ArticleRepository(Graph graph) {
        this.graph = graph;
    }

    Optional<Stored> find(String id) {
        return graph.query("explore/find_article", Map.of("id", id), r -> new Stored(r.get("id").asString(),
                r.get("title").asString(null), r.get("published").asString(null), r.get("importedAt").asString(null)))
                .stream().findFirst();
    }

    Sources list(int limit) {
        var rows = graph.query("explore/list_articles", Map.of("limit", limit), r -> r);
        var total = rows.isEmpty() ? 0 : rows.get(0).get("total").asLong();
        return new Sources(total, limit, rows.stream().map(ArticleSource::of).toList());
    }

    /** The source with what was extracted from it, read in one transaction so the lists agree with the counts. */
    Optional<ArticleContents> contents(String id, int limit) {
        var params = Map.<String, Object>of("id", id, "limit", limit);
        return graph.read(tx -> {
            var source = run(tx, "explore/find_article_summary", params, ArticleSource::of);
            if (source.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(ArticleContents.of(source.get(0), limit,
                    run(tx, "explore/find_article_entities", params, ArticleContents.Entity::of),
                    run(tx, "explore/find_article_relationships", params, ArticleContents.Relationship::of),
                    run(tx, "explore/find_article_claims", params, r -> ClaimView.of(r.get("claim")))));
        });
    }

    /** Stored sources whose id or title contains a word (of three characters or more) of {@code id}. */
    List<ArticleNotFoundException.Suggestion> suggestions(String id) {
        var words = Arrays.stream(id.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 3).distinct().limit(12).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        return graph.query("explore/suggest_articles", Map.of("words", words, "limit", SUGGESTIONS),
                r -> new ArticleNotFoundException.Suggestion(r.get("id").asString(), r.get("title").asString(null)));
    }

    private static <T> List<T> run(TransactionContext tx, String name, Map<String, Object> params, Function<Record, T> mapper) {
        return Cypher.run(tx, name, params).list(mapper::apply);
    }
}
