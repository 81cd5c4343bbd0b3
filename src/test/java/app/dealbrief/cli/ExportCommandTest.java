package app.dealbrief.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** `export --out DIR [--account A]`: notes back as markdown, one folder per account, ready to import again. */
class ExportCommandTest {
    @TempDir
    Path data;
    @TempDir
    Path vault;
    @TempDir
    Path out;
    @TempDir
    Path again;

    private void write(String rel, String text) throws Exception {
        Path p = vault.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private List<Path> markdown(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    @Test
    void writesEveryNoteUnderItsAccountAndReimportsUnchanged() throws Exception {
        String oracle = "---\ntitle: OCI capacity\ndate: 2025-10-02\naccount: Oracle\n---\n# OCI capacity\n\nOCI sells to OpenAI.\n";
        write("a.md", oracle);
        write("b.md", "---\ntitle: Stargate\ndate: 2025-08-14\naccount: OpenAI\n---\n# Stargate\n\n- 10 GW planned\n");
        assertThat(CliRun.of(data, "import", vault.toString()).code()).isZero();

        CliRun run = CliRun.of(data, "export", "--out", out.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("exported 2 notes to " + out.toAbsolutePath());
        List<Path> files = markdown(out);
        assertThat(files).hasSize(2);
        assertThat(files).extracting(p -> p.getParent().getFileName().toString()).containsExactlyInAnyOrder("OpenAI", "Oracle");
        Path oracleFile = files.stream().filter(p -> p.getParent().getFileName().toString().equals("Oracle")).findFirst().orElseThrow();
        assertThat(Files.readString(oracleFile)).isEqualTo(oracle);

        // the export is a vault: imported into a fresh store it gives the same accounts and notes
        assertThat(CliRun.of(again, "import", out.toString()).out()).contains("imported 2, updated 0, unchanged 0, rejected 0");
        assertThat(CliRun.of(again, "accounts").out()).isEqualTo(CliRun.of(data, "accounts").out());
    }

    @Test
    void oneAccountOnlyAndAnUnknownOneExitsWithThree() throws Exception {
        write("a.md", "---\ntitle: OCI capacity\naccount: Oracle\n---\nText.\n");
        write("b.md", "---\ntitle: Stargate\naccount: OpenAI\n---\nText.\n");
        CliRun.of(data, "import", vault.toString());

        CliRun one = CliRun.of(data, "export", "--out", out.toString(), "--account", "oracle");
        assertThat(one.code()).isZero();
        assertThat(one.out()).contains("exported 1 note to ");
        assertThat(markdown(out)).singleElement().satisfies(p -> assertThat(p.getParent().getFileName()).hasToString("Oracle"));

        CliRun unknown = CliRun.of(data, "export", "--out", out.resolve("x").toString(), "--account", "Nobody");
        assertThat(unknown.code()).isEqualTo(3);
        assertThat(Files.exists(out.resolve("x"))).isFalse();
    }
}
