package org.entente.system;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The embedded web server's settings that Boot has no property for. */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

    /** Tomcat's default, named so the problem detail can say it. No question of the API takes more than a handful. */
    static final int MAX_PARAMETERS = 1000;

    /**
     * Answer "Expect: 100-continue" only once the application reads the body (Tomcat's default answers at once). A
     * client that asks first, as curl does for bodies over 1 MB, then never sends an article that is refused from
     * its headers alone: too large for its Content-Length, or a missing editor token.
     */
    @Bean
    TomcatConnectorCustomizer continueWhenTheBodyIsRead() {
        return connector -> {
            connector.setProperty("continueResponseTiming", "onRead");
            connector.setMaxParameterCount(MAX_PARAMETERS);
        };
    }

    /**
     * Tomcat's own error answers (for requests it refuses before the application sees them) as problem details: the
     * host's HTML error report valve, whoever added it, is swapped for {@link ProblemReportValve} as the host starts.
     */
    @Bean
    TomcatContextCustomizer problemDetailsFromTomcat() {
        return context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.addLifecycleListener(event -> {
                    if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                        for (var valve : host.getPipeline().getValves()) {
                            if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
                                host.getPipeline().removeValve(valve);
                            }
                        }
                        host.setErrorReportValveClass(ProblemReportValve.class.getName());
                    }
                });
            }
        };
    }
}
