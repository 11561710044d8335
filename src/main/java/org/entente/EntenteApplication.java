package org.entente;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.entente.extract.ExtractCommand;
import org.entente.export.ExportCommand;
import org.entente.extract.eval.EvaluateCommand;
import org.entente.ingest.ImportCommand;
import org.entente.ingest.RemoveCommand;
import org.entente.store.BackupCommand;
import org.entente.store.ResetCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * Entente: news articles in, a graph of who agrees and disagrees with whom out.
 * {@code java -jar entente.jar [serve]} runs the server; {@code java -jar entente.jar import PATH...} imports Facts,
 * {@code remove ID...} removes sources; {@code backup DIR} and {@code reset} copy and delete the stopped store.
 * Options in Spring's form ({@code --server.port=9090}, {@code --entente.data-dir=/srv/graph}) work with every command.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EntenteApplication {

    public static void main(String[] args) {
        var root = new Root();
        var serve = new Serve();
        int code = new CommandLine(root).addSubcommand(serve).addSubcommand(new ImportCommand())
                .addSubcommand(new RemoveCommand())
                .addSubcommand(new ExtractCommand()).addSubcommand(new EvaluateCommand()).addSubcommand(new BackupCommand())
                .addSubcommand(new ResetCommand()).addSubcommand(new ExportCommand()).execute(args);
        // a running server keeps the JVM alive through its own threads; every other command ends here
        if (code != 0 || !(root.started || serve.started)) {
            System.exit(code);
        }
    }

    /**
     * Starts Spring with the given arguments. {@code defaults} are the command's own settings (such as quieter
     * logging for the import command) and yield to anything the person passes on the command line.
     */
    /**
     * The application for a command that opens the store itself (import, remove, export): no web server, no seeds, a
     * Bolt port of its own (any free one, never the server's), and a quiet log (the command reports what it did);
     * {@code more} adds or overrides defaults.
     */
    public static ConfigurableApplicationContext command(List<String> springArgs, Map<String, Object> more) {
        var defaults = new java.util.HashMap<String, Object>(Map.of(
                "entente.import-seeds", "false",
                "entente.bolt-port", "0",
                "spring.main.banner-mode", "off",
                "logging.level.root", "ERROR",
                "logging.level.org.springframework.boot.SpringApplication", "OFF",
                "logging.level.org.springframework.boot.diagnostics", "OFF"));
        defaults.putAll(more);
        return start(springArgs, false, defaults);
    }

    public static ConfigurableApplicationContext start(List<String> springArgs, boolean web, Map<String, Object> defaults) {
        var app = new SpringApplication(EntenteApplication.class);
        if (!web) {
            app.setWebApplicationType(WebApplicationType.NONE);
        }
        var args = new ArrayList<>(springArgs);
        // as arguments they outrank application.properties; added only where the person set nothing
        defaults.forEach((key, value) -> {
            if (springArgs.stream().noneMatch(a -> a.startsWith("--" + key + "="))) {
                args.add("--" + key + "=" + value);
            }
        });
        return app.run(args.toArray(String[]::new));
    }

    @Command(name = "entente", mixinStandardHelpOptions = true, version = "Entente 0.1.0",
            description = "Builds a graph of who agrees and disagrees with whom from news articles, and answers "
                    + "relationship questions over it. Without a command: serve.")
    static final class Root extends Serve {
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Run the server (the default): embedded Neo4j unless NEO4J_URI is set, the API on --server.port (8080).")
    static class Serve implements Callable<Integer> {

        @Unmatched
        List<String> springArgs = new ArrayList<>();

        boolean started;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            var stray = springArgs.stream().filter(a -> !a.startsWith("--")).toList();
            if (!stray.isEmpty()) {
                // "imprt FILE" must not quietly start a server on the default ports
                throw new ParameterException(spec.commandLine(), "Unknown command or argument: " + String.join(" ", stray)
                        + " (commands: serve, import, remove, export, extract, evaluate, backup, reset; settings take the form --name=value)");
            }
            start(springArgs, true, Map.of());
            started = true;
            return 0;
        }
    }
}
