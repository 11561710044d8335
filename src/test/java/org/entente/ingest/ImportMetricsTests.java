package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.entente.ingest.bulk.BulkWriter;
import org.junit.jupiter.api.Test;

/** The import meters: what each kind of write adds to which, and a write that fails counts no source. */
class ImportMetricsTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ImportMetrics metrics = new ImportMetrics(registry);

    @Test
    void shouldCountASourceAndItsClaimsAndTimeItsWrite() {
        metrics.source(() -> new GraphWriter.WriteResult("a-source", 3, 2, 5));
        assertThat(count("entente.import.sources", "imported")).isEqualTo(1);
        assertThat(registry.get("entente.import.claims").counter().count()).isEqualTo(5);
        assertThat(registry.get("entente.import.source").timer().count()).isEqualTo(1);
    }

    @Test
    void shouldCountNoSourceWhenTheWriteFails() {
        assertThatIllegalStateException().isThrownBy(() -> metrics.source(() -> {
            throw new IllegalStateException("rolled back");
        }));
        assertThat(count("entente.import.sources", "imported")).isZero();
        assertThat(registry.get("entente.import.claims").counter().count()).isZero();
        metrics.failed(2);
        assertThat(count("entente.import.sources", "failed")).isEqualTo(2);
    }

    @Test
    void shouldCountTheEventsOfABatchNewAndOld() {
        metrics.batch(() -> new BulkWriter.Written(4990, 10), BulkWriter.Written::created, BulkWriter.Written::existing);
        assertThat(registry.get("entente.import.events").tag("outcome", "created").counter().count()).isEqualTo(4990);
        assertThat(registry.get("entente.import.events").tag("outcome", "existing").counter().count()).isEqualTo(10);
        assertThat(registry.get("entente.import.claims").counter().count()).isEqualTo(4990);
        assertThat(registry.get("entente.import.batch").timer().count()).isEqualTo(1);
    }

    @Test
    void shouldTimeExtraction() {
        assertThat(metrics.extraction(() -> "facts")).isEqualTo("facts");
        assertThat(registry.get("entente.extraction").timer().count()).isEqualTo(1);
    }

    private double count(String name, String outcome) {
        return registry.get(name).tag("outcome", outcome).counter().count();
    }
}
