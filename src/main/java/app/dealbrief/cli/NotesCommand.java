package app.dealbrief.cli;

import app.dealbrief.domain.NoteSummary;
import app.dealbrief.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "notes", description = "List an account's notes, newest first.")
final class NotesCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "ACCOUNT")
    String account;

    @Option(names = "--json", description = "JSON output.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace w = store.open()) {
            Optional<String> name = Accounts.resolve(w, account, spec);
            if (name.isEmpty()) {
                return Cli.UNKNOWN_ACCOUNT;
            }
            List<NoteSummary> list = w.notes(name.get());
            var out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(list.stream().map(Json::note).toList()));
            } else {
                for (NoteSummary n : list) {
                    out.printf("%-10s  %s%s  [%s]  %s%n", n.date() == null ? "undated" : n.date(), n.title(),
                            n.flags().isEmpty() ? "" : "  (" + String.join("; ", n.flags()) + ")",
                            n.type() == null ? "-" : n.type(), n.id());
                }
            }
            return Cli.OK;
        }
    }
}
