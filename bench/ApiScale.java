import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Latency of the API's questions about the commonest pair of a GDELT store (bench/scale: United States and Russia) at
 * several numbers of concurrent clients, as bench/ApiBench measures one. Each client sends its requests one after the
 * other; a cell (query, clients) ends after REQUESTS requests in all or SECONDS, whichever comes first, so a slow query
 * cannot hold the run. Single-file program:
 * java bench/ApiScale.java BASE_URL [REQUESTS] [CLIENTS,...] [SECONDS]   (defaults 400, 1,8,32, 60)
 */
public class ApiScale {

    public static void main(String[] args) throws Exception {
        var base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        var clients = Arrays.stream((args.length > 2 ? args[2] : "1,8,32").split(",")).mapToInt(Integer::parseInt).toArray();
        long budget = (long) ((args.length > 3 ? Double.parseDouble(args[3]) : 60) * 1e9);
        var queries = new LinkedHashMap<String, String>();
        queries.put("baseline: liveness (no graph)", "/actuator/health/liveness");
        queries.put("relations US-Russia", "/api/relations?a=" + enc("United States") + "&b=" + enc("Russia"));
        queries.put("relations/trend US-Russia", "/api/relations/trend?a=" + enc("United States") + "&b=" + enc("Russia"));
        queries.put("stances about=Russia", "/api/stances?about=" + enc("Russia"));
        queries.put("timeline US with Russia", "/api/timeline?entity=" + enc("United States") + "&with=" + enc("Russia"));
        queries.put("ask: disagree US-Russia", "/api/ask?q=" + enc("What do the United States and Russia disagree about?"));
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        System.out.printf("up to %d requests per query and client count (or %.0f s), after warm-up, %s%n%n", n, budget / 1e9, base);
        System.out.printf("%-32s %7s %9s %9s %9s %8s %8s %7s%n", "query", "clients", "p50 ms", "p99 ms", "max ms", "req/s", "done", "KB");
        for (var q : queries.entrySet()) {
            var request = HttpRequest.newBuilder(URI.create(base + q.getValue())).timeout(Duration.ofSeconds(120)).GET().build();
            // warm-up: a few requests, one client; a query that fails is reported and left out
            try {
                for (int i = 0; i < 5; i++) {
                    check(http.send(request, HttpResponse.BodyHandlers.ofString()), q.getKey());
                }
            } catch (IllegalStateException e) {
                System.out.printf("%-32s failed: %s%n", q.getKey(), e.getMessage());
                continue;
            }
            for (int c : clients) {
                var times = new ConcurrentLinkedQueue<Long>();
                var left = new AtomicInteger(n);
                var bytes = new AtomicInteger();
                var failures = new ConcurrentLinkedQueue<String>();
                var done = new CountDownLatch(c);
                long started = System.nanoTime();
                for (int k = 0; k < c; k++) {
                    new Thread(() -> {
                        try {
                            while (left.getAndDecrement() > 0 && System.nanoTime() - started < budget) {
                                long t = System.nanoTime();
                                var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                                times.add(System.nanoTime() - t);
                                if (response.statusCode() != 200) {
                                    failures.add(response.statusCode() + ": " + response.body());
                                }
                                bytes.set(response.body().length());
                            }
                        } catch (Exception e) {
                            failures.add(String.valueOf(e));
                        } finally {
                            done.countDown();
                        }
                    }).start();
                }
                done.await();
                double seconds = (System.nanoTime() - started) / 1e9;
                var sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
                int m = sorted.length;
                System.out.printf("%-32s %7d %9.1f %9.1f %9.1f %8.1f %8d %7.1f%s%n", q.getKey(), c, ms(sorted[m / 2]),
                        ms(sorted[Math.min(m - 1, (int) Math.ceil(m * 0.99) - 1)]), ms(sorted[m - 1]), m / seconds, m,
                        bytes.get() / 1024.0, failures.isEmpty() ? "" : "  " + failures.size() + " failed, first: "
                                + abbreviate(failures.peek()));
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    private static void check(HttpResponse<String> response, String name) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(name + " answered " + response.statusCode() + ": " + abbreviate(response.body()));
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
