package org.entente.store;

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
        return StoreFolder.hold("backup", springArgs, "nothing copied", 1, (store, held) -> {
            var size = store.copyTo(target);
            System.out.println("backed up " + store.dir() + " to " + target.toAbsolutePath().normalize() + " (" + size.describe() + ")");
            return 0;
        });
    }
}
