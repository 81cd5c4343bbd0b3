package app.dealbrief.ui.imports;

import app.dealbrief.domain.ImportReport;
import app.dealbrief.ui.common.Background;
import app.dealbrief.ui.common.DialogService;
import app.dealbrief.workspace.NoteLibrary;
import app.dealbrief.workspace.StoreAdmin;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** Runs an import in the background, reports progress, and ends with a report the user can copy. */
public final class ImportViewModel {
    private final NoteLibrary workspace;
    private final StoreAdmin admin;
    private final Background background;
    private final DialogService dialogs;
    private final Runnable afterImport;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private volatile AtomicBoolean cancel = new AtomicBoolean();

    public ImportViewModel(NoteLibrary workspace, StoreAdmin admin, Background background, DialogService dialogs, Runnable afterImport) {
        this.workspace = workspace;
        this.admin = admin;
        this.background = background;
        this.dialogs = dialogs;
        this.afterImport = afterImport;
    }

    public void chooseFolderAndImport() {
        dialogs.chooseFolder("Import a folder of notes").ifPresent(p -> start(List.of(p)));
    }

    public void chooseFilesAndImport() {
        List<Path> files = dialogs.chooseFiles("Import notes");
        if (!files.isEmpty()) {
            start(files);
        }
    }

    /** What an import offers before it starts: archive folders to leave out, when none are excluded yet. */
    private record Before(List<String> archiveFolders, boolean samples) {
    }

    /**
     * Imports the paths. A vault with {@code _archive/}, {@code duplicates/} or {@code pre-reimport-*} folders
     * (older copies of its notes) gets the offer to exclude them first, once, when the user excluded nothing
     * yet; after the first real import the sample accounts are offered for removal.
     */
    public void start(List<Path> paths) {
        if (running.get()) {
            dialogs.info("Import", "An import is already running.");
            return;
        }
        running.set(true);
        progress.set(-1);
        message.set("Looking at the folders…");
        background.run(() -> before(paths), b -> {
            running.set(false);
            if (!b.archiveFolders().isEmpty() && dialogs.confirm("Leave out archive folders?",
                    "This vault keeps older copies of notes in " + String.join(", ", b.archiveFolders())
                            + ". Leave those folders out of the import (Preferences → Excluded folders)?", "Leave out")) {
                List<String> globs = b.archiveFolders().stream().map(f -> f + "/**").toList();
                background.run(() -> {
                    admin.saveSettings(admin.settings().withExcludedFolders(globs));
                    return null;
                }, ok -> run(paths, b.samples()), e -> dialogs.error("Could not save the excluded folders", e));
            } else {
                run(paths, b.samples());
            }
        }, e -> {
            running.set(false);
            run(paths, false);
        });
    }

    private Before before(List<Path> paths) {
        boolean samples = workspace.accounts().stream().anyMatch(app.dealbrief.domain.AccountSummary::sample);
        if (!admin.settings().excludedFolders().isEmpty()) {
            return new Before(List.of(), samples);
        }
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (Path p : paths) {
            if (!java.nio.file.Files.isDirectory(p)) {
                continue;
            }
            try (java.util.stream.Stream<Path> dirs = java.nio.file.Files.walk(p, 6)) {
                dirs.filter(java.nio.file.Files::isDirectory).map(Path::getFileName)
                        .filter(n -> n != null && app.dealbrief.domain.NoteFolders.isArchive(n.toString()))
                        .forEach(n -> names.add(n.toString()));
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                // an unreadable folder is reported by the import itself
            }
        }
        return new Before(List.copyOf(names), samples);
    }

    private void run(List<Path> paths, boolean samples) {
        AtomicBoolean flag = new AtomicBoolean();
        cancel = flag;
        running.set(true);
        progress.set(-1);
        message.set("Importing…");
        NoteLibrary.Progress report = new NoteLibrary.Progress() {
            @Override
            public void update(int done, int total, String currentFile) {
                background.ui(() -> {
                    progress.set(total <= 0 ? -1 : (double) done / total);
                    message.set("Importing " + done + " of " + total + (currentFile == null ? "" : ": " + fileName(currentFile)));
                });
            }

            @Override
            public boolean cancelled() {
                return flag.get();
            }
        };
        background.run(() -> workspace.importPaths(paths, report), r -> {
            finish(flag.get() ? "Import cancelled: " + r.summaryLine() : r.summaryLine());
            dialogs.importReport(flag.get() ? "Import cancelled" : "Import finished", header(r), details(r), r, paths);
            if (samples && r.imported() > 0 && dialogs.confirm("Remove the sample accounts?",
                    "Your notes are in. The sample accounts (marked \"(sample)\") are demo data: move them to the trash?",
                    "Remove samples")) {
                background.run(workspace::removeSampleAccounts, n -> afterImport.run(),
                        e -> dialogs.error("Could not remove the sample accounts", e));
            } else {
                afterImport.run();
            }
        }, e -> {
            finish("Import failed");
            dialogs.error("Import failed", e);
            afterImport.run(); // some files may have been stored before the failure
        });
    }

    private void finish(String text) {
        running.set(false);
        progress.set(0);
        message.set(text);
    }

    /** Cancels by flag: the workspace checks it between files (never interrupt a thread inside H2). */
    public void cancel() {
        cancel.set(true);
        message.set("Cancelling…");
    }

    private static String fileName(String path) {
        int i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return i >= 0 ? path.substring(i + 1) : path;
    }

    /** "Imported 12, updated 1, unchanged 40, rejected 2, warnings 3". */
    public static String header(ImportReport r) {
        String line = r.summaryLine();
        return Character.toUpperCase(line.charAt(0)) + line.substring(1);
    }

    /** Rejected files then warnings, one per line, in the CLI's words so a user can grep either. */
    public static String details(ImportReport r) {
        StringBuilder sb = new StringBuilder();
        r.rejected().forEach(p -> sb.append("REJECTED ").append(p.path()).append(": ").append(p.reason()).append('\n'));
        r.warnings().forEach(p -> sb.append("WARNING ").append(p.path()).append(": ").append(p.reason()).append('\n'));
        return sb.toString();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
