package org.entente.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.entente.system.EntenteProperties;
import org.junit.jupiter.api.Test;

class EditorCredentialTests {

    private final EditorCredential editor = credential("s3cret-token-for-tests-only");

    @Test
    void shouldLetTheEditorIn() {
        assertThatCode(() -> editor.check("Bearer s3cret-token-for-tests-only")).doesNotThrowAnyException();
        assertThatCode(() -> editor.check("bearer  s3cret-token-for-tests-only ")).doesNotThrowAnyException();
    }

    @Test
    void shouldAnswer401WithAChallengeToAMissingOrWrongToken() {
        for (var header : new String[] {null, "", "Bearer", "Bearer s3cret-token-for-tests-onlY", "Basic s3cret-token-for-tests-only", "s3cret-token-for-tests-only"}) {
            assertThatThrownBy(() -> editor.check(header)).as(String.valueOf(header))
                    .isInstanceOfSatisfying(ArticleProblem.class, p -> {
                        assertThat(p.getStatusCode().value()).isEqualTo(401);
                        assertThat(p.getHeaders().getFirst("WWW-Authenticate")).startsWith("Bearer realm=\"entente\"");
                    });
        }
    }

    @Test
    void shouldAnswer403AndSayHowToConfigureWhenTheServerHasNoToken() {
        for (var unset : new String[] {null, "", "  "}) {
            assertThatThrownBy(() -> credential(unset).check("Bearer anything"))
                    .isInstanceOfSatisfying(ArticleProblem.class, p -> {
                        assertThat(p.getStatusCode().value()).isEqualTo(403);
                        assertThat(p.getBody().getDetail()).contains("ENTENTE_EDITOR_TOKEN");
                    });
        }
    }

    @Test
    void shouldRefuseToStartWithATokenThatCanBeGuessed() {
        assertThatThrownBy(() -> credential("short-secret")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 16");
    }

    private static EditorCredential credential(String token) {
        return new EditorCredential(new EntenteProperties(Path.of("data"), 7687, "256m", Path.of("seeds"), true,
                Duration.ofSeconds(30), Duration.ofMinutes(10), 0, 4, new EntenteProperties.Neo4j(null, "neo4j", null, null), token,
                null, null, java.util.List.of(), java.util.List.of(), 5000, null));
    }
}
