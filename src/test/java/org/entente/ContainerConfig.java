package org.entente;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * A Neo4j server in a container for Entente to run against: the image the pom pins ({@code neo4j.image}), and a
 * password made for this run (Docker publishes the container's Bolt port on a port of its choosing, on every interface of
 * the machine). {@code @ServiceConnection} hands the driver its address and password; Entente's own
 * {@code Neo4jConfiguration} then starts nothing embedded. Used by {@code Neo4jServerIT} and {@code TestEntenteApplication}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ContainerConfig {

    @Bean
    @ServiceConnection
    Neo4jContainer neo4j() {
        return new Neo4jContainer(neo4jImage()).withAdminPassword(HexFormat.of().formatHex(randomBytes()));
    }

    private static byte[] randomBytes() {
        var bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** The Neo4j image of the pom's {@code neo4j.image}, which Maven writes into {@code pins.properties}. */
    public static String neo4jImage() {
        var pins = new Properties();
        try (var in = ContainerConfig.class.getResourceAsStream("/pins.properties")) {
            if (in == null) {
                throw new IllegalStateException("pins.properties is missing from the test classpath: build with Maven "
                        + "(./mvnw test-compile), which fills it in from the pom");
            }
            pins.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var image = pins.getProperty("neo4j.image", "");
        if (image.isBlank() || image.contains("@")) {
            throw new IllegalStateException("pins.properties names no Neo4j image ('" + image + "'): build with Maven, which fills it in");
        }
        return image;
    }
}
