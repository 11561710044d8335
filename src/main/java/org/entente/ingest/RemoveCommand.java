package org.entente.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.entente.EntenteApplication;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/**
 * {@code entente remove ID...}: removes sources and all they said from the configured graph, each in one transaction,
 * and prints what went. Needs the store to itself: with the server running, {@code DELETE /api/articles/{id}} does it.
 */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Remove sources (by id, as GET /api/articles lists them) from the configured graph: their claims, "
                + "relationships and mentions, the entities no other source names; stance edges and monthly tallies are "
                + "rebuilt. Each source in one transaction. A curated source (Facts written by hand) needs --force. "
                + "Exits with 1 if any source was not removed.")
public final class RemoveCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "ID", description = "source ids")
    List<String> ids = new ArrayList<>();

    @Option(names = "--force", description = "remove curated sources too")
    boolean force;

    @Unmatched
    List<String> springArgs = new ArrayList<>();

    @Override
    public Integer call() {
        try (var context = EntenteApplication.command(springArgs, Map.of())) {
            var writer = context.getBean(GraphWriter.class);
            int failed = 0;
            for (var id : ids) {
                if (!remove(writer, id)) {
                    failed++;
                }
            }
            System.out.println(ids.size() - failed + " source" + (ids.size() - failed == 1 ? "" : "s") + " removed, " + failed
                    + " not removed");
            return failed == 0 ? 0 : 1;
        } catch (RuntimeException e) {
            System.err.println("entente remove: " + ImportCommand.reason(e)
                    + " (while a server runs on this store, remove sources with DELETE /api/articles/{id})");
            return 1;
        }
    }

    private boolean remove(GraphWriter writer, String id) {
        try {
            var removed = writer.remove(id, force);
            if (removed.isEmpty()) {
                System.err.println("entente remove: no source '" + id + "' in the graph (GET /api/articles lists them); nothing removed");
                return false;
            }
            var r = removed.get();
            System.out.println("removed   " + id + (r.title() == null ? "" : " (" + r.title() + ")") + ": " + r.claims() + " claims, "
                    + r.relationships() + " relationships, " + r.entities() + " entities no other source names ("
                    + r.entitiesKept() + " named elsewhere kept)");
            return true;
        } catch (RemovalRefusedException e) {
            System.err.println("entente remove: " + e.getMessage() + "; nothing removed"
                    + (e.reason() == RemovalRefusedException.Reason.CURATED ? ". Add --force to remove it all the same." : ""));
            return false;
        }
    }
}
