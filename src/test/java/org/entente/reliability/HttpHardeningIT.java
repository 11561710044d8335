package org.entente.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.entente.support.HttpTest;
import org.entente.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/** What every answer carries, and what the request cannot steer. */
class HttpHardeningIT extends HttpTest {

    @Test
    void shouldForbidFramingAndSniffingOnEveryAnswer() {
        for (var path : new String[] {"/", "/api/entities?q=Obama", "/api/nothing-here", "/guide/entente.html", "/browser/index.html",
                "/browser/", "/swagger-ui/index.html"}) {
            var response = api.getRaw(path);
            assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(response.header("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
        }
        assertThat(api.getRaw("/").header("Content-Security-Policy")).contains("default-src 'self'");
    }

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void shouldListenOnLoopbackOnly() {
        var connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        assertThat(String.valueOf(connector.getProperty("address"))).isIn("/127.0.0.1", "127.0.0.1", "localhost/127.0.0.1");
    }

    @Test
    void shouldNameTheGuideLinksFromConfigurationNotFromTheHostHeader() throws IOException {
        var guide = RawHttp.send(port, "GET /guide/entente.html HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n");
        assertThat(guide.status()).isEqualTo(200);
        assertThat(guide.body()).contains("http://localhost:" + port + "/guide/library.html")
                .doesNotContain("http://127.0.0.1:" + port);
    }

    /** DNS rebinding: a foreign name pointed at 127.0.0.1 makes a foreign page "same-origin" with this server. */
    @Test
    void shouldRefuseHostNamesThatAreNotOurs() throws IOException {
        var rebound = RawHttp.send(port, "GET /api/entities?q=Obama HTTP/1.1\r\nHost: attacker.example:" + port + "\r\nConnection: close\r\n\r\n");
        assertThat(rebound.status()).isEqualTo(421);
        assertThat(rebound.body()).contains("unknown-host").doesNotContain("Barack Obama");
    }

    @Test
    void shouldSayThatThereAreTooManyParameters() {
        var query = new StringBuilder("/api/entities?q=Obama");
        for (int i = 0; i < 1200; i++) {
            query.append("&p").append(i).append("=x");
        }
        var response = api.getRaw(query.toString());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("detail").asString()).contains("more query parameters than the 1000 allowed")
                .doesNotContain("UTF-8");
    }
}
