package app.dealbrief.cli;

import app.dealbrief.domain.DealBriefException;
import app.dealbrief.workspace.Workspaces;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** The command line: subcommands over the Workspace. */
@Command(name = "dealbrief", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "DealBrief 0.1.0",
        description = "Offline deal briefings from account notes. With no command, opens the window.")
public final class Cli implements Runnable {
    /** Exit codes of the contract. */
    public static final int OK = 0;
    public static final int FATAL = 1;
    public static final int SOME_REJECTED = 2;
    public static final int UNKNOWN_ACCOUNT = 3;

    /**
     * The subcommands in the order help lists them. Created on demand: picocli reflects over every
     * registered command's annotations, and a cold start that builds all ten models pays ~150 ms for
     * nine it never runs.
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    public static final Set<String> COMMANDS = commands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("import", ImportCommand::new);
        m.put("accounts", AccountsCommand::new);
        m.put("notes", NotesCommand::new);
        m.put("brief", BriefCommand::new);
        m.put("search", SearchCommand::new);
        m.put("sheet", SheetCommand::new);
        m.put("export", ExportCommand::new);
        m.put("backup", BackupCommand::new);
        m.put("restore", RestoreCommand::new);
        m.put("passphrase", PassphraseCommand::new);
        return Collections.unmodifiableMap(m);
    }

    private static Set<String> commands() {
        Set<String> s = new LinkedHashSet<>(SUBCOMMANDS.keySet());
        s.addAll(List.of("help", "--help", "-h", "--version", "-V"));
        return Collections.unmodifiableSet(s);
    }

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
        if (args.length > 0 && SUBCOMMANDS.containsKey(args[0])) { // each opens the store
            boolean sheet = args[0].equals("sheet");
            // On the second core, while picocli parses and the log and the store open here.
            Workspaces.warmUp(sheet || args[0].equals("brief"), sheet);
        }
        CommandLine cl = new CommandLine(new Cli());
        Supplier<Object> only = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
        if (only != null) {
            cl.addSubcommand(args[0], only.get());
        } else { // help, version, an unknown word or nothing: everything, so usage lists all commands
            SUBCOMMANDS.forEach((name, make) -> cl.addSubcommand(name, make.get()));
            cl.addSubcommand("help", new CommandLine.HelpCommand());
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // A usage mistake is fatal (1): picocli's own 2 would read as "import rejected some files".
        cl.setParameterExceptionHandler((ex, given) -> {
            CommandLine where = ex.getCommandLine();
            where.getErr().println("dealbrief: " + ex.getMessage());
            where.usage(where.getErr());
            where.getErr().flush();
            return FATAL;
        });
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
