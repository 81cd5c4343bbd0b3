package app.dealbrief.workspace;

import app.dealbrief.domain.AccountSummary;
import app.dealbrief.domain.ActionItem;
import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.Correction;
import app.dealbrief.domain.NoteSummary;
import app.dealbrief.domain.Pitch;
import app.dealbrief.domain.TimelineEvent;
import app.dealbrief.domain.UserSettings;
import app.dealbrief.insight.BriefingBuilder;
import app.dealbrief.insight.Corrections;
import app.dealbrief.insight.Lexicon;
import app.dealbrief.insight.Playbook;
import app.dealbrief.notes.NoteParser;
import app.dealbrief.store.CorrectionRepository;
import app.dealbrief.store.NoteRepository;
import app.dealbrief.store.StoredNote;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Briefings from the notes, with the user's corrections laid over them, cached per account until a
 * "notes changed" event ({@link Changes}) says what they were built from changed.
 */
final class BriefingService {
    private static final Logger LOG = LoggerFactory.getLogger(BriefingService.class);
    /** The vault owner as guessed from the meetings of many accounts, used while "Me" is unset. */
    static final String OWNER_GUESS = "owner.guess";

    private final StoreSession session;
    private final Finder finder;
    private final NoteHydrator hydrator;
    private final Changes changes;
    private final Map<String, Briefing> cache = new ConcurrentHashMap<>();
    private final Object rulesLock = new Object();
    // Read at the first briefing, not at open: commands that list or search never pay for them, and a
    // mistake in lexicon.json or playbook.json never locks the user out of their notes.
    private volatile Rules rules;

    private record Rules(Playbook playbook, Lexicon lexicon, BriefingBuilder briefings) {
    }

    BriefingService(StoreSession session, Finder finder, NoteHydrator hydrator, Changes changes) {
        this.session = session;
        this.finder = finder;
        this.hydrator = hydrator;
        this.changes = changes;
        changes.onNotesChanged(cache::clear);
    }

    /** The user's lexicon (lexicon.json in the data folder, else the bundled one); read once. */
    Lexicon lexicon() {
        return rules().lexicon();
    }

    /** Drops every cached briefing (the store was replaced under them). */
    void invalidateAll() {
        cache.clear();
    }

    Briefing briefing(String account) {
        String key = NoteRepository.key(account);
        Briefing cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        String name = finder.canonical(account);
        NoteRepository notes = session.notes();
        Rules r = rules();
        // Accounts with notes and the lexicon's companies: not every wiki-link target (file names, first names).
        Set<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (AccountSummary a : notes.accounts()) {
            if (!a.sample() && !a.name().equals(NoteParser.UNASSIGNED)) {
                known.add(a.name());
            }
        }
        known.addAll(r.lexicon().companyNames());
        UserSettings s = session.settings();
        CorrectionRepository corrections = session.corrections();
        Briefing built = r.briefings().build(name, finder.notesOf(name), known, LocalDate.now(session.clock()),
                new BriefingBuilder.Options(s.me() != null ? s.me() : session.prefs().get(OWNER_GUESS), s.meAliases(),
                        s.staleDays()));
        Briefing b = Corrections.apply(built, corrections.of(name), corrections.pitchStatuses(name), r.playbook());
        cache.put(key, b);
        return b;
    }

    Correction correct(Correction correction) {
        Correction stored = session.corrections().add(correction);
        cache.remove(NoteRepository.key(correction.account()));
        changes.storeChanged();
        LOG.info("correction: {} {} on {}", correction.kind(), correction.fact(), correction.account());
        return stored;
    }

    List<Correction> corrections(String account) {
        return session.corrections().of(finder.canonical(account));
    }

    void undoCorrection(long id) {
        String account = session.corrections().remove(id);
        if (account != null) {
            cache.remove(NoteRepository.key(account));
            changes.storeChanged();
        }
    }

    void setPitchStatus(String account, String headline, Pitch.Status status) {
        session.corrections().setPitchStatus(finder.canonical(account), headline, status);
        cache.remove(NoteRepository.key(account));
        changes.storeChanged();
    }

    List<TimelineEvent> timeline(String account) {
        String name = finder.canonical(account);
        List<ActionItem> actions = new ArrayList<>();
        List<NoteSummary> listed = new ArrayList<>();
        for (StoredNote s : session.notes().notesOf(name)) {
            listed.add(NoteRepository.summary(s));
            actions.addAll(hydrator.toNote(s).actionItems());
        }
        return Timelines.build(listed, actions, briefing(name).partnershipTerms());
    }

    private Rules rules() {
        Rules r = rules;
        if (r == null) {
            synchronized (rulesLock) {
                if (rules == null) {
                    Warmup.awaitExtraction();
                    Playbook playbook = Playbook.load(session.dataDir().resolve("playbook.json"));
                    Lexicon lexicon = Lexicon.load(session.dataDir().resolve("lexicon.json"));
                    rules = new Rules(playbook, lexicon, new BriefingBuilder(lexicon, playbook));
                }
                r = rules;
            }
        }
        return r;
    }
}
