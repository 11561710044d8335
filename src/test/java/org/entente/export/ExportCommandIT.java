package org.entente.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.entente.ingest.ImportCommand;
import org.entente.support.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    private CommandRun run(Callable<Integer> command, String... args) {
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--entente.data-dir=" + store, "--entente.bolt-port=0"));
        return CommandRun.of(command, all);
    }

}
