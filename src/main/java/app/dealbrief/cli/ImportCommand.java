package app.dealbrief.cli;

import app.dealbrief.domain.ImportReport;
import app.dealbrief.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "import", description = "Import .md files and folders (recursively).")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Markdown files or folders.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // A path that does not exist is fatal before the store is even opened: nothing is imported.
        for (Path p : paths) {
            if (!Files.exists(p)) {
                spec.commandLine().getErr().println("dealbrief: no such file or folder: " + p);
                return Cli.FATAL;
            }
        }
        try (Workspace w = store.open()) {
            ImportReport r = w.importPaths(paths, Workspace.Progress.NONE);
            var err = spec.commandLine().getErr();
            r.rejected().forEach(p -> err.println("REJECTED " + p.path() + ": " + p.reason()));
            r.warnings().forEach(p -> err.println("WARNING " + p.path() + ": " + p.reason()));
            err.flush();
            spec.commandLine().getOut().println(r.summaryLine());
            return r.rejected().isEmpty() ? Cli.OK : Cli.SOME_REJECTED;
        }
    }
}
