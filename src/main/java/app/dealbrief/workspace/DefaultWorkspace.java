package app.dealbrief.workspace;

import app.dealbrief.domain.AccountSummary;
import app.dealbrief.domain.Backlink;
import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.Correction;
import app.dealbrief.domain.DealBriefException;
import app.dealbrief.domain.ImportReport;
import app.dealbrief.domain.Note;
import app.dealbrief.domain.NoteDraft;
import app.dealbrief.domain.NoteSummary;
import app.dealbrief.domain.NoteTitle;
import app.dealbrief.domain.PageImage;
import app.dealbrief.domain.Pitch;
import app.dealbrief.domain.Revision;
import app.dealbrief.domain.SearchHit;
import app.dealbrief.domain.SheetOptions;
import app.dealbrief.domain.TaggedNote;
import app.dealbrief.domain.TimelineEvent;
import app.dealbrief.domain.UnsavedText;
import app.dealbrief.domain.UserSettings;
import app.dealbrief.store.Database;
import app.dealbrief.store.StoreKey;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The workspace over one data folder: H2 is the truth, briefings and the search index are derived. It only
 * wires the services together and hands each call to the one that does the job; the services tell each other
 * about changes through {@link Changes}.
 */
final class DefaultWorkspace implements Workspace {
    private final StoreSession session;
    private final IndexKeeper index;
    private final Finder finder;
    private final BriefingService briefings;
    private final EditingService editing;
    private final ImportService imports;
    private final SheetService sheets;

    DefaultWorkspace(Path dataDir, Database db, StoreKey key) {
        Changes changes = new Changes();
        NoteHydrator hydrator = new NoteHydrator();
        session = new StoreSession(dataDir, db, key, changes);
        index = new IndexKeeper(session, hydrator);
        finder = new Finder(session, hydrator, index);
        briefings = new BriefingService(session, finder, hydrator, changes);
        // Account-name upkeep over the current store (replaced with it on restore or a passphrase change).
        java.util.function.Supplier<AccountUpkeep> upkeep = () -> new AccountUpkeep(session.notes(),
                briefings::lexicon, (text, path) -> hydrator.parse(text, path, null));
        editing = new EditingService(session, hydrator, finder, index, changes, upkeep);
        imports = new ImportService(session, editing, index, changes, upkeep);
        sheets = new SheetService(briefings::briefing);
    }

    /** On the very first start of an empty store, loads the bundled sample accounts once. */
    boolean loadSamplesIfFirstStart() {
        return imports.loadSamplesIfFirstStart();
    }

    /** Tests move time forward to check revision coalescing. */
    void useClock(Clock c) {
        session.useClock(c);
    }

    // --- NoteLibrary ---

    @Override
    public ImportReport importPaths(List<Path> paths, Progress progress) {
        return imports.importPaths(paths, progress);
    }

    @Override
    public List<AccountSummary> accounts() {
        return finder.accounts();
    }

    @Override
    public Optional<String> findAccount(String name) {
        return finder.findAccount(name);
    }

    @Override
    public List<NoteSummary> notes(String account) {
        return finder.notes(account);
    }

    @Override
    public Optional<Note> note(String id) {
        return finder.note(id);
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        return finder.search(query, limit);
    }

    @Override
    public List<NoteTitle> noteTitles() {
        return finder.noteTitles();
    }

    @Override
    public List<TaggedNote> taggedNotes(String account) {
        return finder.taggedNotes(account);
    }

    @Override
    public List<Backlink> backlinks(String account) {
        return finder.backlinks(account);
    }

    @Override
    public Optional<String> matchingPassage(String noteId, String query) {
        return finder.matchingPassage(noteId, query);
    }

    @Override
    public int removeSampleAccounts() {
        return editing.removeSampleAccounts();
    }

    @Override
    public void removeAccount(String account) {
        editing.removeAccount(account);
    }

    // --- Briefings ---

    @Override
    public Briefing briefing(String account) {
        return briefings.briefing(account);
    }

    @Override
    public Correction correct(Correction correction) {
        return briefings.correct(correction);
    }

    @Override
    public List<Correction> corrections(String account) {
        return briefings.corrections(account);
    }

    @Override
    public void undoCorrection(long id) {
        briefings.undoCorrection(id);
    }

    @Override
    public void setPitchStatus(String account, String headline, Pitch.Status status) {
        briefings.setPitchStatus(account, headline, status);
    }

    @Override
    public List<TimelineEvent> timeline(String account) {
        return briefings.timeline(account);
    }

    // --- Editing ---

    @Override
    public Note createNote(String account, NoteDraft draft) {
        return editing.createNote(account, draft);
    }

    @Override
    public Note saveNote(String id, String text) {
        return editing.saveNote(id, text);
    }

    @Override
    public Note saveNote(String id, NoteDraft fields, String body) {
        return editing.saveNote(id, fields, body);
    }

    @Override
    public Optional<Character> setActionItemStatus(String noteId, String itemText, char status) {
        return editing.setActionItemStatus(noteId, itemText, status);
    }

    @Override
    public void keepUnsaved(String noteId, String body) {
        editing.keepUnsaved(noteId, body);
    }

    @Override
    public void dropUnsaved(String noteId) {
        editing.dropUnsaved(noteId);
    }

    @Override
    public List<UnsavedText> unsaved() {
        return editing.unsaved();
    }

    @Override
    public List<Revision> history(String id) {
        return editing.history(id);
    }

    @Override
    public Note restoreRevision(String noteId, long revisionId) {
        return editing.restoreRevision(noteId, revisionId);
    }

    @Override
    public void markResolved(String id) {
        editing.markResolved(id);
    }

    @Override
    public void trashNote(String id) {
        editing.trashNote(id);
    }

    @Override
    public List<NoteSummary> trash() {
        return editing.trash();
    }

    @Override
    public void restoreNote(String id) {
        editing.restoreNote(id);
    }

    @Override
    public int emptyTrash() {
        return editing.emptyTrash();
    }

    // --- Sheets ---

    @Override
    public byte[] sheet(String account, SheetOptions options) {
        return sheets.sheet(account, options);
    }

    @Override
    public List<PageImage> sheetPages(byte[] pdf, float dpi) {
        return sheets.pages(pdf, dpi);
    }

    @Override
    public boolean hasPrinter() {
        return sheets.hasPrinter();
    }

    @Override
    public void print(byte[] pdf, String jobName, boolean showDialog) {
        sheets.print(pdf, jobName, showDialog);
    }

    // --- StoreAdmin ---

    @Override
    public Path dataDir() {
        return session.dataDir();
    }

    @Override
    public UserSettings settings() {
        return session.settings();
    }

    @Override
    public void saveSettings(UserSettings next) {
        session.saveSettings(next);
    }

    @Override
    public int export(Path dir, String account) {
        List<String> accounts = new ArrayList<>();
        if (account != null) {
            accounts.add(findAccount(account).orElseThrow(() -> unknownAccount(account)));
        } else {
            accounts().forEach(a -> accounts.add(a.name()));
        }
        return new Exporter(dir).write(accounts, session.notes());
    }

    @Override
    public void backup(Path file) {
        session.backup(file);
    }

    @Override
    public synchronized Path restoreBackup(Path backup) {
        return index.offline(() -> {
            try {
                return session.restore(backup);
            } finally {
                briefings.invalidateAll();
            }
        });
    }

    @Override
    public boolean encrypted() {
        return session.encrypted();
    }

    @Override
    public synchronized void changePassphrase(char[] next) {
        index.offline(() -> {
            if (session.changePassphrase(next)) {
                index.deleteDiskCopy(); // an encrypted store keeps its search index in memory only
            }
            return null;
        });
    }

    @Override
    public String preference(String key) {
        return session.prefs().get(key);
    }

    @Override
    public void setPreference(String key, String value) {
        session.prefs().put(key, value);
    }

    @Override
    public void close() {
        index.close();
        session.close();
    }

    static DealBriefException unknownAccount(String name) {
        return new DealBriefException("No account named \"" + name + "\"");
    }
}
