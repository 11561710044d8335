package org.entente.reliability;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Writers and readers at once against a running Entente, on loopback, for a bounded time: writers import articles
 * through {@code POST /api/articles} (each a new id; on 503 they wait a second and try the next), readers ask the
 * questions of the API in turn. A writer posts at least once, so a run of no duration with one writer is a warm-up. Counts every answer by status and reports read latency. Used by {@link LoadIT} (in CI,
 * shorter) and by {@code bench/load} against the packaged server:
 * {@code java -cp <test classpath> org.entente.reliability.Load BASE_URL EDITOR_TOKEN WRITERS READERS SECONDS}
 */
public final class Load {

    static final List<String> QUESTIONS = List.of(
            "/api/entities?q=" + enc("Kremlin"),
            "/api/entities/" + enc("Medvedev"),
            "/api/relations?a=" + enc("United States") + "&b=" + enc("Russia"),
            "/api/connections?from=" + enc("Volk") + "&to=" + enc("Obama"),
            "/api/stances?about=" + enc("Georgia"),
            "/api/timeline?entity=" + enc("Obama") + "&with=" + enc("Medvedev"),
            "/api/ask?q=" + enc("What do the US and Russia disagree about?"),
            "/api/articles?limit=20");

    private static final String ARTICLE = "Officials from %s and %s met in Geneva on Monday to discuss a fishing dispute, "
            + "the foreign ministry said. Both sides agreed to meet again in the spring.";
    private static final String[] COUNTRIES = {"Norway", "Iceland", "Denmark", "Finland", "Estonia", "Latvia", "Ireland", "Portugal"};

    /** The body of an answer that is not 200 (a problem detail, to say why), none of one that is. */
    private static final HttpResponse.BodyHandler<String> PROBLEM_ONLY = info -> info.statusCode() == 200
            ? HttpResponse.BodySubscribers.replacing("")
            : HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8);

    /**
     * What one run saw. {@code reads} and {@code writes} count answers by HTTP status (0: no answer); {@code failedReads}
     * holds the first five reads that did not answer 200, with the problem detail each gave.
     */
    public record Result(Map<Integer, Long> reads, Map<Integer, Long> writes, List<Long> readNanos, List<String> createdIds,
                         List<String> failedReads, double seconds) {

        long count(Map<Integer, Long> byStatus) {
            return byStatus.values().stream().mapToLong(Long::longValue).sum();
        }

        double readPercentileMillis(double p) {
            if (readNanos.isEmpty()) {
                return Double.NaN;
            }
            var sorted = new ArrayList<>(readNanos);
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * p) - 1)) / 1e6;
        }

        String report() {
            return "%d writers' answers by status %s (%d sources created), %d reads by status %s, read p50 %.1f ms, p99 %.1f ms, %.0f reads/s over %.0f s%s"
                    .formatted(count(writes), writes, createdIds.size(), count(reads), reads, readPercentileMillis(0.50),
                            readPercentileMillis(0.99), count(reads) / seconds, seconds,
                            failedReads.isEmpty() ? "" : "; reads that failed (the first " + failedReads.size() + "): " + failedReads);
        }
    }

    public static Result run(String base, String editorToken, int writers, int readers, Duration duration, String runId)
            throws InterruptedException {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var reads = new ConcurrentHashMap<Integer, LongAdder>();
        var writes = new ConcurrentHashMap<Integer, LongAdder>();
        var readNanos = Collections.synchronizedList(new ArrayList<Long>());
        var created = Collections.synchronizedList(new ArrayList<String>());
        var failedReads = Collections.synchronizedList(new ArrayList<String>());
        var sequence = new AtomicInteger();
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        var done = new CountDownLatch(writers + readers);
        for (int w = 0; w < writers; w++) {
            daemon(() -> {
                try {
                    do {
                        int n = sequence.incrementAndGet();
                        var id = "load-" + runId + "-" + n;
                        var text = ARTICLE.formatted(COUNTRIES[n % COUNTRIES.length], COUNTRIES[(n + 3) % COUNTRIES.length]);
                        var body = "{\"id\": \"" + id + "\", \"title\": \"Fishing talks " + n + "\", \"published\": \"2026-03-12\", "
                                + "\"publisher\": \"Load Test Wire\", \"url\": null, \"text\": \"" + text + "\"}";
                        var request = HttpRequest.newBuilder(URI.create(base + "/api/articles")).timeout(Duration.ofMinutes(2))
                                .header("Content-Type", "application/json").header("Authorization", "Bearer " + editorToken)
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                        var answer = send(http, request, HttpResponse.BodyHandlers.discarding());
                        int status = answer == null ? 0 : answer.statusCode();
                        writes.computeIfAbsent(status, s -> new LongAdder()).increment();
                        if (status == 201) {
                            created.add(id);
                        } else if (status == 503 || status == 429) {
                            pause(Math.min(1000, (deadline - System.nanoTime()) / 1_000_000));
                        }
                    } while (System.nanoTime() < deadline);
                } finally {
                    done.countDown();
                }
            });
        }
        for (int r = 0; r < readers; r++) {
            int first = r;
            daemon(() -> {
                try {
                    for (int i = first; System.nanoTime() < deadline; i++) {
                        var request = HttpRequest.newBuilder(URI.create(base + QUESTIONS.get(i % QUESTIONS.size())))
                                .timeout(Duration.ofMinutes(1)).GET().build();
                        long t = System.nanoTime();
                        var answer = send(http, request, PROBLEM_ONLY);
                        int status = answer == null ? 0 : answer.statusCode();
                        readNanos.add(System.nanoTime() - t);
                        if (status != 200 && failedReads.size() < 5) {
                            failedReads.add(status + " " + request.uri().getPath() + " "
                                    + (answer == null ? "no answer" : answer.body().replaceAll("\\s+", " ")));
                        }
                        reads.computeIfAbsent(status, s -> new LongAdder()).increment();
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        return new Result(totals(reads), totals(writes), List.copyOf(readNanos), List.copyOf(created),
                List.copyOf(failedReads), (System.nanoTime() - started) / 1e9);
    }

    private static void daemon(Runnable work) {
        var thread = new Thread(work);
        thread.setDaemon(true);
        thread.start();
    }

    /** The answer, or null when none came (refused, reset, timed out). */
    private static <T> HttpResponse<T> send(HttpClient http, HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            return null;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(Math.max(0, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<Integer, Long> totals(Map<Integer, LongAdder> counts) {
        var totals = new TreeMap<Integer, Long>();
        counts.forEach((status, n) -> totals.put(status, n.sum()));
        return totals;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static void main(String[] args) throws Exception {
        var base = args[0];
        var result = run(base, args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                Duration.ofSeconds(Long.parseLong(args[4])), Long.toString(System.currentTimeMillis(), 36));
        System.out.println(result.report());
    }
}
