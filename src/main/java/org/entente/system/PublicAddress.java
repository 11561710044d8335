package org.entente.system;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where people reach Entente, for links Entente writes (the guide, the Browser link it prints): {@code entente.public-url}
 * when set (a server exposed under a name), else localhost and the port it listens on. Never the request's Host header,
 * which whoever sends the request chooses.
 */
@Component
public final class PublicAddress {

    /** The names of this machine that no other site can claim: what a request made here may call it. */
    public static final List<String> LOOPBACK_HOSTS = List.of("localhost", "127.0.0.1", "[::1]");

    private final Environment environment;

    PublicAddress(Environment environment) {
        this.environment = environment;
    }

    /** Whether an address (a peer's, or one to listen on) is this machine's loopback. */
    public static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    /** Without a trailing slash: {@code http://localhost:8080}. */
    public String base() {
        var configured = environment.getProperty("entente.public-url", "");
        return configured.isBlank()
                ? "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"))
                : configured.replaceAll("/+$", "");
    }
}
