package org.entente;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.entente.ingest.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * Entente: news articles in, a graph of who agrees and disagrees with whom out.
 * {@code java -jar entente.jar [serve]} runs the server; {@code java -jar entente.jar import PATH...} imports Facts.
 * Options in Spring's form ({@code --server.port=9090}, {@code --entente.data-dir=/srv/graph}) work with every command.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EntenteApplication {

    public static void main(String[] args) {
        var serve = new Serve();
        var cli = new CommandLine(serve).addSubcommand(new Serve()).addSubcommand(new ImportCommand());
        int code = cli.execute(args);
        if (code != 0 || !serve.started && !startedBySubcommand(cli)) {
            System.exit(code);
        }
    }

    private static boolean startedBySubcommand(CommandLine cli) {
        var sub = cli.getParseResult() == null ? null : cli.getParseResult().subcommand();
        return sub != null && sub.commandSpec().userObject() instanceof Serve s && s.started;
    }

    /** Starts Spring with the given arguments; the import command runs without a web server. */
    public static ConfigurableApplicationContext start(List<String> springArgs, boolean web, String... extra) {
        var app = new SpringApplication(EntenteApplication.class);
        if (!web) {
            app.setWebApplicationType(WebApplicationType.NONE);
        }
        var all = new ArrayList<>(springArgs);
        all.addAll(List.of(extra));
        return app.run(all.toArray(String[]::new));
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Run the server (the default): embedded Neo4j unless NEO4J_URI is set, the API on --server.port (8080).")
    static final class Serve implements Callable<Integer> {

        @Unmatched
        List<String> springArgs = new ArrayList<>();

        boolean started;

        @Override
        public Integer call() {
            start(springArgs, true);
            started = true;
            return 0;
        }
    }
}
