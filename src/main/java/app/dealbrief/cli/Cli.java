package app.dealbrief.cli;

import app.dealbrief.domain.DealBriefException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** The command line: subcommands over the Workspace. */
@Command(name = "dealbrief", mixinStandardHelpOptions = true, version = "DealBrief 0.1.0",
        description = "Offline deal briefings from account notes. With no command, opens the window.",
        subcommands = {ImportCommand.class, AccountsCommand.class, NotesCommand.class, BriefCommand.class,
                SearchCommand.class, SheetCommand.class, ExportCommand.class, BackupCommand.class,
                RestoreCommand.class, PassphraseCommand.class})
public final class Cli implements Runnable {
    /** Exit codes of the contract. */
    public static final int OK = 0;
    public static final int FATAL = 1;
    public static final int SOME_REJECTED = 2;
    public static final int UNKNOWN_ACCOUNT = 3;

    public static final Set<String> COMMANDS = Set.of("import", "accounts", "notes", "brief", "search", "sheet",
            "export", "backup", "restore", "passphrase", "help", "--help", "-h", "--version", "-V");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the CLI and returns the exit code; output is UTF-8 whatever the platform's default. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        return run(out, err, args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Cli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (ex instanceof DealBriefException) {
                line.getErr().println("dealbrief: " + ex.getMessage());
            } else {
                org.slf4j.LoggerFactory.getLogger(Cli.class).error("command failed", ex);
                line.getErr().println("dealbrief: unexpected error: " + ex + " (details in the log)");
            }
            line.getErr().flush();
            return FATAL;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
