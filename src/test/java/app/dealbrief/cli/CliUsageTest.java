package app.dealbrief.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person typing at the shell sees: help, mistakes and their exit codes. */
class CliUsageTest {
    @TempDir
    Path dir;

    private static CliRun raw(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void helpListsEveryCommand() {
        CliRun run = raw("--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("import", "accounts", "notes", "brief", "search", "sheet", "export", "backup",
                "restore", "passphrase");
    }

    @Test
    void helpForOneCommandShowsItsOptions() {
        CliRun viaHelp = raw("help", "sheet");
        CliRun viaFlag = raw("sheet", "--help");
        assertThat(viaHelp.code()).isZero();
        assertThat(viaFlag.code()).isZero();
        assertThat(viaHelp.out()).contains("--out", "--paper", "ACCOUNT");
        assertThat(viaFlag.out()).contains("--out", "--paper", "ACCOUNT");
    }

    @Test
    void aMissingRequiredOptionIsFatalAndNamed() {
        CliRun run = CliRun.of(dir, "sheet", "Microsoft");
        assertThat(run.code()).isEqualTo(Cli.FATAL);
        assertThat(run.err()).contains("--out");
    }

    @Test
    void anUnknownCommandIsFatalAndNamed() {
        CliRun run = raw("shete", "Microsoft");
        assertThat(run.code()).isEqualTo(Cli.FATAL);
        assertThat(run.err()).contains("shete");
    }

    @Test
    void aMistypedImportOptionIsNotMistakenForRejectedFiles() {
        CliRun run = CliRun.of(dir, "import", "--recursive", dir.toString());
        assertThat(run.code()).isEqualTo(Cli.FATAL).isNotEqualTo(Cli.SOME_REJECTED);
        assertThat(run.err()).contains("--recursive");
    }

    @Test
    void aDataFolderNameThePlatformCannotRepresentIsSaidPlainly() {
        CliRun run = raw("accounts", "--data-dir", dir.resolve("a").toString() + "\0b");
        assertThat(run.code()).isEqualTo(Cli.FATAL);
        assertThat(run.err()).startsWith("dealbrief: The data folder ").contains("(--data-dir) cannot be used on this system")
                .doesNotContain("Exception");
    }
}
