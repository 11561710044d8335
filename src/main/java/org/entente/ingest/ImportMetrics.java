package org.entente.ingest;

import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.stereotype.Component;

/**
 * What imports do, as meters ({@code /actuator/metrics}, {@code /actuator/prometheus}): sources written and sources
 * that failed, claims written, the time of each source's write transaction and of each bulk batch, bulk events new and
 * already there, and the time extraction takes per article (the language models' loading apart). Counted where the
 * work happens, so the CLI, the seeds at start-up and {@code POST /api/articles} all count.
 */
@Component
public class ImportMetrics {

    /** For writers made by hand (tests): counts into a registry nobody reads. */
    public static final ImportMetrics NONE = new ImportMetrics(new SimpleMeterRegistry());

    private final Counter imported;
    private final Counter failed;
    private final Counter claims;
    private final Counter eventsCreated;
    private final Counter eventsExisting;
    private final Timer sourceWrite;
    private final Timer batchWrite;
    private final Timer extraction;

    ImportMetrics(MeterRegistry registry) {
        imported = Counter.builder("entente.import.sources").tag("outcome", "imported")
                .description("Sources (Facts files, articles) written, each in one transaction").register(registry);
        failed = Counter.builder("entente.import.sources").tag("outcome", "failed")
                .description("Files and uploads not imported: invalid, refused, or the write failed").register(registry);
        claims = Counter.builder("entente.import.claims").description("Claims written, by sources and by bulk batches")
                .register(registry);
        eventsCreated = Counter.builder("entente.import.events").tag("outcome", "created")
                .description("Events of bulk imports (GDELT) written as new claims").register(registry);
        eventsExisting = Counter.builder("entente.import.events").tag("outcome", "existing")
                .description("Events of bulk imports (GDELT) already in the graph, left as they were").register(registry);
        sourceWrite = Timer.builder("entente.import.source").description("One source's write transaction")
                .register(registry);
        batchWrite = Timer.builder("entente.import.batch").description("One bulk batch's write transaction (entente.import-batch-size events)")
                .register(registry);
        extraction = Timer.builder("entente.extraction").description("Extraction of one article (text to Facts), models loaded")
                .register(registry);
    }

    /** Times one source's write; counts it and its claims when it commits. */
    GraphWriter.WriteResult source(Supplier<GraphWriter.WriteResult> write) {
        var result = sourceWrite.record(write);
        imported.increment();
        claims.increment(result.claims());
        return result;
    }

    /** Times one bulk batch; counts its events when it commits. */
    public <T> T batch(Supplier<T> write, java.util.function.ToIntFunction<T> created, java.util.function.ToIntFunction<T> existing) {
        var written = batchWrite.record(write);
        eventsCreated.increment(created.applyAsInt(written));
        eventsExisting.increment(existing.applyAsInt(written));
        claims.increment(created.applyAsInt(written));
        return written;
    }

    <T> T extraction(Supplier<T> extract) {
        return extraction.record(extract);
    }

    void failed(int files) {
        failed.increment(files);
    }
}
