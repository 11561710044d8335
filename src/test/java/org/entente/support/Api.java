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

    public record Response(int status, String contentType, JsonNode body) {
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
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).GET().build();
        try {
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            var contentType = response.headers().firstValue("Content-Type").orElse("");
            return new Response(response.statusCode(), contentType, JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
