package org.entente.ingest.initial;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.entente.ingest.gdelt.GdeltImport;

/**
 * Whether an initial load fits the heap, told before the first row is read rather than by an OutOfMemoryError half an
 * hour in. The whole graph is held on the heap until the batch importer has written it; its size follows the number of
 * events closely, and the number of events follows the files' (uncompressed) size. Deliberately rough: the events are
 * estimated from each file's size and the length of its first lines ({@link GdeltImport#estimateRows}), the bytes from
 * {@link #BYTES_PER_EVENT}, and a load is refused beyond {@link #SHARE} of the largest heap the JVM may take.
 *
 * @param events  the estimated number of events in the files
 * @param bytes   the heap the graph of that many events is estimated to take
 * @param maxHeap the JVM's largest heap ({@code -Xmx}, by default a quarter of the machine's memory)
 */
record HeapEstimate(long events, long bytes, long maxHeap) {

    /**
     * Heap a loaded event holds, measured (bench/RESULTS.md, 2026-12-04): 2,137 bytes, the heap in use after full
     * collections once the 200,000 synthetic events of bench/gdelt-synth were read (451 MB) less the heap in use before
     * (43 MB, the gazetteer already loaded), divided by 200,000; rounded up. Most of it is the claims' property maps;
     * GDELT's own files, with fewer articles an event than the synthetic ones, take a little less.
     */
    static final long BYTES_PER_EVENT = 2_200;
    /** The share of the largest heap the graph may take: the rest is for the mapping, the collector and the start-up. */
    static final double SHARE = 0.7;
    /** Bytes an event takes in a file when the first lines tell nothing (GDELT 2.0's export: about 600). */
    private static final long BYTES_PER_ROW = 600;

    static HeapEstimate of(List<Path> files, long maxHeap) {
        long events = 0;
        for (var file : files) {
            long rows = GdeltImport.estimateRows(file);
            if (rows < 0) {
                try {
                    rows = Files.size(file) / BYTES_PER_ROW;
                } catch (java.io.IOException e) {
                    rows = 0; // the load itself will say why the file cannot be read
                }
            }
            events += rows;
        }
        return new HeapEstimate(events, events * BYTES_PER_EVENT, maxHeap);
    }

    boolean fits() {
        return bytes <= maxHeap * SHARE;
    }

    /** Why the load is refused and what to do instead. */
    String refusal() {
        return String.format("the files hold about %,d events, which would take about %,d MB of heap held until the end of "
                        + "the load, more than %.0f %% of the JVM's largest heap (%,d MB). Give the JVM more (java -Xmx%dg -jar "
                        + "entente.jar import ...), or load part of the files with --initial and import the rest without it",
                events, bytes >> 20, SHARE * 100, maxHeap >> 20, (long) Math.ceil(bytes / SHARE / (1L << 30)) + 1);
    }
}
