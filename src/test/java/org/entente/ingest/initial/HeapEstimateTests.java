package org.entente.ingest.initial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeapEstimateTests {

    private static final long GB = 1L << 30;

    @Test
    void shouldEstimateTheEventsOfAZippedFileFromItsUncompressedSize() {
        // the sample: 2,111 rows zipped into 0.3 MB
        var estimate = HeapEstimate.of(List.of(InitialLoadIT.SAMPLE), 4 * GB);
        assertThat(estimate.events()).isBetween(1_500L, 3_000L);
        assertThat(estimate.bytes()).isEqualTo(estimate.events() * HeapEstimate.BYTES_PER_EVENT);
        assertThat(estimate.fits()).isTrue();
    }

    @Test
    void shouldRefuseBeyondSeventyPercentOfTheLargestHeapSayingWhatToDo() {
        long events = (long) (0.7 * 4 * GB / HeapEstimate.BYTES_PER_EVENT);
        assertThat(new HeapEstimate(events, events * HeapEstimate.BYTES_PER_EVENT, 4 * GB).fits()).isTrue();
        var tooMany = new HeapEstimate(events + 1000, (events + 1000) * HeapEstimate.BYTES_PER_EVENT, 4 * GB);
        assertThat(tooMany.fits()).isFalse();
        assertThat(tooMany.refusal()).contains(String.format("%,d events", events + 1000), "4,096 MB", "70 %", "-Xmx",
                "without it");
    }

    @Test
    void shouldEstimateAFileWhoseFirstLinesTellNothingBySize(@TempDir Path dir) throws IOException {
        var file = Files.write(dir.resolve("one-long-line.export.CSV"), new byte[600_000]);
        assertThat(HeapEstimate.of(List.of(file), 4 * GB).events()).isEqualTo(1_000);
    }
}
