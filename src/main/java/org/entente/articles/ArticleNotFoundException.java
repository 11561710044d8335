package org.entente.articles;

import java.util.List;

/** The graph holds no source of this id; carries stored sources whose id or title shares a word with it. */
public final class ArticleNotFoundException extends RuntimeException {

    /** A stored source the caller may have meant. */
    public record Suggestion(String id, String title) {
    }

    private final String id;
    private final List<Suggestion> suggestions;

    ArticleNotFoundException(String id, List<Suggestion> suggestions) {
        super("The graph holds no source '" + id + "'" + (suggestions.isEmpty() ? "; GET /api/articles lists the sources."
                : "; did you mean " + String.join(", ", suggestions.stream().map(Suggestion::id).toList()) + "?"));
        this.id = id;
        this.suggestions = List.copyOf(suggestions);
    }

    public String id() {
        return id;
    }

    public List<Suggestion> suggestions() {
        return suggestions;
    }
}
