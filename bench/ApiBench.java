import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Latency of the API's relationship questions against a running Entente, beside a baseline that does no graph
 * work (the liveness probe), in the same run. Single-file program: java bench/ApiBench.java BASE_URL [REQUESTS]
 */
public class ApiBench {

    public static void main(String[] args) throws Exception {
        var base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        var queries = new LinkedHashMap<String, String>();
        queries.put("baseline: liveness (no graph)", "/actuator/health/liveness");
        queries.put("search q=Kremlin", "/api/entities?q=" + enc("Kremlin"));
        queries.put("profile Medvedev", "/api/entities/" + enc("Medvedev"));
        queries.put("relations US-Russia", "/api/relations?a=" + enc("United States") + "&b=" + enc("Russia"));
        queries.put("connections Volk-Obama", "/api/connections?from=" + enc("Volk") + "&to=" + enc("Obama"));
        queries.put("connections Gibbs-Medvedev 6 hops", "/api/connections?from=" + enc("Gibbs") + "&to=" + enc("Medvedev") + "&maxHops=6");
        queries.put("stances about=Georgia", "/api/stances?about=" + enc("Georgia"));
        queries.put("stances about=missile defense (issue)", "/api/stances?about=" + enc("missile defense"));
        queries.put("timeline Obama with Medvedev", "/api/timeline?entity=" + enc("Obama") + "&with=" + enc("Medvedev"));
        queries.put("articles/{id}", "/api/articles/rferl-2009-04-01-medvedev-obama");
        queries.put("ask: disagree US-Russia", "/api/ask?q=" + enc("What do the US and Russia disagree about?"));
        queries.put("ask: happened Obama-Medvedev 2009", "/api/ask?q=" + enc("What happened between Obama and Medvedev in 2009?"));
        var http = HttpClient.newHttpClient();
        System.out.printf("%d requests per query after %d warm-up requests, one client, %s%n%n", n, n / 5, base);
        System.out.printf("%-40s %10s %10s %10s %10s %8s%n", "query", "p50 ms", "p99 ms", "max ms", "req/s", "KB");
        for (var q : queries.entrySet()) {
            var request = HttpRequest.newBuilder(URI.create(base + q.getValue())).GET().build();
            for (int i = 0; i < n / 5; i++) {
                check(http.send(request, HttpResponse.BodyHandlers.ofString()), q.getKey());
            }
            var times = new long[n];
            int bytes = 0;
            long started = System.nanoTime();
            for (int i = 0; i < n; i++) {
                long t = System.nanoTime();
                var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                times[i] = System.nanoTime() - t;
                check(response, q.getKey());
                bytes = response.body().length();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Arrays.sort(times);
            System.out.printf("%-40s %10.2f %10.2f %10.2f %10.0f %8.1f%n", q.getKey(), ms(times[n / 2]),
                    ms(times[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)]), ms(times[n - 1]), n / seconds, bytes / 1024.0);
        }
    }

    private static void check(HttpResponse<String> response, String name) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(name + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
