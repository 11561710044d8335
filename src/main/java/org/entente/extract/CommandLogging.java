package org.entente.extract;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;

/**
 * Logging for commands that run without Spring ({@code extract}, {@code evaluate}): warnings only, on stderr, so that
 * stdout carries nothing but the command's output (Logback's own default would print CoreNLP's progress there). It
 * lives with the extractor, not in {@code system}, because the extractor is a library without Spring; it touches
 * Logback only when Logback is the logging in use (the application's jar), and is never called by the library itself.
 */
public final class CommandLogging {

    private CommandLogging() {
    }

    public static void quiet() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        var encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss} %-5level %logger{30} - %msg%n");
        encoder.start();
        var appender = new ConsoleAppender<ILoggingEvent>();
        appender.setContext(context);
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        var root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(appender);
        // DJL, which loads the tokenizer of the claim back-off's embeddings, looks for a GPU and warns that it found none
        context.getLogger("ai.djl").setLevel(Level.ERROR);
    }
}
