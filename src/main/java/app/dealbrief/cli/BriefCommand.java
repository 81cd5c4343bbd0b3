package app.dealbrief.cli;

import app.dealbrief.domain.Briefing;
import app.dealbrief.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "brief", description = "Print the briefing for an account.")
final class BriefCommand implements Callable<Integer> {
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
            Briefing b = w.briefing(name.get());
            var out = spec.commandLine().getOut();
            out.println(json ? Json.write(Json.briefing(b)) : BriefingText.render(b));
            return Cli.OK;
        }
    }
}
