package app.dealbrief.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the CLI in-process on a data folder and keeps what it printed. */
record CliRun(int code, String out, String err) {
    static CliRun of(Path dataDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data-dir");
        all.add(dataDir.toString());
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        return new CliRun(code, out.toString(), err.toString());
    }

    List<String> errLines() {
        return err.isBlank() ? List.of() : List.of(err.strip().split("\\R"));
    }
}
