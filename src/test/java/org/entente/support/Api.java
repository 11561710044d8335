package org.entente.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP against the running test server, answers as JSON trees. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;

    public Api(int port) {
        this.port = port;
    }

    public record Response(int status, String contentType, JsonNode body, java.net.http.HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** The body of a 200 answer; any other answer fails the test, with its body in the message. */
        public JsonNode ok() {
            org.assertj.core.api.Assertions.assertThat(status).as(body.toString()).isEqualTo(200);
            return body;
        }
    }

    /** The elements of a JSON array (none for a missing node). */
    public static java.util.List<JsonNode> list(JsonNode array) {
        return array == null ? java.util.List.of() : java.util.stream.StreamSupport.stream(array.spliterator(), false).toList();
    }

    /** The text values of a field of each element: ids, names, topics. */
    public static java.util.List<String> texts(JsonNode array, String field) {
        return list(array).stream().map(n -> n.path(field).asString(null)).toList();
    }

    /** GET an entity's profile; the reference is URL-encoded here. */
    public Response entity(String ref) {
        return get("/api/entities/" + URLEncoder.encode(ref, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    /** GET a path; {@code params} alternate name and value and are URL-encoded here. */
    public Response get(String path, String... params) {
        var query = new StringBuilder();
        for (int i = 0; i + 1 < params.length; i += 2) {
            query.append(query.isEmpty() ? "?" : "&").append(params[i]).append('=')
                    .append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return getRaw(path + query);
    }

    /** GET a path and query exactly as given (already encoded, or deliberately not). */
    public Response getRaw(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).GET().build());
    }

    /** POST a body; {@code headers} alternate name and value. */
    public Response post(String pathAndQuery, String contentType, byte[] body, String... headers) {
        return post(pathAndQuery, contentType, HttpRequest.BodyPublishers.ofByteArray(body), headers);
    }

    /** POST a body of any kind (one of unknown length goes chunked); {@code headers} alternate name and value. */
    public Response post(String pathAndQuery, String contentType, HttpRequest.BodyPublisher body, String... headers) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .header("Content-Type", contentType).POST(body);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /** DELETE a path and query exactly as given; {@code headers} alternate name and value. */
    public Response delete(String pathAndQuery, String... headers) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).DELETE();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    private Response send(HttpRequest request) {
        try {
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            var contentType = response.headers().firstValue("Content-Type").orElse("");
            // JSON answers as trees; anything else (HTML, a Browser style) as one text node
            var body = response.body().isEmpty() ? JSON.missingNode()
                    : contentType.contains("json") ? JSON.readTree(response.body()) : JSON.getNodeFactory().stringNode(response.body());
            return new Response(response.statusCode(), contentType, body, response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
