package app.dealbrief.cli;

import app.dealbrief.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "export", description = "Write notes back as markdown with front matter, one folder per account.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--out", required = true, paramLabel = "DIR")
    Path out;

    @Option(names = "--account", paramLabel = "A", description = "Only this account.")
    String account;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace w = store.open()) {
            String name = null;
            if (account != null) {
                var found = Accounts.resolve(w, account, spec);
                if (found.isEmpty()) {
                    return Cli.UNKNOWN_ACCOUNT;
                }
                name = found.get();
            }
            int n = w.export(out, name);
            spec.commandLine().getOut().println("exported " + n + " note" + (n == 1 ? "" : "s") + " to " + out.toAbsolutePath());
            return Cli.OK;
        }
    }
}
