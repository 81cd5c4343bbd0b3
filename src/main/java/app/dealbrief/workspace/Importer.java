package app.dealbrief.workspace;

import app.dealbrief.domain.AccountSummary;

import app.dealbrief.domain.DealBriefException;
import app.dealbrief.domain.ImportReport;
import app.dealbrief.domain.Note;
import app.dealbrief.notes.NearDuplicates;
import app.dealbrief.notes.NoteParser;
import app.dealbrief.notes.VaultScanner;
import app.dealbrief.store.NoteEdits;
import app.dealbrief.store.NoteRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Files -> notes in the store. Idempotent by content hash: an unchanged file is skipped, a changed one
 * updates its note (the old text kept as a revision), a new one is inserted.
 *
 * <p>Files are stored in batches, one transaction each, because every commit is synced to disk. If a batch
 * fails, its files are retried one by one so that one bad file never rolls back the others.
 */
final class Importer {
    private static final Logger LOG = LoggerFactory.getLogger(Importer.class);
    private static final int BATCH = 250;
    /** A batch also ends at this much text: 250 long transcripts held at once cost more than a commit. */
    private static final long BATCH_CHARS = 4L << 20;

    private final NoteRepository notes;
    private final NoteEdits edits;
    private final NoteParser parser = new NoteParser();
    private final AccountNames names;
    private final Path sampleRoot;
    private final ExcludedFolders excluded;

    /**
     * @param names      folds account aliases and names accounts from titles
     * @param sampleRoot the bundled demo notes' folder: notes from it are sample accounts, kept apart
     * @param excluded   folders the user excluded: not imported, and trashed when imported before
     */
    Importer(NoteRepository notes, NoteEdits edits, AccountNames names, Path sampleRoot,
             ExcludedFolders excluded) {
        this.notes = notes;
        this.edits = edits;
        this.names = names;
        this.sampleRoot = sampleRoot == null ? null : sampleRoot.toAbsolutePath().normalize();
        this.excluded = excluded;
    }

    /** What an import changed, for the caller to refresh derived data. */
    record Outcome(ImportReport report, Set<String> touchedAccounts, List<String> changedIds, List<String> trashedIds,
                   String ownerGuess) {
    }

    private record Parsed(VaultScanner.SourceFile file, Note note, String hash, long fingerprint, String existingId,
                          String existingAccount) {
    }

    /** The words of the front-matter warning about an unfilled template field (notes.YamlHints). */
    static final String TEMPLATE_PLACEHOLDER = "is a template placeholder";

    Outcome run(List<Path> paths, Workspace.Progress progress) {
        VaultScanner.Listing listing = VaultScanner.list(paths);
        List<ImportReport.Problem> rejected = new ArrayList<>(listing.rejected());
        List<ImportReport.Problem> warnings = new ArrayList<>();
        Map<String, NoteRepository.Known> known = notes.knownPaths();
        List<VaultScanner.Found> files = new ArrayList<>();
        List<NoteRepository.Known> toTrash = new ArrayList<>();
        for (VaultScanner.Found f : listing.files()) {
            if (excluded.matches(f.relative())) {
                NoteRepository.Known k = known.get(f.path().toString());
                if (k != null && !k.deleted()) {
                    toTrash.add(k); // excluded since the last import: to the trash, never deleted
                }
            } else {
                files.add(f);
            }
        }
        Set<String> touched = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        List<String> changedIds = new ArrayList<>();
        List<String> trashed = new ArrayList<>();
        for (NoteRepository.Known k : toTrash) {
            if (edits.trash(k.id())) {
                touched.add(k.account());
                trashed.add(k.id());
            }
        }
        int total = files.size();
        int unchanged = 0;
        int imported = 0;
        int updated = 0;
        List<Parsed> pending = new ArrayList<>();
        long pendingChars = 0;
        Copies copies = new Copies(files);
        OwnerGuess owner = new OwnerGuess();
        int done = 0;
        for (VaultScanner.Found found : files) {
            if (progress.cancelled()) {
                break;
            }
            String path = found.path().toString();
            // One file at a time, so only a batch of notes is ever in memory, not the vault.
            VaultScanner.SourceFile f = VaultScanner.read(found, rejected);
            if (f == null) {
                copies.done(found);
                progress.update(++done, total, path);
                continue;
            }
            String hash = sha256(f.text());
            NoteRepository.Known k = known.get(path);
            if (k != null && k.hash().equals(hash)) {
                // Same bytes as last time: nothing to parse or store (its warnings were reported then).
                copies.done(found);
                unchanged++;
                progress.update(++done, total, path);
                continue;
            }
            Note note;
            long fingerprint;
            try {
                Copies.Reading reading = copies.reading(found, hash, () -> {
                    NoteParser.Text t = parser.read(f.text());
                    return new Copies.Reading(t, NearDuplicates.fingerprint(t.body()));
                });
                note = account(parser.parse(reading.text(), path, f.folderAccount()), f);
                fingerprint = reading.fingerprint();
            } catch (RuntimeException e) {
                LOG.warn("parser failed on {}", path, e);
                rejected.add(new ImportReport.Problem(path, "could not be read as a note: " + e.getMessage()));
                progress.update(++done, total, path);
                continue;
            } finally {
                copies.done(found);
            }
            owner.add(note);
            // A template's {{date}} is there to be filled in by Obsidian, not by the user: no warning for it.
            boolean template = app.dealbrief.domain.NoteFolders.anyFolder(found.relative(),
                    app.dealbrief.domain.NoteFolders::isTemplates);
            for (String w : note.warnings()) {
                if (!(template && w.contains(TEMPLATE_PLACEHOLDER))) {
                    warnings.add(new ImportReport.Problem(path, w));
                }
            }
            pending.add(new Parsed(f, note, hash, fingerprint, k == null ? null : k.id(),
                    k == null ? null : k.account()));
            pendingChars += f.text().length();
            if (pending.size() >= BATCH || pendingChars >= BATCH_CHARS) {
                int[] counts = store(pending, rejected, touched, changedIds);
                imported += counts[0];
                updated += counts[1];
                pending.clear();
                pendingChars = 0;
            }
            progress.update(++done, total, path);
        }
        int[] counts = store(pending, rejected, touched, changedIds);
        imported += counts[0];
        updated += counts[1];
        rejected.sort((a, b) -> a.path().compareTo(b.path()));
        return new Outcome(new ImportReport(imported, updated, unchanged, rejected, warnings), touched, changedIds,
                trashed, owner.owner());
    }

    /** Aliases folded, a missing account named from the title; demo notes marked as a sample account. */
    private Note account(Note parsed, VaultScanner.SourceFile f) {
        if (sampleRoot != null && f.path().toAbsolutePath().normalize().startsWith(sampleRoot)) {
            return AccountSummary.isSample(parsed.account()) ? parsed
                    : parsed.withAccount(parsed.account() + AccountSummary.SAMPLE_SUFFIX);
        }
        return names.resolve(parsed, f.relative());
    }

    private int[] store(List<Parsed> batch, List<ImportReport.Problem> rejected, Set<String> touched,
                        List<String> changedIds) {
        if (batch.isEmpty()) {
            return new int[2];
        }
        List<NoteRepository.Change> changes = changes(batch);
        try {
            changedIds.addAll(notes.store(changes));
            batch.forEach(p -> touch(p, touched));
            return count(batch);
        } catch (DealBriefException batchFailure) {
            LOG.warn("batch of {} failed, storing one by one", batch.size(), batchFailure);
        }
        List<Parsed> stored = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Parsed p = batch.get(i);
            try {
                changedIds.addAll(notes.store(List.of(changes.get(i))));
                touch(p, touched);
                stored.add(p);
            } catch (DealBriefException e) {
                LOG.warn("cannot store {}", p.file().path(), e);
                rejected.add(new ImportReport.Problem(p.file().path().toString(), "could not be stored: " + e.getMessage()));
            }
        }
        return count(stored);
    }

    /**
     * What to store for each file. A changed file whose note was also edited in the app is merged with the
     * app's text against the last imported text; where both changed the same lines the app's text stays,
     * and the file's text is kept as a conflict revision. Nothing a user wrote is lost either way.
     */
    private List<NoteRepository.Change> changes(List<Parsed> batch) {
        List<String> ids = batch.stream().map(Parsed::existingId).filter(java.util.Objects::nonNull).toList();
        Map<String, String[]> current = ids.isEmpty() ? Map.of() : edits.textAndBase(ids);
        List<NoteRepository.Change> out = new ArrayList<>(batch.size());
        for (Parsed p : batch) {
            String fileText = p.note().text();
            String[] tb = p.existingId() == null ? null : current.get(p.existingId());
            Note note = p.note();
            String conflict = null;
            long fingerprint = p.fingerprint();
            if (tb != null && tb[1] != null && !tb[0].equals(tb[1])) {
                Merge3.Result m = Merge3.merge(tb[1], tb[0], fileText);
                if (!m.text().equals(fileText)) {
                    note = account(parser.parse(m.text(), note.path(), p.file().folderAccount()), p.file());
                    fingerprint = NearDuplicates.fingerprint(note.body());
                }
                conflict = m.conflict() ? fileText : null;
            }
            out.add(new NoteRepository.Change(note, p.hash(), fingerprint, p.existingId(),
                    fileText, conflict));
        }
        return out;
    }

    /** {inserted, updated}. */
    private static int[] count(List<Parsed> stored) {
        int inserted = (int) stored.stream().filter(p -> p.existingId() == null).count();
        return new int[] {inserted, stored.size() - inserted};
    }

    private static void touch(Parsed p, Set<String> touched) {
        touched.add(p.note().account());
        if (p.existingAccount() != null) {
            touched.add(p.existingAccount());
        }
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
