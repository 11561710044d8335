package org.entente.system;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The embedded web server's settings that Boot has no property for. */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

    /**
     * Answer "Expect: 100-continue" only once the application reads the body (Tomcat's default answers at once). A
     * client that asks first, as curl does for bodies over 1 MB, then never sends an article that is refused from
     * its headers alone: too large for its Content-Length, or a missing editor token.
     */
    @Bean
    TomcatConnectorCustomizer continueWhenTheBodyIsRead() {
        return connector -> connector.setProperty("continueResponseTiming", "onRead");
    }
}
