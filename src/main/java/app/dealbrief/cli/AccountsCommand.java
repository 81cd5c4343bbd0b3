package app.dealbrief.cli;

import app.dealbrief.domain.AccountSummary;
import app.dealbrief.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "accounts", description = "List accounts with note counts and newest note date.")
final class AccountsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--json", description = "JSON output.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace w = store.open()) {
            List<AccountSummary> list = w.accounts();
            var out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(Json.accounts(list)));
            } else if (list.isEmpty()) {
                out.println("No accounts yet. Import notes with: dealbrief import PATH");
            } else {
                int width = list.stream().mapToInt(a -> a.name().length()).max().orElse(10);
                for (AccountSummary a : list) {
                    out.printf("%-" + width + "s  %5d note%s  newest %s%n", a.name(), a.noteCount(),
                            a.noteCount() == 1 ? " " : "s", a.newestNote() == null ? "-" : a.newestNote());
                }
            }
            return Cli.OK;
        }
    }
}
