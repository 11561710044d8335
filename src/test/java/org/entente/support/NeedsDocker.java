package org.entente.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * A test class that needs a Docker engine: where Testcontainers finds none, the class (its nested classes with it) is
 * skipped, and one line in the build's output says which and what did not run. Where Docker is, it runs as any other.
 * What {@code @Testcontainers(disabledWithoutDocker = true)} does, with that line.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(NeedsDocker.Condition.class)
public @interface NeedsDocker {

    /** What the class runs, for the line that says it did not: "the API suite against a Neo4j server". */
    String value();

    final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            var needs = context.getElement().flatMap(e -> AnnotationSupport.findAnnotation(e, NeedsDocker.class));
            if (needs.isEmpty() || DockerClientFactory.instance().isDockerAvailable()) {
                return ConditionEvaluationResult.enabled("a Docker engine is available");
            }
            var line = context.getDisplayName() + " SKIPPED: no Docker engine here, so " + needs.get().value() + " did not run";
            LoggerFactory.getLogger(NeedsDocker.class).warn(line);
            return ConditionEvaluationResult.disabled(line);
        }
    }
}
