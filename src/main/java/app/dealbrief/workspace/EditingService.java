package app.dealbrief.workspace;

import app.dealbrief.domain.AccountSummary;
import app.dealbrief.domain.DealBriefException;
import app.dealbrief.domain.Note;
import app.dealbrief.domain.NoteDraft;
import app.dealbrief.domain.NoteSummary;
import app.dealbrief.domain.Revision;
import app.dealbrief.domain.UnsavedText;
import app.dealbrief.notes.NearDuplicates;
import app.dealbrief.notes.TaskLines;
import app.dealbrief.store.NoteEdits;
import app.dealbrief.store.NoteRepository;
import app.dealbrief.store.StoredNote;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Notes written and changed in the app: create, save, revisions, trash, the journal of unsaved text. Every
 * change is followed by what derives from the notes: a "notes changed" event and the search index.
 */
final class EditingService {
    /** Saves closer together than this after the last edit revision share it: typing makes few revisions. */
    static final Duration COALESCE = Duration.ofMinutes(5);

    private final StoreSession session;
    private final NoteHydrator hydrator;
    private final Finder finder;
    private final IndexKeeper index;
    private final Changes changes;
    private final Supplier<AccountUpkeep> upkeep;

    EditingService(StoreSession session, NoteHydrator hydrator, Finder finder, IndexKeeper index, Changes changes,
                   Supplier<AccountUpkeep> upkeep) {
        this.session = session;
        this.hydrator = hydrator;
        this.finder = finder;
        this.index = index;
        this.changes = changes;
        this.upkeep = upkeep;
    }

    Note createNote(String account, NoteDraft draft) {
        if (account == null || account.isBlank()) {
            throw new DealBriefException("Account is empty: select an account first");
        }
        draft.validate();
        String name = finder.findAccount(account).orElse(account.strip());
        String text = NoteTexts.newNote(name, draft);
        Note parsed = folded(hydrator.parse(text, null, name), name);
        String id = session.edits().create(parsed, Importer.sha256(text), NearDuplicates.fingerprint(parsed.body()));
        return afterChange(id);
    }

    Note saveNote(String id, String text) {
        if (text == null) {
            throw new DealBriefException("Nothing to save: the note text is missing");
        }
        StoredNote s = session.notes().find(id).orElseThrow(EditingService::gone);
        Note parsed = folded(hydrator.parse(text, s.path(), s.account()), s.account());
        if (!session.edits().save(id, parsed, NearDuplicates.fingerprint(parsed.body()), COALESCE)) {
            throw gone();
        }
        session.journal().drop(id);
        return afterChange(id);
    }

    Note saveNote(String id, NoteDraft fields, String body) {
        fields.validate();
        Note current = finder.note(id).orElseThrow(EditingService::gone);
        return saveNote(id, NoteTexts.withFields(current, fields, body));
    }

    Optional<Character> setActionItemStatus(String noteId, String itemText, char status) {
        Optional<Note> n = finder.note(noteId);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        TaskLines.Change c = TaskLines.setStatus(n.get().text(), itemText, status);
        if (c == null) {
            return Optional.empty();
        }
        if (c.previous() != status) {
            saveNote(noteId, c.text());
        }
        return Optional.of(c.previous());
    }

    void keepUnsaved(String noteId, String body) {
        if (!session.encrypted() && noteId != null && body != null) {
            session.journal().write(noteId, body);
        }
    }

    void dropUnsaved(String noteId) {
        session.journal().drop(noteId);
    }

    List<UnsavedText> unsaved() {
        Journal journal = session.journal();
        List<UnsavedText> out = new ArrayList<>();
        for (Journal.Entry e : journal.entries()) {
            Optional<Note> n = finder.note(e.noteId());
            if (n.isEmpty() || e.body().equals(n.get().body())) {
                journal.drop(e.noteId()); // the note is gone, or the text was saved after all
                continue;
            }
            out.add(new UnsavedText(e.noteId(), n.get().account(), n.get().title(), e.typedAt(), e.body()));
        }
        return out;
    }

    List<Revision> history(String id) {
        return session.edits().history(id);
    }

    Note restoreRevision(String noteId, long revisionId) {
        NoteEdits edits = session.edits();
        Revision r = edits.revision(revisionId).filter(x -> x.noteId().equals(noteId))
                .orElseThrow(() -> new DealBriefException("That revision is no longer in the store."));
        StoredNote s = session.notes().find(noteId).orElseThrow(EditingService::gone);
        Note parsed = folded(hydrator.parse(r.text(), s.path(), s.account()), s.account());
        if (!edits.restore(noteId, parsed, NearDuplicates.fingerprint(parsed.body()))) {
            throw gone();
        }
        return afterChange(noteId);
    }

    void markResolved(String id) {
        session.edits().resolve(id);
    }

    void trashNote(String id) {
        if (session.edits().trash(id)) {
            afterRemoval(id);
        }
    }

    List<NoteSummary> trash() {
        return session.edits().trashed().stream().map(NoteRepository::summary).toList();
    }

    void restoreNote(String id) {
        if (session.edits().untrash(id)) {
            afterChange(id);
        }
    }

    int emptyTrash() {
        return session.edits().emptyTrash();
    }

    int removeSampleAccounts() {
        NoteRepository notes = session.notes();
        NoteEdits edits = session.edits();
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

    void removeAccount(String account) {
        session.notes().trashAccount(account);
        changes.notesChanged();
        index.markStale();
    }

    /** Derived data follows the notes: the briefing is built again, the search index updated. */
    private Note afterChange(String id) {
        changes.notesChanged();
        index.reindex(List.of(id));
        return finder.note(id).orElseThrow(EditingService::gone);
    }

    /** A note left the live notes: briefings are built again, the note leaves the search index. */
    void afterRemoval(String id) {
        changes.notesChanged();
        index.removed(id);
    }

    /**
     * A note saved in the app keeps the account's canonical name: when its text names the account another
     * way ("NVIDIA Corporation" for NVIDIA) it is folded as import folds it, so a save never splits an account.
     */
    private Note folded(Note parsed, String storedAccount) {
        if (parsed.account().equalsIgnoreCase(storedAccount)) {
            return parsed;
        }
        return upkeep.get().names(session.settings()).resolve(parsed, null);
    }

    static DealBriefException gone() {
        return new DealBriefException("That note is in the trash or no longer in the store.");
    }
}
