import java.nio.file.Files;
import java.nio.file.Path;

import org.entente.support.StoreDump;

/**
 * Bench only (issue 13): writes a stopped store as text (org.entente.support.StoreDump, the test code InitialLoadIT
 * compares stores with) so that two stores can be diffed: the summary (counts, value types, sums, indexes), and with
 * "dump" every node and relationship too.
 *   ./mvnw -q -B -o test-compile
 *   java -cp target/test-classes:target/classes:CLASSPATH bench/StoreCompare.java STORE OUT [dump]
 *   diff OUT1 OUT2
 * CLASSPATH: ./mvnw -q -B -o dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=/dev/stdout
 */
public class StoreCompare {

    public static void main(String[] args) throws Exception {
        var lines = StoreDump.of(Path.of(args[0]), args.length > 2 && args[2].equals("dump"));
        Files.write(Path.of(args[1]), lines);
    }
}
