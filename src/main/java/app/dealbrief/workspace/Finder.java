package app.dealbrief.workspace;

import app.dealbrief.domain.AccountSummary;
import app.dealbrief.domain.Backlink;
import app.dealbrief.domain.Note;
import app.dealbrief.domain.NoteSummary;
import app.dealbrief.domain.NoteTitle;
import app.dealbrief.domain.SearchHit;
import app.dealbrief.domain.Section;
import app.dealbrief.domain.TaggedNote;
import app.dealbrief.store.FindRepository;
import app.dealbrief.store.NoteRepository;
import app.dealbrief.store.StoredNote;
import app.dealbrief.store.search.SearchIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading and finding: accounts, an account's notes, one note, search, quick open, backlinks. */
final class Finder {
    private final StoreSession session;
    private final NoteHydrator hydrator;
    private final IndexKeeper index;

    Finder(StoreSession session, NoteHydrator hydrator, IndexKeeper index) {
        this.session = session;
        this.hydrator = hydrator;
        this.index = index;
    }

    List<AccountSummary> accounts() {
        return session.notes().accounts();
    }

    Optional<String> findAccount(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        NoteRepository notes = session.notes();
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

    /** The stored spelling of {@code account}, or the name as given when no account matches. */
    String canonical(String account) {
        return findAccount(account).orElse(account);
    }

    List<NoteSummary> notes(String account) {
        return session.notes().summariesOf(account);
    }

    Optional<Note> note(String id) {
        return session.notes().find(id).map(hydrator::toNote);
    }

    /** An account's stored notes, parsed again. */
    List<Note> notesOf(String account) {
        List<Note> list = new ArrayList<>();
        for (StoredNote s : session.notes().notesOf(account)) {
            list.add(hydrator.toNote(s));
        }
        return list;
    }

    List<SearchHit> search(String query, int limit) {
        return index.search(query, limit);
    }

    List<NoteTitle> noteTitles() {
        return new FindRepository(session.db()).titles();
    }

    List<TaggedNote> taggedNotes(String account) {
        String name = canonical(account);
        List<TaggedNote> out = new ArrayList<>();
        for (StoredNote s : session.notes().notesOf(name)) {
            out.add(new TaggedNote(NoteRepository.summary(s), hydrator.toNote(s).tags()));
        }
        return out;
    }

    List<Backlink> backlinks(String account) {
        String name = canonical(account);
        Map<String, Backlink> out = new LinkedHashMap<>();
        for (NoteTitle t : new FindRepository(session.db()).linkingNotes(name)) {
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
        mentions.sort(Comparator.comparing(Backlink::date, Comparator.nullsLast(Comparator.reverseOrder())));
        mentions.forEach(b -> out.put(b.noteId(), b));
        return List.copyOf(out.values());
    }

    Optional<String> matchingPassage(String noteId, String query) {
        if (query == null || query.isBlank()) {
            return Optional.empty();
        }
        return note(noteId).flatMap(n -> n.sections().stream().flatMap(s -> s.blocks().stream())
                .map(Section.Block::text)
                .filter(t -> t != null && !SearchIndex.matches(t, query).isEmpty())
                .findFirst());
    }
}
