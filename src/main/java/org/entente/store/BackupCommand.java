package org.entente.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/**
 * {@code entente backup DIR}: copies the embedded store to DIR while no engine runs on it (Neo4j Community has no
 * online backup). Restoring is copying it back, the server stopped (docs/configuration.md).
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Copy the embedded store (entente.data-dir, default ./data) to DIR, a new or empty folder. The "
                + "server must be stopped: with it running the store is refused, not copied half-written. Restore: stop "
                + "the server, move the store folder aside, copy DIR in its place. Exits with 1 if nothing was copied.")
public final class BackupCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "where the copy goes: a folder that does not exist yet, or an empty one")
    Path target;

    @Unmatched
    List<String> springArgs = new ArrayList<>();

    @Override
    public Integer call() {
        var stray = springArgs.stream().filter(a -> !a.startsWith("--")).toList();
        if (!stray.isEmpty()) {
            System.err.println("entente backup: one DIR only, not also " + String.join(" ", stray));
            return 2;
        }
        var properties = StoreSettings.read(springArgs);
        if (properties.neo4j().external()) {
            System.err.println("entente backup: Entente uses the Neo4j server at " + properties.neo4j().uri()
                    + ", not an embedded store; back that server up with its own tools (neo4j-admin database dump)");
            return 1;
        }
        var store = new StoreFolder(properties.dataDir());
        try {
            if (!store.exists()) {
                System.err.println("entente backup: there is no store at " + store.dir() + " (setting entente.data-dir); nothing copied");
                return 1;
            }
            var problem = store.notAStore();
            if (problem.isPresent()) {
                System.err.println("entente backup: " + problem.get() + "; nothing copied");
                return 1;
            }
            var lock = store.lock();
            if (lock.isEmpty()) {
                System.err.println("entente backup: the store " + store.dir() + " is in use by a running Entente (a server "
                        + "or a command); stop it and run backup again. Nothing copied.");
                return 1;
            }
            try (var held = lock.get()) {
                var size = store.copyTo(target);
                System.out.println("backed up " + store.dir() + " to " + target.toAbsolutePath().normalize() + " (" + size.describe() + ")");
                return 0;
            }
        } catch (IOException e) {
            System.err.println("entente backup: " + e.getMessage() + "; nothing copied");
            return 1;
        }
    }
}
