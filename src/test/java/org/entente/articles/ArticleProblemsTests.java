package org.entente.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.entente.facts.FactsProblem;
import org.entente.facts.InvalidFactsException;
import org.junit.jupiter.api.Test;

class ArticleProblemsTests {

    @Test
    void shouldAnswer422ListingEveryProblemOfExtractedFacts() {
        var problem = new ArticleProblems().invalidFacts(new InvalidFactsException("article.txt (extracted)", List.of(
                new FactsProblem("claims[3].quote", 48, "the quote does not occur in the article text"),
                new FactsProblem("", 0, "the file is empty"))));

        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getDetail()).contains("2 problems", "nothing was written");
        assertThat(problem.getProperties()).containsEntry("problems", List.of(
                "claims[3].quote: the quote does not occur in the article text", "the file is empty"));
    }
}
