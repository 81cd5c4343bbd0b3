package app.dealbrief.workspace;

import app.dealbrief.domain.ImportReport;
import app.dealbrief.domain.UserSettings;
import app.dealbrief.store.Database;
import app.dealbrief.store.NoteEdits;
import app.dealbrief.store.NoteRepository;
import app.dealbrief.store.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static app.dealbrief.workspace.BriefingService.OWNER_GUESS;

/** Imports of markdown files and folders, and the sample accounts on the very first start. */
final class ImportService {
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);
    static final String SAMPLES_LOADED = "samples.loaded";

    private final StoreSession session;
    private final Path dataDir;
    private final EditingService editing;
    private final IndexKeeper index;
    private final Changes changes;
    private final Supplier<AccountUpkeep> upkeep;

    ImportService(StoreSession session, EditingService editing, IndexKeeper index, Changes changes,
                  Supplier<AccountUpkeep> upkeep) {
        this.session = session;
        this.dataDir = session.dataDir();
        this.editing = editing;
        this.index = index;
        this.changes = changes;
        this.upkeep = upkeep;
    }

    ImportReport importPaths(List<Path> paths, NoteLibrary.Progress progress) {
        Database db = session.db();
        NoteRepository notes = session.notes();
        NoteEdits edits = session.edits();
        Preferences prefs = session.prefs();
        // From here on as it was in DefaultWorkspace; only what follows a change goes through Changes.
        Warmup.awaitExtraction();
        UserSettings s = settings();
        Importer.Outcome outcome = new Importer(notes, edits, accountNames(s), dataDir.resolve("sample-vault"),
                new ExcludedFolders(s.excludedFolders())).run(paths, progress);
        outcome.trashedIds().forEach(this::afterRemoval);
        AccountUpkeep upkeep = upkeep();
        if (upkeep.foldAccounts(s)) {
            changes.notesChanged();
            index.markStale(); // the index stores each note's account: whole accounts moved
        }
        // notes filed under an account by the second look are re-indexed with the imported ones
        Set<String> toIndex = new java.util.LinkedHashSet<>(outcome.changedIds());
        if (!toIndex.isEmpty()) {
            toIndex.addAll(upkeep.assignUnassigned(s));
        }
        if (outcome.ownerGuess() != null && !outcome.ownerGuess().equals(prefs.get(OWNER_GUESS))) {
            prefs.put(OWNER_GUESS, outcome.ownerGuess());
            changes.inputsChanged();
        }
        if (!toIndex.isEmpty()) {
            changes.notesChanged();
            reindex(new ArrayList<>(toIndex));
        }
        LOG.info("import: {}", outcome.report().summaryLine());
        return outcome.report();
    }

    /** On the very first start of an empty store, loads the bundled sample accounts once. */
    boolean loadSamplesIfFirstStart() {
        Preferences prefs = session.prefs();
        if (prefs.get(SAMPLES_LOADED) != null || session.notes().liveCount() > 0) {
            return false;
        }
        Path folder = SampleVault.unpack(dataDir.resolve("sample-vault"));
        if (folder != null) {
            ImportReport r = importPaths(List.of(folder), NoteLibrary.Progress.NONE);
            LOG.info("sample accounts loaded: {}", r.summaryLine());
        }
        prefs.put(SAMPLES_LOADED, LocalDate.now().toString());
        return folder != null;
    }

    private UserSettings settings() {
        return session.settings();
    }

    private AccountUpkeep upkeep() {
        return upkeep.get();
    }

    private AccountNames accountNames(UserSettings s) {
        return upkeep().names(s);
    }

    private void afterRemoval(String id) {
        editing.afterRemoval(id);
    }

    private void reindex(List<String> ids) {
        index.reindex(ids);
    }
}
