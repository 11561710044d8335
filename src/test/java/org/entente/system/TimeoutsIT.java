package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.entente.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A write (a whole source) is bounded by the import timeout, not by the questions' timeout: a large valid import once
 * failed or passed depending on how busy the server was, because both shared the 30 s bound.
 */
class TimeoutsIT extends HttpTest {

    private static final String SLOW = "UNWIND range(1, $n) AS i WITH i WHERE i % 7 = 0 RETURN count(*) AS n";

    @Autowired
    Driver driver;

    @Test
    void shouldBoundWritesByTheImportTimeoutAndQuestionsByTheQueryTimeout() {
        var strict = new Graph(driver, new EntenteProperties(Path.of("data"), 7687, "256m", Path.of("seeds"), true,
                Duration.ofMillis(50), Duration.ofMinutes(5), 0, 4, new EntenteProperties.Neo4j(null, "neo4j", null, null), null,
                null, null, List.of(), List.of(), 5000, null));
        var parameters = Map.<String, Object>of("n", 30_000_000);

        long written = strict.write(tx -> tx.run(SLOW, parameters).single().get("n").asLong());
        assertThat(written).isEqualTo(30_000_000 / 7);
        // a question that would run for many seconds: the engine checks timeouts every few seconds, so a question that
        // ends within one check (30 million rows on a fast, idle machine) may pass unnoticed
        var longer = Map.<String, Object>of("n", 1_000_000_000);
        assertThatThrownBy(() -> strict.read(tx -> tx.run(SLOW, longer).single().get("n").asLong()))
                .isInstanceOfSatisfying(ClientException.class, e -> assertThat(e.code()).startsWith("Neo.ClientError.Transaction.TransactionTimedOut"));
    }
}
