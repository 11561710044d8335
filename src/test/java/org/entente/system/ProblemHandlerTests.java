package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemHandlerTests {

    @Test
    void shouldAnswer503SayingWhatToNarrowWhenAQuestionTimesOut() {
        var timedOut = new org.neo4j.driver.exceptions.ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
                "The transaction has been terminated. Retry your operation in a new transaction, and you should see a successful result. "
                        + "The transaction has not completed within the timeout specified at its start by the client.");
        var problem = new ProblemHandler(java.time.Duration.ofSeconds(30)).graphError(timedOut);

        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getTitle()).isEqualTo("Question took too long");
        assertThat(problem.getType().toString()).isEqualTo("urn:entente:problem:query-timeout");
        assertThat(problem.getDetail()).contains("30 s").contains("maxHops").contains("limit");
    }

    @Test
    void shouldAnswer500ForAnyOtherDatabaseError() {
        var other = new org.neo4j.driver.exceptions.ClientException("Neo.ClientError.Statement.SyntaxError", "Invalid input");
        assertThat(new ProblemHandler(java.time.Duration.ofSeconds(30)).graphError(other).getStatus()).isEqualTo(500);
    }
}
