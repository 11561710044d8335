package org.entente.system;

import org.neo4j.driver.Logging;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The driver logs through SLF4J, like the rest of Entente. Its default (the JDK's {@code System.Logger}) costs time
 * even when nothing is logged: driver 6.1 formats every Bolt message it sends, parameters included, into a DEBUG line
 * before asking whether DEBUG is on (BoltLogger, SystemLogger). For a bulk import that is a batch of 5,000 rows turned
 * into a string per statement, 7 % of the import's CPU (bench/scale with SCALE_JFR=1); the SLF4J logger asks first.
 */
@Configuration(proxyBeanMethods = false)
class DriverConfiguration {

    @Bean
    @SuppressWarnings("deprecation") // Logging: the driver's own logging abstraction, deprecated for System.Logger, which is the slow path above
    ConfigBuilderCustomizer slf4jDriverLogging() {
        return builder -> builder.withLogging(Logging.slf4j());
    }
}
