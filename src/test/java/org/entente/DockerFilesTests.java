package org.entente;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Docker files, read without Docker (no engine here, and none needed for this): docker-compose.yml keeps its ports
 * on loopback and off an embedded Entente's, sends the Browser to a Bolt address the analyst's browser reaches, names
 * the Neo4j image the pom pins and checks the health of both services; the Dockerfile builds the jar itself and runs
 * it as a user, with a heap and a healthcheck; .dockerignore lets in what the Dockerfile copies and nothing of
 * target/, data/ or .git. Where a docker client with the compose plugin exists, .ci/run also runs
 * {@code docker compose config}.
 */
class DockerFilesTests {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9_]+)(?::[-?]([^}]*))?}");
    /** What an Entente started with ./mvnw spring-boot:run or java -jar listens on (docs/configuration.md). */
    private static final List<Integer> EMBEDDED_PORTS = List.of(8080, 7687);

    private final JsonNode compose = YAMLMapper.builder().build().readTree(read("docker-compose.yml"));
    private final JsonNode neo4j = compose.get("services").get("neo4j");
    private final JsonNode entente = compose.get("services").get("entente");

    @Test
    void shouldRunTheNeo4jImageThePomPins() {
        assertThat(neo4j.get("image").asString()).isEqualTo(ContainerConfig.neo4jImage());
    }

    @Test
    void shouldPublishOnLoopbackOnlyAndBesideAnEmbeddedEntente() {
        var published = new ArrayList<String>();
        compose.get("services").forEach(service -> service.path("ports").forEach(p -> published.add(resolved(p.asString()))));
        assertThat(published).isNotEmpty().allSatisfy(port -> {
            assertThat(port).startsWith("127.0.0.1:");
            assertThat(Integer.parseInt(port.split(":")[1])).isNotIn(EMBEDDED_PORTS);
        });
    }

    @Test
    void shouldSendNeo4jBrowserToTheBoltPortThatIsPublished() {
        var env = entente.get("environment");
        assertThat(env.get("NEO4J_URI").asString()).isEqualTo("bolt://neo4j:7687");
        var bolt = published(neo4j, 7687);
        assertThat(resolved(env.get("ENTENTE_BOLT_ADVERTISED_ADDRESS").asString())).isEqualTo("127.0.0.1:" + bolt);
        assertThat(resolved(env.get("ENTENTE_PUBLIC_URL").asString())).isEqualTo("http://localhost:" + published(entente, 8080));
    }

    @Test
    void shouldStartEntenteOnceNeo4jIsHealthyAndCheckEntentesReadiness() {
        assertThat(neo4j.get("healthcheck").get("test").toString()).contains("7474");
        assertThat(entente.get("depends_on").get("neo4j").get("condition").asString()).isEqualTo("service_healthy");
        assertThat(entente.get("healthcheck").get("test").toString()).contains("/actuator/health/readiness");
        assertThat(entente.get("build").asString()).isEqualTo(".");
    }

    /** Spring Boot's docker compose support (profile "compose") starts the neo4j service alone and ignores entente. */
    @Test
    void shouldLetSpringBootStartOnlyTheNeo4jServiceAndOnlyWhenAsked() throws IOException {
        var profile = properties("src/main/resources/application-compose.properties");
        assertThat(profile.getProperty("spring.docker.compose.enabled")).isEqualTo("true");
        assertThat(Path.of(profile.getProperty("spring.docker.compose.file"))).exists();
        assertThat(compose.get("services").has(profile.getProperty("spring.docker.compose.start.arguments"))).isTrue();
        assertThat(entente.get("labels").get("org.springframework.boot.ignore").asString()).isEqualTo("true");
        assertThat(properties("src/main/resources/application.properties").getProperty("spring.docker.compose.enabled"))
                .as("off by default: no Docker is needed to run or test Entente").isEqualTo("false");
    }

    @Test
    void shouldBuildTheJarInTheImageAndRunItAsAUserWithAHeapAndAHealthcheck() {
        var lines = dockerfile();
        var stages = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
        assertThat(stages).hasSize(2);
        assertThat(stages.get(0)).startsWith("FROM eclipse-temurin:17-jdk").endsWith(" AS build");
        assertThat(stages.get(1)).startsWith("FROM eclipse-temurin:17-jre");
        assertThat(lines).anyMatch(l -> l.startsWith("RUN ./mvnw ") && l.contains("dependency:go-offline"))
                .anyMatch(l -> l.startsWith("RUN ./mvnw ") && l.contains(" package"))
                .noneMatch(l -> l.startsWith("COPY") && l.contains("target/"));
        var run = lines.subList(lines.indexOf(stages.get(1)), lines.size());
        var user = run.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElseThrow();
        assertThat(user.substring(5).split(":")[0]).isNotIn("root", "0");
        assertThat(run).anyMatch(l -> l.startsWith("ENV JAVA_TOOL_OPTIONS=") && (l.contains("-Xmx") || l.contains("MaxRAMPercentage")))
                .anyMatch(l -> l.startsWith("HEALTHCHECK ") && l.contains("/actuator/health/readiness"))
                .anyMatch(l -> l.startsWith("ENTRYPOINT [\"java\", \"-jar\""));
    }

    @Test
    void shouldSendTheDaemonWhatTheDockerfileCopiesAndNothingOfTargetDataOrGit() {
        var ignore = read(".dockerignore").lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        for (var left : List.of("target/entente.jar", "data/bolt-password", ".git/HEAD", "bench/out/run.txt", "src/test/java/X.java")) {
            assertThat(sent(ignore, left)).as(left).isFalse();
        }
        var copied = dockerfile().stream().filter(l -> l.startsWith("COPY ") && !l.contains("--from="))
                .flatMap(l -> {
                    var parts = l.split("\\s+");
                    return java.util.Arrays.stream(parts, 1, parts.length - 1);
                }).toList();
        assertThat(copied).contains("pom.xml", "src/main/", "cypher/").allSatisfy(source -> {
            assertThat(Path.of(source)).exists();
            assertThat(sent(ignore, source.replaceAll("/$", "") + (Files.isDirectory(Path.of(source)) ? "/any" : ""))).as(source).isTrue();
        });
    }

    /** Whether a path of the work tree reaches the build context: the last pattern that matches it decides. */
    private static boolean sent(List<String> patterns, String path) {
        boolean sent = true;
        for (var pattern : patterns) {
            boolean negated = pattern.startsWith("!");
            var glob = FileSystems.getDefault().getPathMatcher("glob:" + (negated ? pattern.substring(1) : pattern).replaceAll("/$", ""));
            // a pattern that matches a folder matches everything in it
            for (var p = Path.of(path); p != null; p = p.getParent()) {
                if (glob.matches(p)) {
                    sent = negated;
                    break;
                }
            }
        }
        return sent;
    }

    /** The host port a service publishes a container port on, its default taken for a variable. */
    private static int published(JsonNode service, int containerPort) {
        for (var p : service.get("ports")) {
            var parts = resolved(p.asString()).split(":");
            if (Integer.parseInt(parts[2]) == containerPort) {
                return Integer.parseInt(parts[1]);
            }
        }
        throw new AssertionError("port " + containerPort + " is not published");
    }

    /** {@code ${NAME:-default}} as docker compose reads it with NAME unset. */
    private static String resolved(String value) {
        return VARIABLE.matcher(value).replaceAll(m -> m.group(2) == null ? "" : m.group(2));
    }

    /** The Dockerfile's instructions, continuation lines joined, comments left out. */
    private static List<String> dockerfile() {
        var joined = read("Dockerfile").replaceAll("\\\\\\n\\s*", " ");
        return joined.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static Properties properties(String file) throws IOException {
        var properties = new Properties();
        try (var in = Files.newBufferedReader(Path.of(file))) {
            properties.load(in);
        }
        return properties;
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
