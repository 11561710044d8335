package org.entente.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code entente reset}: deletes the embedded store, after confirmation, so the next start begins with an empty graph
 * (and imports the seeds). Only a folder that is an Entente store and nothing else, and only while no engine runs on it.
 */
@Command(name = "reset", mixinStandardHelpOptions = true,
        description = "Delete the embedded store (entente.data-dir, default ./data): every source, the graph, the Bolt "
                + "password. The server must be stopped. Asks for confirmation on a terminal; elsewhere needs --yes. The "
                + "next start imports the seeds into an empty graph. Exits with 1 if nothing was deleted.")
public final class ResetCommand implements Callable<Integer> {

    @Option(names = "--yes", description = "delete without asking")
    boolean yes;

    @Unmatched
    List<String> springArgs = new ArrayList<>();

    @Override
    public Integer call() {
        return StoreFolder.hold("reset", springArgs, "nothing deleted", 0, (store, held) -> {
            var size = store.size();
            if (!yes && !confirmed(store, size)) {
                return 1;
            }
            try {
                store.delete(held);
            } catch (IOException e) {
                System.err.println("entente reset: " + e.getMessage() + "; the store is partly deleted: run reset again");
                return 1;
            }
            System.out.println("deleted the store " + store.dir() + " (" + size.describe() + "); the next start begins "
                    + "with an empty graph and imports the seeds");
            return 0;
        });
    }

    private static boolean confirmed(StoreFolder store, StoreFolder.Size size) {
        var console = System.console();
        if (console == null || !isTerminal(console)) {
            System.err.println("entente reset: deleting " + store.dir() + " needs confirmation, and there is no terminal to "
                    + "ask on: add --yes. Nothing deleted.");
            return false;
        }
        var answer = console.readLine("Delete the Entente store %s (%s)? It cannot be undone (backup DIR first to keep "
                + "a copy). Type yes to delete: ", store.dir(), size.describe());
        if (answer == null || !answer.strip().equalsIgnoreCase("yes")) {
            System.err.println("Nothing deleted.");
            return false;
        }
        return true;
    }

    /** From Java 22 on, System.console() is there even without a terminal; Console.isTerminal() tells (absent before). */
    private static boolean isTerminal(java.io.Console console) {
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 17 to 21: a console exists only on a terminal
        }
    }
}
