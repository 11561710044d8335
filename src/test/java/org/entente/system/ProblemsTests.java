package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

class ProblemsTests {

    @Test
    void shouldNameAProblemByItsStatusInSentenceCase() {
        var problem = Problems.of(HttpStatus.BAD_REQUEST, "q is required");
        assertThat(problem.getTitle()).isEqualTo("Bad request");
        assertThat(problem.getType()).hasToString("urn:entente:problem:bad-request");
        assertThat(Problems.title(414)).isEqualTo("URI too long");
        assertThat(Problems.title(599)).isEqualTo("Error");
    }

    @Test
    void shouldGiveSpringsOwnProblemsOurTypeAndTitle() {
        var spring = ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED, "Method 'DELETE' is not supported.");
        spring.setTitle("Method Not Allowed");
        Problems.name(spring);
        assertThat(spring.getTitle()).isEqualTo("Method not allowed");
        assertThat(spring.getType()).hasToString("urn:entente:problem:method-not-allowed");
        var ours = Problems.of(HttpStatus.NOT_FOUND, "unknown-entity", "Unknown entity", "No entity is called 'x'");
        Problems.name(ours);
        assertThat(ours.getType()).hasToString("urn:entente:problem:unknown-entity");
    }
}
