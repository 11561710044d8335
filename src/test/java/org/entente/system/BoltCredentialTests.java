package org.entente.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoltCredentialTests {

    @TempDir
    Path dataDir;

    @Test
    void shouldGenerateAPasswordOnceReadableByTheOwnerOnly() throws Exception {
        var first = BoltCredential.resolve(dataDir.resolve("graph"), null);
        var file = dataDir.resolve("graph").resolve(BoltCredential.FILE);

        assertThat(first.password()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(BoltCredential.resolve(dataDir.resolve("graph"), "").password()).isEqualTo(first.password());
        assertThat(first.toString()).doesNotContain(first.password());
        try (var files = Files.list(dataDir.resolve("graph"))) {
            assertThat(files).as("no temporary file left").containsExactly(file);
        }
    }

    @Test
    void shouldMakeAPasswordFileThatOthersCanReadTheOwnersAlone() throws Exception {
        var file = dataDir.resolve(BoltCredential.FILE);
        Files.writeString(file, "a-password-others-could-read\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(BoltCredential.resolve(dataDir, null).password()).isEqualTo("a-password-others-could-read");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void shouldPreferTheConfiguredSecretAndRefuseAShortOne() {
        assertThat(BoltCredential.resolve(dataDir, "a-secret-of-enough-length").password()).isEqualTo("a-secret-of-enough-length");
        assertThat(Files.exists(dataDir.resolve(BoltCredential.FILE))).isFalse();
        assertThatThrownBy(() -> BoltCredential.resolve(dataDir, "short")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 8");
    }

    @Test
    void shouldDeriveABrowserKeyThatChangesWithThePassword() {
        var one = new BoltCredential("neo4j", "password-one", "test");
        var two = new BoltCredential("neo4j", "password-two", "test");

        assertThat(one.browserKey()).hasSize(32).isNotEqualTo(two.browserKey()).doesNotContain("password");
        assertThat(one.isBrowserKey(one.browserKey())).isTrue();
        assertThat(one.isBrowserKey(two.browserKey())).isFalse();
        assertThat(one.isBrowserKey(null)).isFalse();
        assertThat(one.isBrowserKey("")).isFalse();
    }
}
