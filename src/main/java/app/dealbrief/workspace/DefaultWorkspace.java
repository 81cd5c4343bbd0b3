package app.dealbrief.workspace;

import app.dealbrief.domain.AccountSummary;
import app.dealbrief.domain.Backlink;
import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.Correction;
import app.dealbrief.domain.DealBriefException;
import app.dealbrief.domain.ImportReport;
import app.dealbrief.domain.Note;
import app.dealbrief.domain.NoteDraft;
import app.dealbrief.domain.NoteFolders;
import app.dealbrief.domain.Revision;
import app.dealbrief.domain.NoteSummary;
import app.dealbrief.domain.Pitch;
import app.dealbrief.domain.NoteTitle;
import app.dealbrief.domain.SearchHit;
import app.dealbrief.domain.SheetOptions;
import app.dealbrief.domain.TaggedNote;
import app.dealbrief.domain.TimelineEvent;
import app.dealbrief.domain.UserSettings;
import app.dealbrief.insight.BriefingBuilder;
import app.dealbrief.insight.Corrections;
import app.dealbrief.insight.Lexicon;
import app.dealbrief.insight.Playbook;
import app.dealbrief.notes.NearDuplicates;
import app.dealbrief.notes.NoteParser;
import app.dealbrief.sheet.SheetPrinter;
import app.dealbrief.sheet.SheetRenderer;
import app.dealbrief.store.CorrectionRepository;
import app.dealbrief.store.Database;
import app.dealbrief.store.NoteEdits;
import app.dealbrief.store.FindRepository;
import app.dealbrief.store.NoteRepository;
import app.dealbrief.store.Preferences;
import app.dealbrief.store.Rekey;
import app.dealbrief.store.StoreKey;
import app.dealbrief.store.StoredNote;
import app.dealbrief.store.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** The workspace over one data folder: H2 is the truth, briefings and the search index are derived. */
final class DefaultWorkspace implements Workspace {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultWorkspace.class);
    static final String SAMPLES_LOADED = "samples.loaded";
    /** The vault owner as guessed from the meetings of many accounts, used while "Me" is unset. */
    static final String OWNER_GUESS = "owner.guess";
    /** Saves closer together than this after the last edit revision share it: typing makes few revisions. */
    static final Duration COALESCE = Duration.ofMinutes(5);

    private final Path dataDir;
    // Replaced together when the passphrase changes (the store is closed, re-encrypted and reopened).
    private Database db;
    private NoteRepository notes;
    private NoteEdits edits;
    private volatile Clock clock = Clock.systemUTC();
    private Preferences prefs;
    private CorrectionRepository corrections;
    private StoreKey key;
    private final NoteParser parser = new NoteParser();
    // Read at the first briefing, not at open: commands that list or search never pay for them, and a
    // mistake in lexicon.json or playbook.json never locks the user out of their notes.
    private volatile Rules rules;
    private final SheetRenderer sheets = new SheetRenderer();
    private final SheetPrinter printer = new SheetPrinter();
    private final Map<String, Briefing> briefingCache = new ConcurrentHashMap<>();
    private volatile UserSettings settings;
    private final Object indexLock = new Object();
    private SearchIndex index;
    private final Backups backups;
    private final Journal journal;
    private volatile boolean changed;
    private volatile boolean indexStale;

    DefaultWorkspace(Path dataDir, Database db, StoreKey key) {
        this.dataDir = dataDir;
        this.key = key;
        this.backups = new Backups(dataDir);
        this.journal = new Journal(dataDir);
        attach(db);
    }

    private void attach(Database database) {
        this.db = database;
        this.notes = new NoteRepository(database, NearDuplicates::near);
        this.edits = new NoteEdits(database, notes, () -> clock.instant());
        this.prefs = new Preferences(database);
        this.corrections = new CorrectionRepository(database);
    }

    @Override
    public boolean encrypted() {
        return key != null;
    }

    @Override
    public synchronized Path restoreBackup(Path backup) {
        synchronized (indexLock) {
            closeIndex();
            db.close();
            try {
                return Database.restore(dataDir, backup, key);
            } finally {
                attach(Database.open(dataDir, key));
                briefingCache.clear();
                indexStale = true;
            }
        }
    }

    @Override
    public synchronized void changePassphrase(char[] next) {
        synchronized (indexLock) {
            closeIndex();
            db.close();
            StoreKey changed;
            try {
                changed = Rekey.change(dataDir, key, next);
            } finally {
                // Reopen with whichever key now fits: the new one, or the old one if nothing changed.
                attach(Database.open(dataDir, StoreKey.isEncrypted(dataDir) ? currentKey(next) : null));
            }
            key = changed;
            if (key != null) {
                // An encrypted store keeps its search index in memory only: drop the plaintext one on disk,
                // and replace automatic backups (they may hold plaintext) by one under the new key.
                deleteTree(dataDir.resolve("index"));
                backups.deleteAutomatic();
                journal.clear();
                backups.run(db::backup);
            }
            indexStale = true;
            LOG.info("store passphrase {}", key == null ? "removed" : "set");
        }
    }

    // After a failed change the old key still fits; after a successful one the new passphrase does.
    private StoreKey currentKey(char[] next) {
        if (next != null) {
            try {
                return StoreKey.unlock(dataDir, next);
            } catch (StoreKey.WrongPassphraseException e) {
                return key;
            }
        }
        return key;
    }

    private static void deleteTree(Path p) {
        if (!java.nio.file.Files.exists(p)) {
            return;
        }
        try (var walk = java.nio.file.Files.walk(p)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (java.io.IOException e) {
            LOG.warn("could not delete {}", p, e);
        }
    }

    @Override
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public ImportReport importPaths(List<Path> paths, Progress progress) {
        Warmup.awaitExtraction();
        UserSettings s = settings();
        Importer.Outcome outcome = new Importer(db, notes, edits, accountNames(s), dataDir.resolve("sample-vault"),
                new ExcludedFolders(s.excludedFolders())).run(paths, progress);
        outcome.trashedIds().forEach(this::afterRemoval);
        AccountUpkeep upkeep = upkeep();
        if (upkeep.foldAccounts(s)) {
            changed = true;
            briefingCache.clear();
            indexStale = true; // the index stores each note's account: whole accounts moved
        }
        // notes filed under an account by the second look are re-indexed with the imported ones
        Set<String> toIndex = new java.util.LinkedHashSet<>(outcome.changedIds());
        if (!toIndex.isEmpty()) {
            toIndex.addAll(upkeep.assignUnassigned(s));
        }
        if (outcome.ownerGuess() != null && !outcome.ownerGuess().equals(prefs.get(OWNER_GUESS))) {
            prefs.put(OWNER_GUESS, outcome.ownerGuess());
            briefingCache.clear();
        }
        if (!toIndex.isEmpty()) {
            changed = true;
            briefingCache.clear();
            reindex(new ArrayList<>(toIndex));
        }
        LOG.info("import: {}", outcome.report().summaryLine());
        return outcome.report();
    }

    /** Account-name upkeep over the current store (replaced with it on restore or a passphrase change). */
    private AccountUpkeep upkeep() {
        return new AccountUpkeep(notes, () -> rules().lexicon(), (text, path) -> parse(text, path, null));
    }

    private AccountNames accountNames(UserSettings s) {
        return upkeep().names(s);
    }

    @Override
    public Optional<Character> setActionItemStatus(String noteId, String itemText, char status) {
        Optional<Note> n = note(noteId);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        app.dealbrief.notes.TaskLines.Change c = app.dealbrief.notes.TaskLines.setStatus(n.get().text(), itemText, status);
        if (c == null) {
            return Optional.empty();
        }
        if (c.previous() != status) {
            saveNote(noteId, c.text());
        }
        return Optional.of(c.previous());
    }

    @Override
    public UserSettings settings() {
        UserSettings s = settings;
        if (s == null) {
            s = SettingsFile.read(dataDir);
            settings = s;
        }
        return s;
    }

    @Override
    public synchronized void saveSettings(UserSettings next) {
        new ExcludedFolders(next.excludedFolders()); // a bad pattern fails here, before anything is written
        SettingsFile.write(dataDir, next);
        settings = next;
        briefingCache.clear();
    }

    @Override
    public int removeSampleAccounts() {
        int n = 0;
        for (AccountSummary a : notes.accounts()) {
            if (a.sample()) {
                for (StoredNote s : notes.notesOf(a.name())) {
                    if (edits.trash(s.id())) {
                        afterRemoval(s.id());
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /** On the very first start of an empty store, loads the bundled sample accounts once. */
    boolean loadSamplesIfFirstStart() {
        if (prefs.get(SAMPLES_LOADED) != null || notes.liveCount() > 0) {
            return false;
        }
        Path folder = SampleVault.unpack(dataDir.resolve("sample-vault"));
        if (folder != null) {
            ImportReport r = importPaths(List.of(folder), Progress.NONE);
            LOG.info("sample accounts loaded: {}", r.summaryLine());
        }
        prefs.put(SAMPLES_LOADED, LocalDate.now().toString());
        return folder != null;
    }

    @Override
    public List<AccountSummary> accounts() {
        return notes.accounts();
    }

    @Override
    public Optional<String> findAccount(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String n = name.strip();
        if (!AccountSummary.isSample(n)) {
            // "Microsoft" on a store that holds only the demo notes means their sample account; a real account
            // with notes wins, and a sample account wins over a mere wiki-link stub of the same name
            boolean real = false;
            boolean sample = false;
            for (AccountSummary a : notes.accounts()) {
                real |= a.name().equalsIgnoreCase(n);
                sample |= a.name().equalsIgnoreCase(n + AccountSummary.SAMPLE_SUFFIX);
            }
            if (!real && sample) {
                return notes.findAccount(n + AccountSummary.SAMPLE_SUFFIX);
            }
        }
        return notes.findAccount(n);
    }

    @Override
    public List<NoteSummary> notes(String account) {
        return notes.summariesOf(account);
    }

    @Override
    public Optional<Note> note(String id) {
        return notes.find(id).map(this::toNote);
    }

    @Override
    public Briefing briefing(String account) {
        String key = NoteRepository.key(account);
        Briefing cached = briefingCache.get(key);
        if (cached != null) {
            return cached;
        }
        String name = findAccount(account).orElse(account);
        List<Note> list = new ArrayList<>();
        for (StoredNote s : notes.notesOf(name)) {
            list.add(toNote(s));
        }
        Rules r = rules();
        // Accounts with notes and the lexicon's companies: not every wiki-link target (file names, first names).
        Set<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (AccountSummary a : notes.accounts()) {
            if (!a.sample() && !a.name().equals(NoteParser.UNASSIGNED)) {
                known.add(a.name());
            }
        }
        known.addAll(r.lexicon().companyNames());
        UserSettings s = settings();
        Briefing built = r.briefings().build(name, list, known, LocalDate.now(clock),
                new BriefingBuilder.Options(s.me() != null ? s.me() : prefs.get(OWNER_GUESS), s.meAliases(), s.staleDays()));
        Briefing b = Corrections.apply(built, corrections.of(name), corrections.pitchStatuses(name), r.playbook());
        briefingCache.put(key, b);
        return b;
    }

    // Corrections

    @Override
    public Correction correct(Correction correction) {
        Correction stored = corrections.add(correction);
        briefingCache.remove(NoteRepository.key(correction.account()));
        changed = true;
        LOG.info("correction: {} {} on {}", correction.kind(), correction.fact(), correction.account());
        return stored;
    }

    @Override
    public List<Correction> corrections(String account) {
        return corrections.of(findAccount(account).orElse(account));
    }

    @Override
    public void undoCorrection(long id) {
        String account = corrections.remove(id);
        if (account != null) {
            briefingCache.remove(NoteRepository.key(account));
            changed = true;
        }
    }

    @Override
    public void setPitchStatus(String account, String headline, Pitch.Status status) {
        corrections.setPitchStatus(findAccount(account).orElse(account), headline, status);
        briefingCache.remove(NoteRepository.key(account));
        changed = true;
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        synchronized (indexLock) {
            SearchIndex idx = index();
            if (indexStale || idx.needsRebuild() || idx.size() != notes.liveCount()) {
                rebuildIndex(idx);
            }
            return idx.search(query, limit);
        }
    }

    // Finding

    @Override
    public List<NoteTitle> noteTitles() {
        return new FindRepository(db).titles();
    }

    @Override
    public List<TaggedNote> taggedNotes(String account) {
        String name = findAccount(account).orElse(account);
        List<TaggedNote> out = new ArrayList<>();
        for (StoredNote s : notes.notesOf(name)) {
            out.add(new TaggedNote(NoteRepository.summary(s), toNote(s).tags()));
        }
        return out;
    }

    @Override
    public List<TimelineEvent> timeline(String account) {
        String name = findAccount(account).orElse(account);
        List<app.dealbrief.domain.ActionItem> actions = new ArrayList<>();
        List<NoteSummary> listed = new ArrayList<>();
        for (StoredNote s : notes.notesOf(name)) {
            listed.add(NoteRepository.summary(s));
            actions.addAll(toNote(s).actionItems());
        }
        return Timelines.build(listed, actions, briefing(name).partnershipTerms());
    }

    @Override
    public List<Backlink> backlinks(String account) {
        String name = findAccount(account).orElse(account);
        Map<String, Backlink> out = new java.util.LinkedHashMap<>();
        for (NoteTitle t : new FindRepository(db).linkingNotes(name)) {
            out.put(t.id(), new Backlink(t.id(), t.account(), t.title(), t.date(), Backlink.Via.LINK));
        }
        // Plain mentions: the name as a phrase in notes filed under other accounts.
        String phrase = "\"" + name.replace("\"", " ") + "\"";
        List<Backlink> mentions = new ArrayList<>();
        for (SearchHit h : search(phrase + " -account:" + phrase, 50)) {
            if (!out.containsKey(h.noteId()) && h.account() != null && !h.account().equalsIgnoreCase(name)) {
                mentions.add(new Backlink(h.noteId(), h.account(), h.title(), h.date(), Backlink.Via.MENTION));
            }
        }
        mentions.sort(java.util.Comparator.comparing(Backlink::date,
                java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())));
        mentions.forEach(b -> out.put(b.noteId(), b));
        return List.copyOf(out.values());
    }

    @Override
    public Optional<String> matchingPassage(String noteId, String query) {
        if (query == null || query.isBlank()) {
            return Optional.empty();
        }
        return note(noteId).flatMap(n -> n.sections().stream().flatMap(s -> s.blocks().stream())
                .map(app.dealbrief.domain.Section.Block::text)
                .filter(t -> t != null && !SearchIndex.matches(t, query).isEmpty())
                .findFirst());
    }

    @Override
    public byte[] sheet(String account, SheetOptions options) {
        Briefing b = briefing(account);
        Warmup.awaitSheet();
        return sheets.render(b, options);
    }

    @Override
    public int export(Path dir, String account) {
        List<String> accounts = new ArrayList<>();
        if (account != null) {
            accounts.add(findAccount(account).orElseThrow(() -> unknownAccount(account)));
        } else {
            accounts().forEach(a -> accounts.add(a.name()));
        }
        return new Exporter(dir).write(accounts, notes);
    }

    @Override
    public void backup(Path file) {
        db.backup(file);
    }

    @Override
    public List<java.awt.image.BufferedImage> sheetPages(byte[] pdf, float dpi) {
        Warmup.awaitSheet();
        List<java.awt.image.BufferedImage> pages = new ArrayList<>();
        for (int i = 0, n = sheets.pageCount(pdf); i < n; i++) {
            pages.add(sheets.preview(pdf, i, dpi));
        }
        return pages;
    }

    @Override
    public boolean hasPrinter() {
        return printer.hasPrinter();
    }

    @Override
    public void print(byte[] pdf, String jobName, boolean showDialog) {
        Warmup.awaitSheet();
        printer.print(pdf, jobName, showDialog);
    }

    @Override
    public void removeAccount(String account) {
        notes.trashAccount(account);
        changed = true;
        briefingCache.clear();
        indexStale = true;
    }

    /** Tests move time forward to check revision coalescing. */
    void useClock(Clock c) {
        this.clock = c;
    }

    @Override
    public Note createNote(String account, NoteDraft draft) {
        if (account == null || account.isBlank()) {
            throw new DealBriefException("Account is empty: select an account first");
        }
        draft.validate();
        String name = findAccount(account).orElse(account.strip());
        String text = NoteTexts.newNote(name, draft);
        Note parsed = folded(parse(text, null, name), name);
        String id = edits.create(parsed, Importer.sha256(text), NearDuplicates.fingerprint(parsed.body()));
        return afterChange(id);
    }

    @Override
    public Note saveNote(String id, String text) {
        if (text == null) {
            throw new DealBriefException("Nothing to save: the note text is missing");
        }
        StoredNote s = notes.find(id).orElseThrow(DefaultWorkspace::gone);
        Note parsed = folded(parse(text, s.path(), s.account()), s.account());
        if (!edits.save(id, parsed, NearDuplicates.fingerprint(parsed.body()), COALESCE)) {
            throw gone();
        }
        journal.drop(id);
        return afterChange(id);
    }

    @Override
    public void keepUnsaved(String noteId, String body) {
        if (key == null && noteId != null && body != null) {
            journal.write(noteId, body);
        }
    }

    @Override
    public void dropUnsaved(String noteId) {
        journal.drop(noteId);
    }

    @Override
    public List<app.dealbrief.domain.UnsavedText> unsaved() {
        List<app.dealbrief.domain.UnsavedText> out = new ArrayList<>();
        for (Journal.Entry e : journal.entries()) {
            Optional<Note> n = note(e.noteId());
            if (n.isEmpty() || e.body().equals(n.get().body())) {
                journal.drop(e.noteId()); // the note is gone, or the text was saved after all
                continue;
            }
            out.add(new app.dealbrief.domain.UnsavedText(e.noteId(), n.get().account(), n.get().title(), e.typedAt(), e.body()));
        }
        return out;
    }

    @Override
    public Note saveNote(String id, NoteDraft fields, String body) {
        fields.validate();
        Note current = note(id).orElseThrow(DefaultWorkspace::gone);
        return saveNote(id, NoteTexts.withFields(current, fields, body));
    }

    @Override
    public List<Revision> history(String id) {
        return edits.history(id);
    }

    @Override
    public Note restoreRevision(String noteId, long revisionId) {
        Revision r = edits.revision(revisionId).filter(x -> x.noteId().equals(noteId))
                .orElseThrow(() -> new DealBriefException("That revision is no longer in the store."));
        StoredNote s = notes.find(noteId).orElseThrow(DefaultWorkspace::gone);
        Note parsed = folded(parse(r.text(), s.path(), s.account()), s.account());
        if (!edits.restore(noteId, parsed, NearDuplicates.fingerprint(parsed.body()))) {
            throw gone();
        }
        return afterChange(noteId);
    }

    @Override
    public void markResolved(String id) {
        edits.resolve(id);
    }

    @Override
    public void trashNote(String id) {
        if (edits.trash(id)) {
            afterRemoval(id);
        }
    }

    @Override
    public List<NoteSummary> trash() {
        return edits.trashed().stream().map(NoteRepository::summary).toList();
    }

    @Override
    public void restoreNote(String id) {
        if (edits.untrash(id)) {
            afterChange(id);
        }
    }

    @Override
    public int emptyTrash() {
        return edits.emptyTrash();
    }

    /** Derived data follows the notes: the briefing is built again, the search index updated. */
    private Note afterChange(String id) {
        changed = true;
        briefingCache.clear();
        reindex(List.of(id));
        return note(id).orElseThrow(DefaultWorkspace::gone);
    }

    private void afterRemoval(String id) {
        changed = true;
        briefingCache.clear();
        synchronized (indexLock) {
            try {
                SearchIndex idx = index();
                idx.delete(id);
                idx.commit();
            } catch (RuntimeException e) {
                LOG.warn("search index update failed; it will be rebuilt", e);
                indexStale = true;
            }
        }
    }

    private static DealBriefException gone() {
        return new DealBriefException("That note is in the trash or no longer in the store.");
    }

    @Override
    public String preference(String key) {
        return prefs.get(key);
    }

    @Override
    public void setPreference(String key, String value) {
        prefs.put(key, value);
    }

    @Override
    public void close() {
        synchronized (indexLock) {
            closeIndex();
        }
        if (backups.due(changed)) {
            backups.run(db::backup);
        }
        db.close();
    }

    private void closeIndex() {
        if (index != null) {
            try {
                index.close();
            } catch (Exception e) {
                LOG.warn("closing the search index", e);
            }
            index = null;
        }
    }

    /**
     * A note saved in the app keeps the account's canonical name: when its text names the account another
     * way ("NVIDIA Corporation" for NVIDIA) it is folded as import folds it, so a save never splits an account.
     */
    private Note folded(Note parsed, String storedAccount) {
        if (parsed.account().equalsIgnoreCase(storedAccount)) {
            return parsed;
        }
        return accountNames(settings()).resolve(parsed, null);
    }

    private Note parse(String text, String path, String account) {
        Warmup.awaitExtraction();
        return parser.parse(text, path, account);
    }

    private record Rules(Playbook playbook, Lexicon lexicon, BriefingBuilder briefings) {
    }

    private Rules rules() {
        Rules r = rules;
        if (r == null) {
            synchronized (this) {
                if (rules == null) {
                    Warmup.awaitExtraction();
                    Playbook playbook = Playbook.load(dataDir.resolve("playbook.json"));
                    Lexicon lexicon = Lexicon.load(dataDir.resolve("lexicon.json"));
                    rules = new Rules(playbook, lexicon, new BriefingBuilder(lexicon, playbook));
                }
                r = rules;
            }
        }
        return r;
    }

    /** A stored note, parsed again from its text; the stored id and account win over what the text says. */
    Note toNote(StoredNote s) {
        Note n = parse(s.text(), s.path(), s.account());
        return new Note(s.id(), s.account(), n.title(), n.date(), n.type(), n.source(), n.sourceRef(),
                n.participants(), n.tags(), s.path(), n.text(), n.frontMatter(), n.body(), n.sections(), n.links(),
                n.actionItems().stream().map(a -> a.withNote(s.id(), n.date())).toList(), n.warnings());
    }

    private SearchIndex index() {
        if (index == null) {
            index = key != null ? SearchIndex.inMemory() : SearchIndex.open(dataDir.resolve("index"));
        }
        return index;
    }

    private void reindex(List<String> ids) {
        synchronized (indexLock) {
            try {
                SearchIndex idx = index();
                if (indexStale || idx.needsRebuild()) {
                    // An index not known to be complete (new, damaged, or behind) is rebuilt once now, which
                    // also marks it complete; otherwise the first search would rebuild it anyway.
                    rebuildIndex(idx);
                    return;
                }
                List<Note> changed = new ArrayList<>();
                for (String id : ids) {
                    note(id).ifPresent(changed::add);
                }
                idx.putAll(changed);
                idx.commit();
            } catch (RuntimeException e) {
                // The index is derived data: a failure here must never fail the import that already committed.
                LOG.warn("search index update failed; it will be rebuilt", e);
                indexStale = true;
            }
        }
    }

    private void rebuildIndex(SearchIndex idx) {
        LOG.info("rebuilding the search index");
        idx.rebuild(IndexFeed.live(notes, parser));
        idx.commit();
        indexStale = false;
    }

    static DealBriefException unknownAccount(String name) {
        return new DealBriefException("No account named \"" + name + "\"");
    }
}
