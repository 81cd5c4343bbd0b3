package app.dealbrief.cli;

import app.dealbrief.domain.DealBriefException;
import app.dealbrief.domain.SheetOptions;
import app.dealbrief.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "sheet", description = "Write the one-page briefing sheet as PDF.")
final class SheetCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "ACCOUNT")
    String account;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf")
    Path out;

    @Option(names = "--paper", paramLabel = "letter|a4", description = "Paper size (default from the locale).")
    SheetOptions.Paper paper;

    @Option(names = "--pages", defaultValue = "1", paramLabel = "1|2", description = "Allow a continuation page with 2.")
    int pages;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (pages < 1 || pages > 2) {
            spec.commandLine().getErr().println("dealbrief: --pages must be 1 or 2");
            return Cli.FATAL;
        }
        try (Workspace w = store.open()) {
            Optional<String> name = Accounts.resolve(w, account, spec);
            if (name.isEmpty()) {
                return Cli.UNKNOWN_ACCOUNT;
            }
            SheetOptions.Paper p = paper != null ? paper : SheetOptions.paperFor(Locale.getDefault());
            SheetOptions o = new SheetOptions(p, null, null, EnumSet.allOf(SheetOptions.Panel.class), pages, LocalDate.now());
            byte[] pdf = w.sheet(name.get(), o);
            write(pdf);
            spec.commandLine().getOut().println("wrote " + out.toAbsolutePath());
            return Cli.OK;
        }
    }

    private void write(byte[] pdf) {
        try {
            Path abs = out.toAbsolutePath();
            if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
            Path tmp = abs.resolveSibling(abs.getFileName() + ".partial");
            Files.write(tmp, pdf);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DealBriefException("Cannot write " + out + ": " + e.getMessage(), e);
        }
    }
}
