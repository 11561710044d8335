import java.io.RandomAccessFile;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import tools.jackson.databind.json.JsonMapper;

/**
 * Latency of the API's questions about the commonest pair of a GDELT store (bench/scale: United States and Russia) at
 * several numbers of concurrent clients, as bench/ApiBench measures one. Each client sends its requests one after the
 * other; a cell (query, clients) ends after REQUESTS requests in all or SECONDS, whichever comes first, so a slow query
 * cannot hold the run.
 * <p>
 * Beside each API cell, given a Bolt URI, the password and the server's log: the same Cypher through the bare Neo4j
 * driver (issue 13: "API p99 ≤ 1.5× the bare driver's time for the same Cypher"). After the query's warm-up, one request
 * runs with the logger {@code org.entente.cypher} at DEBUG (set and reset through the actuator's loggers endpoint, which
 * the server must expose: bench/scale does), which logs every statement it runs, name and parameters as JSON
 * (org.entente.system.Cypher); the lines it added to the log are the request's statements. The level is reset before
 * anything is timed. A driver "request" then runs those statements one after the other over one session of one
 * shared driver, in one read transaction (as the server runs a question since ReadScope), the statement's text from the same
 * {@code cypher/} file the server runs (or the text the log line gives, when the server adapted it), all records
 * read: the same Cypher without HTTP, Spring, the mapping of records and JSON. Timed the same way, at the same
 * client counts, right after the API cell.
 * <p>
 * Single-file program, run with the project's runtime class path (the driver, Jackson, target/classes for cypher/):
 * java -cp CP bench/ApiScale.java BASE_URL [REQUESTS] [CLIENTS,...] [SECONDS] [BOLT_URI PASSWORD SERVER_LOG]
 * (defaults 400, 1,8,32, 60; without the last three, no driver columns)
 */
public class ApiScale {

    /** A statement as the server ran it: the file's name, the text, the parameters. */
    record Statement(String name, String text, Map<String, Object> parameters) {
    }

    /** One timed request; null when it went well, else what went wrong. */
    interface Call {
        String run() throws Exception;
    }

    record Cell(long[] sorted, double seconds, List<String> failures) {
        int done() {
            return sorted.length;
        }

        double p50() {
            return ms(sorted[sorted.length / 2]);
        }

        double p99() {
            return ms(sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)]);
        }

        double max() {
            return ms(sorted[sorted.length - 1]);
        }

        double rate() {
            return sorted.length / seconds;
        }

        String failed() {
            return failures.isEmpty() ? "" : "  " + failures.size() + " failed, first: " + abbreviate(failures.get(0));
        }
    }

    private static final Pattern STATEMENT_LINE = Pattern.compile("\\sDEBUG\\s.*\\sorg\\.entente\\.cypher\\s+: (\\S+) (.*)$");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final java.util.logging.Logger DRIVER_LOG = java.util.logging.Logger.getLogger("org.neo4j.driver");

    public static void main(String[] args) throws Exception {
        var base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        var clients = Arrays.stream((args.length > 2 ? args[2] : "1,8,32").split(",")).mapToInt(Integer::parseInt).toArray();
        long budget = (long) ((args.length > 3 ? Double.parseDouble(args[3]) : 60) * 1e9);
        // the driver logs through the JDK's System.Logger: its INFO lines (driver created, closed) are not wanted here
        DRIVER_LOG.setLevel(java.util.logging.Level.WARNING);
        Driver driver = args.length > 6 ? GraphDatabase.driver(args[4], AuthTokens.basic("neo4j", args[5]),
                Config.builder().withMaxConnectionPoolSize(100).build()) : null;
        Path serverLog = args.length > 6 ? Path.of(args[6]) : null;
        var queries = new LinkedHashMap<String, String>();
        queries.put("baseline: liveness (no graph)", "/actuator/health/liveness");
        queries.put("relations US-Russia", "/api/relations?a=" + enc("United States") + "&b=" + enc("Russia"));
        queries.put("relations/trend US-Russia", "/api/relations/trend?a=" + enc("United States") + "&b=" + enc("Russia"));
        queries.put("stances about=Russia", "/api/stances?about=" + enc("Russia"));
        queries.put("timeline US with Russia", "/api/timeline?entity=" + enc("United States") + "&with=" + enc("Russia"));
        queries.put("connections US-Russia", "/api/connections?from=" + enc("United States") + "&to=" + enc("Russia"));
        queries.put("ask: disagree US-Russia", "/api/ask?q=" + enc("What do the United States and Russia disagree about?"));
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        System.out.printf("up to %d requests per query and client count (or %.0f s), after warm-up, %s%s%n%n", n, budget / 1e9,
                base, driver == null ? "" : "; bare driver: " + args[4] + ", the statements one request ran, replayed");
        System.out.printf("%-30s %7s | %-48s | %-32s | %s%n", "", "", "API (HTTP)", driver == null ? "" : "bare driver, same Cypher",
                driver == null ? "" : "p99");
        System.out.printf("%-30s %7s | %8s %8s %8s %7s %5s %6s | %5s %8s %8s %8s | %s%n", "query", "clients",
                "p50 ms", "p99 ms", "max ms", "req/s", "done", "KB", "stmts", "p50 ms", "p99 ms", "req/s", "API/driver");
        try {
            for (var q : queries.entrySet()) {
                var request = HttpRequest.newBuilder(URI.create(base + q.getValue())).timeout(Duration.ofSeconds(120)).GET().build();
                // warm-up: a few requests, one client; a query that fails is reported and left out
                try {
                    for (int i = 0; i < 5; i++) {
                        check(http.send(request, HttpResponse.BodyHandlers.ofString()), q.getKey());
                    }
                } catch (IllegalStateException e) {
                    System.out.printf("%-30s failed: %s%n", q.getKey(), e.getMessage());
                    continue;
                }
                List<Statement> statements = null;
                String skipped = "";
                if (driver != null) {
                    try {
                        statements = capture(http, base, request, serverLog, q.getKey());
                        var replay = replay(driver, statements);
                        for (int i = 0; i < 5 && !statements.isEmpty(); i++) {
                            var failed = replay.run();
                            if (failed != null) {
                                throw new IllegalStateException("replay failed: " + failed);
                            }
                        }
                    } catch (Exception e) {
                        skipped = "  (no driver replay: " + abbreviate(e.getMessage()) + ")";
                        statements = null;
                    }
                }
                for (int c : clients) {
                    var bytes = new AtomicInteger();
                    var api = time(c, n, budget, () -> {
                        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        bytes.set(response.body().length());
                        return response.statusCode() == 200 ? null : response.statusCode() + ": " + response.body();
                    });
                    var row = String.format("%-30s %7d | %8.1f %8.1f %8.1f %7.1f %5d %6.1f |", q.getKey(), c, api.p50(),
                            api.p99(), api.max(), api.rate(), api.done(), bytes.get() / 1024.0);
                    if (statements == null || statements.isEmpty()) {
                        System.out.printf("%s %5s %8s %8s %8s | %10s%s%s%n", row, statements == null ? "-" : "0", "-", "-", "-",
                                "-", api.failed(), skipped);
                        continue;
                    }
                    var bare = time(c, n, budget, replay(driver, statements));
                    System.out.printf("%s %5d %8.1f %8.1f %8.1f | %9.2f×%s%s%n", row, statements.size(), bare.p50(),
                            bare.p99(), bare.rate(), api.p99() / bare.p99(), api.failed(),
                            bare.failures().isEmpty() ? "" : "  driver:" + bare.failed());
                }
                if (statements != null) {
                    System.out.printf("%-30s   statements: %s%n", "", statements.isEmpty() ? "none"
                            : String.join(", ", statements.stream().map(Statement::name).toList()));
                }
            }
        } finally {
            if (driver != null) {
                driver.close();
            }
        }
    }

    /** c clients, each calling one request after the other, until n calls in all or the budget is spent. */
    private static Cell time(int c, int n, long budget, Call call) throws InterruptedException {
        var times = new ConcurrentLinkedQueue<Long>();
        var left = new AtomicInteger(n);
        var failures = new ConcurrentLinkedQueue<String>();
        var done = new CountDownLatch(c);
        long started = System.nanoTime();
        for (int k = 0; k < c; k++) {
            new Thread(() -> {
                try {
                    while (left.getAndDecrement() > 0 && System.nanoTime() - started < budget) {
                        long t = System.nanoTime();
                        var failed = call.run();
                        times.add(System.nanoTime() - t);
                        if (failed != null) {
                            failures.add(failed);
                        }
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
        return new Cell(times.stream().mapToLong(Long::longValue).sorted().toArray(), seconds, List.copyOf(failures));
    }

    /**
     * The statements one request runs: the logger org.entente.cypher at DEBUG through the actuator, one request, the
     * lines it added to the server's log, the level reset.
     */
    private static List<Statement> capture(HttpClient http, String base, HttpRequest request, Path serverLog, String name)
            throws Exception {
        setCypherLogLevel(http, base, "\"DEBUG\"");
        long offset;
        try {
            offset = Files.size(serverLog);
            check(http.send(request, HttpResponse.BodyHandlers.ofString()), name);
            // the log is written before the answer is sent; wait for the file to stop growing all the same
            long size = Files.size(serverLog);
            for (int i = 0; i < 50; i++) {
                Thread.sleep(50);
                long now = Files.size(serverLog);
                if (now == size) {
                    break;
                }
                size = now;
            }
        } finally {
            setCypherLogLevel(http, base, "null");
        }
        String added;
        try (var file = new RandomAccessFile(serverLog.toFile(), "r")) {
            var bytes = new byte[(int) (file.length() - offset)];
            file.seek(offset);
            file.readFully(bytes);
            added = new String(bytes, StandardCharsets.UTF_8);
        }
        var statements = new ArrayList<Statement>();
        for (var line : added.split("\r?\n")) {
            var m = STATEMENT_LINE.matcher(line);
            if (!m.find()) {
                continue;
            }
            var values = JSON.readerFor(Object.class).readValues(m.group(2)).readAll();
            @SuppressWarnings("unchecked")
            var parameters = (Map<String, Object>) values.get(0);
            var text = values.size() > 1 ? (String) values.get(1) : cypher(m.group(1));
            statements.add(new Statement(m.group(1), text, parameters));
        }
        return statements;
    }

    private static void setCypherLogLevel(HttpClient http, String base, String level) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/loggers/org.entente.cypher"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"configuredLevel\": " + level + "}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("setting the level of org.entente.cypher through /actuator/loggers answered "
                    + response.statusCode() + " (is the endpoint exposed? management.endpoints.web.exposure.include)");
        }
    }

    /** The text of a named statement, from cypher/ on the class path, as the server loads it. */
    private static String cypher(String name) throws Exception {
        try (var in = ApiScale.class.getClassLoader().getResourceAsStream("cypher/" + name + ".cypher")) {
            if (in == null) {
                throw new IllegalStateException("cypher/" + name + ".cypher is not on the class path (target/classes)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * One request's statements through the bare driver: one session and one read transaction for them all, as the
     * server runs a question (org.entente.system.ReadScope), every record read.
     */
    private static Call replay(Driver driver, List<Statement> statements) {
        return () -> {
            try (var session = driver.session()) {
                session.executeRead(tx -> {
                    for (var s : statements) {
                        tx.run(s.text(), s.parameters()).list();
                    }
                    return null;
                });
            } catch (RuntimeException e) {
                return String.valueOf(e);
            }
            return null;
        };
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 160 ? s.substring(0, 160) + "…" : s;
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
