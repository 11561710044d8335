package org.entente.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The embedded engine's store folder ({@code entente.data-dir}) as a whole, for {@code backup} and {@code reset}:
 * whether it is an Entente store, whether an engine holds it, a copy of it, its deletion. Neo4j Community has no online
 * backup, so both need the store to themselves: they take the lock the engine takes at start-up ({@code
 * data/databases/store_lock}) and hold it while they work, so an engine that runs refuses them and one that starts
 * meanwhile fails to start rather than write into a store being copied or deleted. Nothing outside the folder is read
 * through a link, copied from or deleted.
 */
final class StoreFolder {

    /**
     * What Entente and its embedded Neo4j put at the top of a store folder. A folder with anything else in it is not
     * only a store (a data-dir pointed at a home folder, say): reset deletes none of it.
     */
    static final Set<String> KNOWN = Set.of("data", "logs", "no-import", "bolt-password", "bolt-password-applied");
    /** Written by Entente at the first start of a store: the mark that the folder is one of ours. */
    private static final String MARK = "bolt-password-applied";
    private static final String LOCK = "data/databases/store_lock";

    private final Path dir;

    StoreFolder(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    Path dir() {
        return dir;
    }

    boolean exists() {
        return Files.exists(dir, LinkOption.NOFOLLOW_LINKS);
    }

    /** Why this folder is not an Entente store (a sentence), or empty when it is one. */
    Optional<String> notAStore() throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(dir + " is not a folder");
        }
        if (!Files.isRegularFile(dir.resolve(MARK), LinkOption.NOFOLLOW_LINKS)
                || !Files.isDirectory(dir.resolve("data/databases"), LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(dir + " does not look like an Entente store (it has no " + MARK + " and data/databases/)");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            var others = entries.map(p -> p.getFileName().toString()).filter(n -> !KNOWN.contains(n)).sorted().toList();
            if (!others.isEmpty()) {
                return Optional.of(dir + " holds files an Entente store does not have (" + String.join(", ", others)
                        + "); move them out first");
            }
        }
        return Optional.empty();
    }

    /**
     * The store's lock, held until closed; empty when an engine (a running server, an import) holds it. The
     * caller checked that this is a store.
     */
    Optional<Lock> lock() throws IOException {
        var channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            var lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new Lock(channel, lock));
            }
        } catch (OverlappingFileLockException e) {
            // an engine in this very JVM holds it
        }
        channel.close();
        return Optional.empty();
    }

    /** Files and bytes in the store, for what a command prints. */
    Size size() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            var regular = files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList();
            long bytes = 0;
            for (var f : regular) {
                bytes += Files.size(f);
            }
            return new Size(regular.size(), bytes);
        }
    }

    /**
     * Copies the store into {@code target}, a folder that must not exist yet or be empty and must not lie inside the
     * store. The copy is made beside it under another name and renamed when complete: {@code target} is a whole copy
     * or is not there. The copy is readable by its owner only (it holds the graph and the Bolt password).
     */
    Size copyTo(Path target) throws IOException {
        var to = target.toAbsolutePath().normalize();
        if (to.startsWith(dir) || dir.startsWith(to)) {
            throw new IOException("the backup folder " + to + " must lie outside the store " + dir + " (and not contain it)");
        }
        if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS) || !isEmpty(to)) {
                throw new IOException(to + " exists and is not an empty folder; give a new one");
            }
            Files.delete(to); // empty: renamed into its place below
        }
        Files.createDirectories(to.getParent());
        var partial = to.resolveSibling(to.getFileName() + ".partial-" + ProcessHandle.current().pid());
        if (Files.exists(partial, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(partial + " is in the way (left by a backup that failed?); delete it first");
        }
        Files.createDirectory(partial);
        ownerOnly(partial);
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                    var copy = partial.resolve(dir.relativize(d).toString());
                    if (!copy.equals(partial)) {
                        Files.copy(d, copy, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                    // a link is copied as a link, never followed out of the store
                    Files.copy(f, partial.resolve(dir.relativize(f).toString()), StandardCopyOption.COPY_ATTRIBUTES,
                            LinkOption.NOFOLLOW_LINKS);
                    return FileVisitResult.CONTINUE;
                }
            });
            Files.move(partial, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Folders.deleteTree(partial);
            throw e;
        }
        return new StoreFolder(to).size();
    }

    /**
     * Deletes the store, the folder itself included: everything but the lock file while the lock is held, then the
     * lock file and the folders (after {@code lock} is closed).
     */
    void delete(Lock lock) throws IOException {
        var lockFile = dir.resolve(LOCK);
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                if (!f.equals(lockFile)) {
                    Files.delete(f); // a link itself, never what it points to
                }
                return FileVisitResult.CONTINUE;
            }
        });
        lock.close();
        Folders.deleteTree(dir);
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void ownerOnly(Path folder) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** What a store command does with the store it holds; answers the exit code. */
    interface Work {
        int run(StoreFolder store, Lock held) throws IOException;
    }

    /**
     * Runs a command that needs the embedded store to itself ({@code backup}, {@code reset}): the store of the settings
     * in {@code springArgs}, refused, with a line on standard error that ends in {@code notDone} ("nothing copied"),
     * when the arguments hold more than settings, Entente uses a Neo4j server, the folder is not an Entente store or a
     * running Entente holds it; then {@code work} under the store's lock. A missing store answers {@code missing}, told
     * on standard output when that is 0 (nothing to do), else on standard error.
     */
    static int hold(String command, List<String> springArgs, String notDone, int missing, Work work) {
        var stray = springArgs.stream().filter(a -> !a.startsWith("--")).toList();
        if (!stray.isEmpty()) {
            System.err.println("entente " + command + ": unexpected " + String.join(" ", stray) + "; " + notDone);
            return 2;
        }
        var properties = StoreSettings.read(springArgs);
        if (properties.neo4j().external()) {
            System.err.println("entente " + command + ": Entente uses the Neo4j server at " + properties.neo4j().uri()
                    + ", not an embedded store; use that server's own tools (neo4j-admin database dump). " + capital(notDone) + ".");
            return 1;
        }
        var store = new StoreFolder(properties.dataDir());
        try {
            if (!store.exists()) {
                (missing == 0 ? System.out : System.err).println("There is no store at " + store.dir() + " (setting entente.data-dir); "
                        + notDone + ".");
                return missing;
            }
            var problem = store.notAStore();
            if (problem.isPresent()) {
                System.err.println("entente " + command + ": " + problem.get() + "; " + notDone);
                return 1;
            }
            var lock = store.lock();
            if (lock.isEmpty()) {
                System.err.println("entente " + command + ": the store " + store.dir() + " is in use by a running Entente (a "
                        + "server or a command); stop it and run " + command + " again. " + capital(notDone) + ".");
                return 1;
            }
            try (var held = lock.get()) {
                return work.run(store, held);
            }
        } catch (IOException e) {
            System.err.println("entente " + command + ": " + e.getMessage() + "; " + notDone);
            return 1;
        }
    }

    private static String capital(String words) {
        return words.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + words.substring(1);
    }

    /** The store's lock, held by this process until closed. */
    static final class Lock implements AutoCloseable {

        private final FileChannel channel;
        private final FileLock lock;

        private Lock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close() throws IOException {
            if (channel.isOpen()) {
                lock.release();
                channel.close();
            }
        }
    }

    record Size(long files, long bytes) {

        String describe() {
            return files + " files, " + (bytes < 1024 * 1024 ? (bytes + 1023) / 1024 + " KB" : bytes / (1024 * 1024) + " MB");
        }
    }
}
