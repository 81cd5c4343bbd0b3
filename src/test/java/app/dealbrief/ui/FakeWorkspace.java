package app.dealbrief.ui;

import app.dealbrief.domain.AcceleratorRole;
import app.dealbrief.domain.AcceleratorUse;
import app.dealbrief.domain.AccountSummary;
import app.dealbrief.domain.ActionItem;
import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.Correction;
import app.dealbrief.domain.DealBriefException;
import app.dealbrief.domain.ImportReport;
import app.dealbrief.domain.Note;
import app.dealbrief.domain.NoteDraft;
import app.dealbrief.domain.Revision;
import app.dealbrief.domain.NoteSummary;
import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.domain.Person;
import app.dealbrief.domain.Pitch;
import app.dealbrief.domain.SearchHit;
import app.dealbrief.domain.SheetOptions;
import app.dealbrief.domain.TermCategory;
import app.dealbrief.workspace.Workspace;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory workspace with a handful of accounts and a realistic Microsoft briefing. */
public final class FakeWorkspace implements Workspace {
    private final Path dataDir;
    private final Map<String, Note> notes = new LinkedHashMap<>();
    private final Map<String, String> prefs = new ConcurrentHashMap<>();
    private final Map<String, Note> trashed = new LinkedHashMap<>();
    private final Map<String, List<Revision>> revisions = new ConcurrentHashMap<>();
    private long nextRevision = 1;
    private int nextNote = 1;
    /** Every text saved, in order: tests check what reached the "store". */
    public final List<String> saved = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Set to make the next saves fail (a full disk, say). */
    public volatile RuntimeException failSaves;
    private ImportReport nextImport = new ImportReport(0, 0, 0, List.of(), List.of());
    public volatile boolean closed;
    public volatile int importCalls;

    public FakeWorkspace(Path dataDir) {
        this.dataDir = dataDir;
        add(note("ms-1", "Microsoft", "Microsoft AI capacity and VAST", "2025-11-12", List.of(), MS_BODY));
        add(note("ms-2", "Microsoft", "Azure storage roadmap review", "2025-09-03", List.of(),
                "# Azure storage roadmap review\n\n## Summary\n\nMAIA is ramping for inference. Fairwater sites planned.\n"));
        add(note("ms-3", "Microsoft", "Fairwater site visit", "2025-06-18", List.of("front matter needs repair: not valid YAML"),
                "# Fairwater site visit\n\nProse only: the team walked the Atlanta site with **Satya's** staff.\n"));
        add(note("oa-1", "OpenAI", "OpenAI multi-cloud builds", "2025-10-30", List.of(),
                "# OpenAI multi-cloud builds\n\nOpenAI buys capacity from [[Oracle]] and [[CoreWeave]].\n"));
        add(note("oa-2", "OpenAI", "Stargate update", "2025-08-14", List.of(), "# Stargate update\n\n- 10 GW planned\n"));
        add(note("or-1", "Oracle", "OCI capacity", "2025-10-02", List.of(), "# OCI capacity\n\nOCI sells to [[OpenAI]].\n"));
        add(note("cw-1", "CoreWeave", "CoreWeave expansion", "2025-09-20", List.of(), "# CoreWeave expansion\n\nNeocloud.\n"));
        add(note("nv-1", "NVIDIA", "GB300 ramp", "2025-11-01", List.of(), "# GB300 ramp\n\nGB300 shipping.\n"));
        add(note("nb-1", "Nebius", "Nebius–Microsoft deal", "2025-09-09", List.of(), "# Nebius deal\n\n$17.4B with Microsoft.\n"));
    }

    static final String MS_BODY = """
            # Microsoft AI capacity and VAST

            **Date**: 2025-11-12
            **Account**: [[Microsoft]]

            ## Summary

            Microsoft's "big pause" has ended and they are scrambling for near-term AI capacity.

            ## Key Information
            - Accelerator dependencies: Nvidia remains primary; MAIA lags; Microsoft may use OpenAI's ASIC.
            - OpenAI to purchase $250B+ of Azure services; no right-of-first-refusal for Microsoft.
            - Pitch *accelerator-proof* storage; see `Token Plane` offer.

            ## Related
            - [[OpenAI]]
            - [[Oracle]]
            - [[CoreWeave]]
            """;

    private static Note note(String id, String account, String title, String date, List<String> warnings, String body) {
        return new Note(id, account, title, LocalDate.parse(date), "customer", "transcript", null, List.of(), List.of(),
                "/vault/" + account + "/" + title + ".md", body, Map.of(), body, List.of(), List.of(), List.of(), warnings);
    }

    /** Adds a note (one without an id gets one). */
    public void add(Note n) {
        Note withId = n.id() != null ? n : n.withId("added-" + notes.size());
        notes.put(withId.id(), withId);
    }

    public void setNextImport(ImportReport r) {
        nextImport = r;
    }

    /** The UI must never call the workspace on the FX thread (DESIGN.md section 2); fail loudly if it does. */
    private static void offFx() {
        if (javafx.application.Platform.isFxApplicationThread()) {
            throw new AssertionError("workspace called on the FX thread");
        }
    }

    @Override
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public ImportReport importPaths(List<Path> paths, Progress progress) {
        offFx();
        importCalls++;
        progress.update(1, 2, "a.md");
        progress.update(2, 2, "b.md");
        return nextImport;
    }

    @Override
    public List<AccountSummary> accounts() {
        offFx();
        Map<String, List<Note>> by = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        notes.values().forEach(n -> by.computeIfAbsent(n.account(), k -> new ArrayList<>()).add(n));
        List<AccountSummary> out = new ArrayList<>();
        by.forEach((name, list) -> out.add(new AccountSummary(name, list.size(),
                list.stream().map(Note::date).max(Comparator.naturalOrder()).orElse(null))));
        return out;
    }

    private app.dealbrief.domain.UserSettings settings = app.dealbrief.domain.UserSettings.NONE;

    @Override
    public app.dealbrief.domain.UserSettings settings() {
        offFx();
        return settings;
    }

    @Override
    public void saveSettings(app.dealbrief.domain.UserSettings s) {
        offFx();
        settings = s;
    }

    public final List<String> statusChanges = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public Optional<Character> setActionItemStatus(String noteId, String itemText, char status) {
        offFx();
        if (!notes.containsKey(noteId)) {
            return Optional.empty();
        }
        statusChanges.add(noteId + ":" + itemText + ":" + status);
        return Optional.of(status == 'x' ? ' ' : 'x');
    }

    @Override
    public int removeSampleAccounts() {
        offFx();
        List<String> ids = notes.values().stream().filter(n -> AccountSummary.isSample(n.account())).map(Note::id).toList();
        ids.forEach(notes::remove);
        return ids.size();
    }

    @Override
    public Optional<String> findAccount(String name) {
        offFx();
        return accounts().stream().map(AccountSummary::name).filter(n -> n.equalsIgnoreCase(name)).findFirst();
    }

    @Override
    public List<NoteSummary> notes(String account) {
        offFx();
        return notes.values().stream().filter(n -> n.account().equalsIgnoreCase(account))
                .sorted(Comparator.comparing(Note::date, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())).reversed())
                .map(n -> new NoteSummary(n.id(), n.account(), n.title(), n.date(), n.type(), n.source(), n.path(), null,
                        n.warnings().isEmpty() ? List.of() : List.of("front matter needs repair")))
                .toList();
    }

    @Override
    public Optional<Note> note(String id) {
        offFx();
        return Optional.ofNullable(notes.get(id));
    }

    @Override
    public Briefing briefing(String account) {
        offFx();
        if (failBriefings != null) {
            throw failBriefings;
        }
        if (customBriefings.containsKey(account)) {
            return customBriefings.get(account);
        }
        Optional<String> found = findAccount(account);
        if (found.isEmpty()) {
            // as the real workspace: an account with no notes has an empty briefing
            return new Briefing(account, null, 0, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of());
        }
        String name = found.get();
        if (name.equals("Microsoft")) {
            return corrected(microsoft());
        }
        List<NoteSummary> list = notes(name);
        return corrected(new Briefing(name, list.get(0).date(), list.size(), "Notes about " + name + ".", List.of(),
                List.of(), List.of(), List.of(), List.of(), name.equals("OpenAI") ? List.of("Microsoft", "Oracle") : List.of("OpenAI"),
                List.of(), List.of()));
    }

    /** A briefing to give for an account instead of the built-in one (a test's long briefing, say). */
    public final Map<String, Briefing> customBriefings = new ConcurrentHashMap<>();

    /** Set to make briefings fail (a broken lexicon, say). */
    public volatile RuntimeException failBriefings;

    // Corrections: kept in memory, laid over the briefing as the real workspace does.
    public final List<Correction> corrections = new java.util.concurrent.CopyOnWriteArrayList<>();
    public final Map<String, Pitch.Status> pitchStatuses = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong correctionIds = new java.util.concurrent.atomic.AtomicLong();

    private Briefing corrected(Briefing b) {
        Map<String, Pitch.Status> statuses = new LinkedHashMap<>();
        pitchStatuses.forEach((k, s) -> {
            if (k.startsWith(b.account().toLowerCase(Locale.ROOT) + "\u0000")) {
                statuses.put(k.substring(k.indexOf('\u0000') + 1), s);
            }
        });
        return app.dealbrief.insight.Corrections.apply(b, corrections(b.account()), statuses);
    }

    @Override
    public Correction correct(Correction c) {
        offFx();
        Correction stored = c.withId(correctionIds.incrementAndGet());
        corrections.add(stored);
        return stored;
    }

    @Override
    public List<Correction> corrections(String account) {
        offFx();
        return corrections.stream().filter(c -> c.account().equalsIgnoreCase(account)).toList();
    }

    @Override
    public void undoCorrection(long id) {
        offFx();
        corrections.removeIf(c -> c.id() == id);
    }

    @Override
    public void setPitchStatus(String account, String headline, Pitch.Status status) {
        offFx();
        pitchStatuses.put(account.toLowerCase(Locale.ROOT) + "\u0000" + Correction.normalise(headline), status);
    }

    public static Briefing microsoft() {
        LocalDate d = LocalDate.parse("2025-11-12");
        String s1 = "OpenAI to purchase $250B+ of Azure services; no right-of-first-refusal for Microsoft.";
        String agreement = "Microsoft–OpenAI Oct 28 agreement";
        List<String> parties = List.of("Microsoft", "OpenAI");
        List<PartnershipTerm> terms = List.of(
                new PartnershipTerm(agreement, parties, TermCategory.EXCLUSIVITY, "Azure API exclusivity continues", null, null, null, false, "ms-1", d, s1, 1),
                new PartnershipTerm(agreement, parties, TermCategory.IP_RIGHTS, "Microsoft IP rights extended to 2032", null, null, 2032, false, "ms-1", d, s1, 1),
                new PartnershipTerm(agreement, parties, TermCategory.SPEND_COMMITMENT, "OpenAI to purchase $250B+ of Azure services", 250_000_000_000L, null, null, false, "ms-1", d, s1, 2),
                new PartnershipTerm(agreement, parties, TermCategory.RIGHT_OF_FIRST_REFUSAL, "no right-of-first-refusal for Microsoft", null, null, null, true, "ms-1", d, s1, 1),
                new PartnershipTerm("Nebius–Microsoft deal", List.of("Microsoft", "Nebius"), TermCategory.CAPACITY, "Nebius to supply 300 MW of GPU capacity", 17_400_000_000L, 0.3, null, false, "ms-2", LocalDate.parse("2025-09-03"), "Nebius supplies 300 MW.", 1));
        String acc = "Accelerator dependencies: Nvidia remains primary; MAIA lags; Microsoft may use OpenAI's ASIC.";
        List<AcceleratorUse> mix = List.of(
                new AcceleratorUse("NVIDIA", "GPU", AcceleratorRole.PRIMARY, "Nvidia remains primary", "ms-1", d, 3),
                new AcceleratorUse("Microsoft", "MAIA", AcceleratorRole.LAGGING, "MAIA lags", "ms-1", d, 1),
                new AcceleratorUse("OpenAI", "ASIC", AcceleratorRole.POSSIBLE, "Microsoft may use OpenAI's ASIC", "ms-1", d, 1),
                new AcceleratorUse("AMD", "MI450", AcceleratorRole.EVALUATING, "evaluating MI450", "ms-2", LocalDate.parse("2025-09-03"), 1));
        List<AcceleratorUse> history = List.of(
                new AcceleratorUse("Microsoft", "MAIA", AcceleratorRole.RAMPING, "MAIA is ramping for inference", "ms-2", LocalDate.parse("2025-09-03"), 1));
        List<Pitch> pitches = List.of(
                new Pitch("Fastest route to usable capacity for OpenAI/Foundry tenants", "VAST positioning suggested in the note.", Pitch.Origin.NOTE, "ms-1", acc, Pitch.Status.TO_TRY),
                new Pitch("Portable data fabric across Azure, Oracle and CoreWeave", "Multi-provider OpenAI builds.", Pitch.Origin.NOTE, "ms-1", acc, Pitch.Status.TO_TRY),
                new Pitch("Accelerator-proof storage", "Fired by: NVIDIA primary, Microsoft MAIA lagging, OpenAI ASIC possible.", Pitch.Origin.PLAYBOOK, "ms-1", "several-accelerator-vendors", Pitch.Status.TO_TRY));
        List<ActionItem> actions = List.of(
                new ActionItem("Send Token Plane benchmark", "Dana", LocalDate.parse("2025-11-20"), "high", ActionItem.State.OPEN, "ms-1", d),
                new ActionItem("Book Fairwater follow-up", null, LocalDate.parse("2026-12-15"), null, ActionItem.State.OPEN, "ms-1", d),
                new ActionItem("Old closed item", null, null, null, ActionItem.State.DONE, "ms-1", d));
        List<Person> people = List.of(new Person("Satya Nadella", d, 2), new Person("Kevin Scott", LocalDate.parse("2025-09-03"), 1));
        return new Briefing("Microsoft", d, 3,
                "Microsoft's big pause has ended; they are scrambling for near-term AI capacity via self-build, leases and neoclouds.",
                List.of("Big pause is over: seeking near-term capacity", "Tokens/API over IaaS: Azure Foundry as a token factory"),
                terms, mix, history, pitches, List.of("OpenAI", "Oracle", "CoreWeave", "NVIDIA", "Fairwater"), actions, people);
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        offFx();
        String q = query.toLowerCase(Locale.ROOT);
        return notes.values().stream().filter(n -> n.body().toLowerCase(Locale.ROOT).contains(q)
                        || n.title().toLowerCase(Locale.ROOT).contains(q))
                .limit(limit)
                .map(n -> hit(n, q))
                .toList();
    }

    /** Like the real index: a stretch of the body around the match, the match marked for bold. */
    private static SearchHit hit(Note n, String q) {
        String body = n.body();
        int at = body.toLowerCase(Locale.ROOT).indexOf(q);
        if (at < 0) {
            return new SearchHit(n.id(), n.account(), n.title(), n.date(), 1.0, n.title());
        }
        int from = Math.max(0, at - 40);
        String snippet = body.substring(from, Math.min(body.length(), at + q.length() + 80)).replace('\n', ' ');
        return new SearchHit(n.id(), n.account(), n.title(), n.date(), 1.0, snippet,
                List.of(new SearchHit.Mark(at - from, at - from + q.length())));
    }

    // Finding

    /** Tags of the fake notes (the notes themselves carry none). */
    static final Map<String, List<String>> TAGS = Map.of(
            "ms-1", List.of("customer", "capacity"),
            "ms-2", List.of("customer", "storage"),
            "ms-3", List.of("site-visit"));

    @Override
    public List<app.dealbrief.domain.NoteTitle> noteTitles() {
        offFx();
        return notes.values().stream().sorted(Comparator.comparing(Note::date).reversed())
                .map(n -> new app.dealbrief.domain.NoteTitle(n.id(), n.account(), n.title(), n.date())).toList();
    }

    @Override
    public List<app.dealbrief.domain.TaggedNote> taggedNotes(String account) {
        offFx();
        return notes(account).stream()
                .map(n -> new app.dealbrief.domain.TaggedNote(n, TAGS.getOrDefault(n.id(), notes.get(n.id()).tags())))
                .toList();
    }

    @Override
    public List<app.dealbrief.domain.TimelineEvent> timeline(String account) {
        offFx();
        Briefing b = briefing(account);
        return app.dealbrief.workspace.Timelines.build(notes(account), b.actionItems(), b.partnershipTerms());
    }

    @Override
    public List<app.dealbrief.domain.Backlink> backlinks(String account) {
        offFx();
        String name = findAccount(account).orElse(account);
        List<app.dealbrief.domain.Backlink> out = new ArrayList<>();
        for (Note n : notes.values()) {
            if (n.account().equalsIgnoreCase(name)) {
                continue;
            }
            String body = n.body().toLowerCase(Locale.ROOT);
            String key = name.toLowerCase(Locale.ROOT);
            if (body.contains("[[" + key + "]]") || body.contains(key)) {
                out.add(new app.dealbrief.domain.Backlink(n.id(), n.account(), n.title(), n.date(),
                        body.contains("[[" + key + "]]") ? app.dealbrief.domain.Backlink.Via.LINK
                                : app.dealbrief.domain.Backlink.Via.MENTION));
            }
        }
        return out;
    }

    @Override
    public Optional<String> matchingPassage(String noteId, String query) {
        offFx();
        Note n = notes.get(noteId);
        if (n == null || query == null || query.isBlank()) {
            return Optional.empty();
        }
        String q = query.trim().toLowerCase(Locale.ROOT);
        return n.body().lines().filter(l -> !l.startsWith("#") && l.toLowerCase(Locale.ROOT).contains(q))
                .map(l -> l.replaceFirst("^\\s*- ", "").replace("**", "").replace("*", "").trim()).findFirst();
    }

    @Override
    public byte[] sheet(String account, SheetOptions options) {
        offFx();
        return "%PDF-1.7 fake".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    @Override
    public void removeAccount(String account) {
        offFx();
        List<Note> gone = notes.values().stream().filter(n -> n.account().equalsIgnoreCase(account)).toList();
        gone.forEach(n -> trashNote(n.id()));
    }

    @Override
    public synchronized Note createNote(String account, NoteDraft draft) {
        if (account == null || account.isBlank()) {
            throw new DealBriefException("Account is empty: select an account first");
        }
        draft.validate();
        String body = "# " + draft.title() + "\n\n";
        Note n = new Note("new-" + nextNote++, findAccount(account).orElse(account), draft.title(), draft.parsedDate(),
                blankToNull(draft.type()), blankToNull(draft.source()), null, draft.participants(), draft.tags(), null,
                body, Map.of(), body, List.of(), List.of(), List.of(), List.of());
        add(n);
        return n;
    }

    @Override
    public synchronized Note saveNote(String id, String text) {
        Note n = live(id);
        return saveNote(id, NoteDraft.of(n), text);
    }

    @Override
    public synchronized Note saveNote(String id, NoteDraft fields, String body) {
        if (failSaves != null) {
            throw failSaves;
        }
        fields.validate();
        Note old = live(id);
        revisions.computeIfAbsent(id, k -> new java.util.concurrent.CopyOnWriteArrayList<>())
                .add(0, new Revision(nextRevision++, id, java.time.Instant.now(), Revision.EDIT, old.body()));
        Note n = new Note(id, old.account(), fields.title(), fields.parsedDate(), blankToNull(fields.type()),
                blankToNull(fields.source()), null, fields.participants(), fields.tags(), old.path(), body, old.frontMatter(),
                body, List.of(), List.of(), List.of(), old.warnings());
        notes.put(id, n);
        kept.remove(id);
        saved.add(body);
        return n;
    }

    @Override
    public List<Revision> history(String id) {
        return List.copyOf(revisions.getOrDefault(id, List.of()));
    }

    @Override
    public synchronized Note restoreRevision(String noteId, long revisionId) {
        Revision r = history(noteId).stream().filter(x -> x.id() == revisionId).findFirst()
                .orElseThrow(() -> new DealBriefException("That revision is no longer in the store."));
        Note n = saveNote(noteId, r.text());
        List<Revision> list = revisions.get(noteId);
        Revision top = list.get(0);
        list.set(0, new Revision(top.id(), top.noteId(), top.createdAt(), Revision.RESTORE, top.text()));
        return n;
    }

    @Override
    public void markResolved(String id) {
        // the fake never flags conflicts
    }

    @Override
    public synchronized void trashNote(String id) {
        Note n = notes.remove(id);
        if (n != null) {
            trashed.put(id, n);
        }
    }

    @Override
    public synchronized List<NoteSummary> trash() {
        return trashed.values().stream().map(n -> new NoteSummary(n.id(), n.account(), n.title(), n.date(), n.type(),
                n.source(), n.path(), null, List.of())).toList();
    }

    @Override
    public synchronized void restoreNote(String id) {
        Note n = trashed.remove(id);
        if (n != null) {
            add(n);
        }
    }

    @Override
    public synchronized int emptyTrash() {
        int n = trashed.size();
        trashed.clear();
        return n;
    }

    private Note live(String id) {
        Note n = notes.get(id);
        if (n == null) {
            throw new DealBriefException("That note is in the trash or no longer in the store.");
        }
        return n;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public String preference(String key) {
        offFx();
        return prefs.get(key);
    }

    @Override
    public void setPreference(String key, String value) {
        offFx();
        prefs.put(key, value);
    }

    @Override
    public void close() {
        offFx();
        closed = true;
    }

    @Override
    public int export(Path dir, String account) {
        if (account != null && findAccount(account).isEmpty()) {
            throw new DealBriefException("No account named \"" + account + "\"");
        }
        offFx();
        exportedTo = dir;
        return (int) notes.values().stream().filter(n -> account == null || n.account().equalsIgnoreCase(account)).count();
    }

    @Override
    public void backup(Path file) {
        offFx();
        if (failSaves != null) {
            throw failSaves;
        }
        backedUpTo = file; // the fake keeps nothing on disk
    }

    @Override
    public boolean encrypted() {
        return false;
    }

    /** Where the last export, backup and restore went, and the passphrase last set (tests check them). */
    public volatile Path exportedTo;
    public volatile Path backedUpTo;
    public volatile Path restoredFrom;
    public volatile String passphrase;

    /** Unsaved text the fake keeps, by note id. */
    public final java.util.Map<String, String> kept = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void keepUnsaved(String noteId, String body) {
        offFx();
        kept.put(noteId, body);
    }

    @Override
    public void dropUnsaved(String noteId) {
        kept.remove(noteId);
    }

    @Override
    public java.util.List<app.dealbrief.domain.UnsavedText> unsaved() {
        List<app.dealbrief.domain.UnsavedText> out = new ArrayList<>();
        kept.forEach((id, body) -> {
            Note n = notes.get(id);
            if (n != null && !body.equals(n.body())) {
                out.add(new app.dealbrief.domain.UnsavedText(id, n.account(), n.title(), java.time.Instant.now(), body));
            }
        });
        return out;
    }

    @Override
    public Path restoreBackup(Path backup) {
        offFx();
        restoredFrom = backup;
        return backup;
    }

    @Override
    public void changePassphrase(char[] next) {
        offFx();
        passphrase = next == null ? null : new String(next); // the fake keeps nothing on disk to encrypt
    }

    /** Pages the fake "renders": one blank image per page. */
    public volatile int printed;

    @Override
    public java.util.List<app.dealbrief.domain.PageImage> sheetPages(byte[] pdf, float dpi) {
        return java.util.List.of(new app.dealbrief.domain.PageImage(85, 110, new int[85 * 110]));
    }

    @Override
    public boolean hasPrinter() {
        return true;
    }

    @Override
    public void print(byte[] pdf, String jobName, boolean showDialog) {
        printed++;
    }
}
