package org.entente.spark;

import java.io.IOException;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The job's output folder, on any file system Hadoop reaches (local, HDFS, S3): Spark writes both outcomes in one pass
 * into {@code _parts/outcome=…}; they are then moved to {@code facts/} and {@code failures/}, each part named
 * {@code .jsonl} (or {@code .jsonl.gz}) so that {@code import} knows them for Facts JSON Lines.
 */
final class JobOutput {

    static final String FACTS = "facts";
    static final String FAILURES = "failures";

    private final FileSystem fs;
    private final Path root;

    JobOutput(String root, Configuration hadoop) throws IOException {
        this.root = new Path(root);
        this.fs = this.root.getFileSystem(hadoop);
    }

    /** Refuses a folder that exists, unless it may go; then it is deleted first. */
    void prepare(boolean overwrite) throws IOException {
        if (fs.exists(root)) {
            if (!overwrite) {
                throw new IllegalArgumentException(root + " exists; give another output folder, or --overwrite");
            }
            fs.delete(root, true);
        }
    }

    String parts() {
        return new Path(root, "_parts").toString();
    }

    /** Moves Spark's parts to {@code facts/} and {@code failures/} (both made, if empty) and removes the rest. */
    void finish() throws IOException {
        move(Outcome.FACTS, FACTS);
        move(Outcome.FAILED, FAILURES);
        fs.delete(new Path(parts()), true);
    }

    String folder(String name) {
        return new Path(root, name).toString();
    }

    private void move(String outcome, String folder) throws IOException {
        var from = new Path(parts(), "outcome=" + outcome);
        var to = new Path(root, folder);
        fs.mkdirs(to);
        if (!fs.exists(from)) {
            return;
        }
        for (var part : fs.listStatus(from)) {
            var name = part.getPath().getName();
            if (name.startsWith("part-")) {
                var renamed = name.replaceFirst("\\.txt(\\.gz)?$", ".jsonl$1");
                if (!fs.rename(part.getPath(), new Path(to, renamed))) {
                    throw new IOException("cannot move " + part.getPath() + " to " + to);
                }
            }
        }
    }
}
