package app.dealbrief;

import app.dealbrief.cli.Cli;

/** Launcher: no arguments (or only GUI options) opens the window, a subcommand runs the CLI. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // First, before any library loads: a short command may run in a JVM tuned for a short run.
        QuickJvm.followParent();
        java.util.OptionalInt quick = QuickJvm.run(args);
        if (quick.isPresent()) {
            System.exit(quick.getAsInt());
        }
        // A subcommand, or any plain word (a mistyped command gets picocli's message, not a window);
        // GUI options look like --data-dir=PATH.
        if (args.length > 0 && (Cli.COMMANDS.contains(args[0]) || !args[0].startsWith("-"))) {
            System.exit(Cli.run(args));
        }
        javafx.application.Application.launch(app.dealbrief.ui.DealBriefApp.class, args);
    }
}
