package org.entente.ingest.initial;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.entente.store.Folders;

/**
 * The store folder ({@code entente.data-dir}) an initial load writes into, and how to put it back as it was.
 *
 * <p>The batch importer writes into a staging folder inside the store ({@value #STAGING}); only a whole database is
 * moved into place ({@code data/databases/neo4j}, {@code data/transactions/neo4j}: two renames on one file system).
 * So a load killed while it reads or imports leaves at most that folder, which no engine opens and the next initial
 * load removes. Before anything is written, {@link #NewStore} notes which of the paths Neo4j and Entente create at a
 * store's first start exist; {@link #undo} deletes those that did not, and nothing else.
 */
final class NewStore {

    static final String STAGING = "data/initial-load.partial";
    private static final List<String> DATABASE = List.of("data/databases/neo4j", "data/transactions/neo4j");
    /** What a first start (of the batch importer, then of the engine and Entente) may create, deepest first. */
    private static final List<String> CREATED_AT_FIRST_START = List.of(STAGING, "data/databases/neo4j",
            "data/transactions/neo4j", "data/databases/system", "data/transactions/system", "data/databases/store_lock",
            "data/databases", "data/transactions", "data/dbms", "data/server_id", "data", "logs", "no-import",
            "bolt-password", "bolt-password-applied");

    private final Path dir;
    private final boolean dirExisted;
    private final Set<String> existed;

    NewStore(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
        this.dirExisted = Files.exists(this.dir, LinkOption.NOFOLLOW_LINKS);
        this.existed = CREATED_AT_FIRST_START.stream().filter(p -> Files.exists(this.dir.resolve(p), LinkOption.NOFOLLOW_LINKS))
                .collect(Collectors.toUnmodifiableSet());
    }

    Path dir() {
        return dir;
    }

    /** Whether the store has a database (the graph's or the system one), whole or in part: then no initial load. */
    boolean hasDatabase() {
        return existed.contains("data/databases/neo4j") || existed.contains("data/transactions/neo4j")
                || existed.contains("data/databases/system") || existed.contains("data/transactions/system");
    }

    /** Whether an earlier initial load was killed while it wrote (its staging folder is left). */
    boolean hasStaging() {
        return existed.contains(STAGING);
    }

    /** The Neo4j home the batch importer writes into, emptied first (what a killed load left). */
    Path staging() throws IOException {
        var staging = dir.resolve(STAGING);
        delete(staging);
        Files.createDirectories(staging);
        return staging;
    }

    /** Moves the database the importer wrote into the store; the staging folder goes. */
    void moveIn() throws IOException {
        var staging = dir.resolve(STAGING);
        for (var p : DATABASE) {
            var target = dir.resolve(p);
            Files.createDirectories(target.getParent());
            Files.move(staging.resolve(p), target);
        }
        delete(staging);
    }

    /**
     * Deletes what was not there before this load (never the store folder's other contents), and the store folder
     * itself if the load created it. Returns what it deleted, relative to the store folder; safe to call twice, and
     * from a shutdown hook while the main thread is stopped mid-way.
     */
    synchronized List<String> undo() {
        var deleted = new ArrayList<String>();
        for (var p : CREATED_AT_FIRST_START) {
            var path = dir.resolve(p);
            if (!existed.contains(p) && Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                delete(path);
                deleted.add(p);
            }
        }
        if (!dirExisted && Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            delete(dir);
        }
        // a path inside another one deleted: name the outer one only
        deleted.removeIf(p -> deleted.stream().anyMatch(q -> !q.equals(p) && p.startsWith(q + "/")));
        return deleted;
    }

    /** Deletes a file or a folder and all in it, never following a link out of it ({@link Folders#deleteTree}). */
    private static void delete(Path path) {
        try {
            Folders.deleteTree(path);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + path + ": " + e.getMessage(), e);
        }
    }
}
