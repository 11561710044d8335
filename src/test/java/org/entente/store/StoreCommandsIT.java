package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.entente.EntenteApplication;
import org.entente.support.GraphCounts;
import org.entente.system.Graph;
import org.entente.support.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backup} and {@code reset} on a store of their own, as a person runs them: refused while an engine holds the
 * store, a copy of the stopped store that a server starts on with the same graph (restore is copying it back), a reset
 * that asks for --yes off a terminal, and folders that are not a store left alone.
 */
class StoreCommandsIT {

    @TempDir
    Path root;

    @Test
    void shouldBackUpTheStoppedStoreResetItAndStartOnTheCopiedBackStore() throws IOException {
        var store = root.resolve("data");
        var backup = root.resolve("backups/first");
        Map<String, Long> seeded;
        try (var context = start(store, true)) {
            seeded = GraphCounts.of(context.getBean(Graph.class));
            assertThat(seeded).containsEntry(":Article", 1L);

            var running = run(new BackupCommand(), backup.toString(), "--entente.data-dir=" + store);
            assertThat(running.code()).isEqualTo(1);
            assertThat(running.err()).contains("in use by a running Entente", "Nothing copied");
            assertThat(backup).doesNotExist();
            assertThat(run(new ResetCommand(), "--yes", "--entente.data-dir=" + store).err()).contains("in use", "Nothing deleted");
            assertThat(store.resolve("data/databases")).isDirectory();
        }

        assertThat(run(new BackupCommand(), store.resolve("inside").toString(), "--entente.data-dir=" + store).err())
                .contains("must lie outside the store");
        Files.createDirectories(root.resolve("taken"));
        Files.writeString(root.resolve("taken/notes.txt"), "mine");
        assertThat(run(new BackupCommand(), root.resolve("taken").toString(), "--entente.data-dir=" + store).err())
                .contains("is not an empty folder");

        var copied = run(new BackupCommand(), backup.toString(), "--entente.data-dir=" + store);
        assertThat(copied.code()).as(copied.err()).isZero();
        assertThat(copied.out()).contains("backed up " + store.toAbsolutePath(), backup.toAbsolutePath().toString());
        assertThat(backup.resolve("bolt-password-applied")).isRegularFile();
        assertThat(root.resolve("backups")).isDirectoryNotContaining(p -> p.getFileName().toString().contains(".partial-"));

        var unconfirmed = run(new ResetCommand(), "--entente.data-dir=" + store);
        assertThat(unconfirmed.code()).isEqualTo(1);
        assertThat(unconfirmed.err()).contains("add --yes", "Nothing deleted");
        assertThat(store.resolve("data/databases")).isDirectory();

        var reset = run(new ResetCommand(), "--yes", "--entente.data-dir=" + store);
        assertThat(reset.code()).as(reset.err()).isZero();
        assertThat(reset.out()).contains("deleted the store " + store.toAbsolutePath());
        assertThat(store).doesNotExist();
        assertThat(root.resolve("taken/notes.txt")).hasContent("mine");

        copyTree(backup, store);
        try (var context = start(store, false)) {
            assertThat(GraphCounts.of(context.getBean(Graph.class))).isEqualTo(seeded);
        }
    }

    @Test
    void shouldLeaveAFolderThatIsNotOnlyAStoreAlone() throws IOException {
        var home = Files.createDirectories(root.resolve("home"));
        Files.writeString(home.resolve("thesis.tex"), "years of work");

        var reset = run(new ResetCommand(), "--yes", "--entente.data-dir=" + home);
        assertThat(reset.code()).isEqualTo(1);
        assertThat(reset.err()).contains("does not look like an Entente store", "nothing deleted");
        var backup = run(new BackupCommand(), root.resolve("copy").toString(), "--entente.data-dir=" + home);
        assertThat(backup.code()).isEqualTo(1);
        assertThat(root.resolve("copy")).doesNotExist();

        // a store's marks, and a file of someone's among them
        Files.createDirectories(home.resolve("data/databases"));
        Files.writeString(home.resolve("bolt-password-applied"), "x\n");
        var mixed = run(new ResetCommand(), "--yes", "--entente.data-dir=" + home);
        assertThat(mixed.code()).isEqualTo(1);
        assertThat(mixed.err()).contains("thesis.tex", "nothing deleted");
        assertThat(home.resolve("thesis.tex")).hasContent("years of work");

        var missing = run(new ResetCommand(), "--yes", "--entente.data-dir=" + root.resolve("none"));
        assertThat(missing.code()).isZero();
        assertThat(missing.out()).contains("There is no store", "nothing deleted");
    }

    private static org.springframework.context.ConfigurableApplicationContext start(Path store, boolean seeds) {
        return EntenteApplication.start(List.of("--entente.data-dir=" + store, "--entente.bolt-port=0"), false,
                Map.of("entente.import-seeds", Boolean.toString(seeds)));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (var f : files.toList()) {
                Files.copy(f, to.resolve(from.relativize(f).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static CommandRun run(Callable<Integer> command, String... args) {
        return CommandRun.of(command, List.of(args));
    }

}
