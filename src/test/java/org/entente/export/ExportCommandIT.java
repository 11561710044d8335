package org.entente.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.entente.ingest.ImportCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code export} command on a store of its own (the shared test engine holds its store's lock): the seed imported
 * with {@code import}, then exported to a file and read back; bad options refused with exit code 2 and a message.
 */
class ExportCommandIT {

    private static final Path SEED = Path.of("seeds/curated/rferl-2009-04-01-medvedev-obama.yaml");

    @TempDir
    Path store;

    @Test
    void shouldExportTheImportedSeedToAFileAndRefuseBadOptions(@TempDir Path out) throws Exception {
        assertThat(run(new ImportCommand(), SEED.toString()).code()).isZero();

        var file = out.resolve("volk.json");
        var result = run(new ExportCommand(), "--format", "json", "--entity", "Volk", "--hops", "2", "--since", "2008",
                "--out", file.toString());
        assertThat(result.code()).as(result.err()).isZero();
        var body = JsonMapper.builder().build().readTree(file.toFile());
        assertThat(body.get("selection").get("entity").asString()).isEqualTo("person:yevgeny-volk");
        assertThat(body.get("selection").get("since").asString()).isEqualTo("2008-01-01");
        var claims = body.get("counts").get("claims").asLong();
        assertThat(claims).isPositive().isEqualTo(body.get("claims").size());
        assertThat(result.err()).contains("exported " + body.get("entities").size() + " entities", "claims as json to " + file);
        assertThat(body.get("claims").get(0).get("source").get("publisher").asString()).isEqualTo("RFE/RL");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("volk.json");
        }

        var unknown = run(new ExportCommand(), "--format", "json", "--entity", "Nobody Atall", "--out", out.resolve("x.json").toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("No entity is called 'Nobody Atall'");
        assertThat(out.resolve("x.json")).doesNotExist();

        var format = run(new ExportCommand(), "--format", "xml");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("format must be graphml, csv or json, not 'xml'");
    }

    private Result run(Callable<Integer> command, String... args) {
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--entente.data-dir=" + store, "--entente.bolt-port=0"));
        var buffer = new ByteArrayOutputStream();
        var errors = new ByteArrayOutputStream();
        var original = System.out;
        var originalErr = System.err;
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(command).execute(all.toArray(String[]::new));
            return new Result(code, buffer.toString(StandardCharsets.UTF_8), errors.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
            System.setErr(originalErr);
        }
    }

    private record Result(int code, String out, String err) {
    }
}
