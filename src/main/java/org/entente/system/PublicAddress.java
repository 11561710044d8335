package org.entente.system;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where people reach Entente, for links Entente writes (the guide, the Browser link it prints): {@code entente.public-url}
 * when set (a server exposed under a name), else localhost and the port it listens on. Never the request's Host header,
 * which whoever sends the request chooses.
 */
@Component
public final class PublicAddress {

    private final Environment environment;

    PublicAddress(Environment environment) {
        this.environment = environment;
    }

    /** Without a trailing slash: {@code http://localhost:8080}. */
    public String base() {
        var configured = environment.getProperty("entente.public-url", "");
        return configured.isBlank()
                ? "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"))
                : configured.replaceAll("/+$", "");
    }
}
