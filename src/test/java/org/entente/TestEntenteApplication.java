package org.entente;

import org.springframework.boot.SpringApplication;

/**
 * Entente for development against a Neo4j server in a container instead of the embedded engine: the same commands and
 * settings as {@link EntenteApplication}, with {@link ContainerConfig}'s container started first (it needs a Docker
 * engine). {@code ./mvnw spring-boot:test-run}, or run this class from the IDE. The graph lives as long as the container:
 * each start seeds a new one.
 */
public final class TestEntenteApplication {

    private TestEntenteApplication() {
    }

    public static void main(String[] args) {
        SpringApplication.from(EntenteApplication::main).with(ContainerConfig.class).run(args);
    }
}
