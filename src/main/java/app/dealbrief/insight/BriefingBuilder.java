package app.dealbrief.insight;

import app.dealbrief.domain.AcceleratorRole;
import app.dealbrief.domain.AcceleratorUse;
import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.Note;
import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.domain.Pitch;
import app.dealbrief.domain.Section;
import app.dealbrief.domain.TermCategory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Notes to a {@link Briefing}: reads every note, then merges facts newest-first so that the same fact
 * from several near-duplicate notes is one row with a support count and the newest note as its source.
 * Holds only the precompiled lexicon and playbook and a cache of note readings: safe to share between threads.
 */
public final class BriefingBuilder {
    private static final int MAX_SIGNALS = 8;

    private static final int SIGNALS_PER_NOTE = 5;

    private static final int CACHE_NOTES = 20_000;

    private final Lexicon lexicon;

    private final Playbook playbook;

    /** Word sets, source stems and "X is the … at Y" facts per note text, kept between builds. */
    private final Clusters.Memo clusterMemo = new Clusters.Memo(new DerivedCache<>(CACHE_NOTES), new DerivedCache<>(CACHE_NOTES));

    private final DerivedCache<String, List<String[]>> peopleFacts = new DerivedCache<>(CACHE_NOTES);

    /** Note readings for the known accounts of the latest build; replaced (never cleared) when they change. */
    private Readings readings = new Readings(Set.of());

    public BriefingBuilder(Lexicon lexicon, Playbook playbook) {
        this.lexicon = lexicon;
        this.playbook = playbook;
    }

    /**
     * What the user set that shapes a briefing.
     *
     * @param me        the vault owner's name (never one of the account's people), null when unset
     * @param meAliases other spellings of the owner
     * @param staleDays open items overdue by more than this fold into "older"
     */
    public record Options(String me, List<String> meAliases, int staleDays) {
        public static final Options DEFAULT = new Options(null, List.of(), 60);

        public Options {
            meAliases = List.copyOf(meAliases);
        }
    }

    public Briefing build(String account, List<Note> notes, Set<String> knownAccounts, LocalDate today) {
        return build(account, notes, knownAccounts, today, Options.DEFAULT);
    }

    /**
     * Copies of one meeting (a duplicate cluster) are read once, through their representative, and count
     * once: a fact's {@code supportCount} is the number of distinct meetings that state it.
     */
    public Briefing build(String account, List<Note> notes, Set<String> knownAccounts, LocalDate today,
                          Options options) {
        List<Note> sorted = Extras.newestFirst(notes);
        String company = app.dealbrief.domain.AccountSummary.company(account); // a sample account's company
        List<Clusters.Cluster> clusters = Clusters.of(sorted, clusterMemo);
        List<Note> reps = new ArrayList<>(clusters.size());
        clusters.forEach(c -> reps.add(c.representative()));
        Readings cache = readingsFor(knownAccounts);
        NoteReader reader = new NoteReader(lexicon, new Parties(lexicon, knownAccounts));
        List<Digest> reads = new ArrayList<>(reps.size());
        int termCount = 0;
        for (Note note : reps) {
            Digest d = cache.read(reader, note);
            reads.add(d);
            termCount += d.terms().size();
        }
        Map<String, FactRows.TermRow> terms = new LinkedHashMap<>(Math.max(16, termCount * 4 / 3 + 1));
        Map<String, FactRows.AccelRow> mix = new LinkedHashMap<>();
        Map<String, FactRows.AccelRow> history = new LinkedHashMap<>();
        Map<String, Pitch> pitches = new LinkedHashMap<>();
        List<String> signals = new ArrayList<>();
        Set<String> signalKeys = new HashSet<>();
        for (int n = 0; n < reps.size(); n++) {
            Note note = reps.get(n);
            String noteKey = "#" + clusters.get(n).id();
            Digest d = reads.get(n);
            for (int i = 0; i < d.terms().size(); i++) {
                TermExtractor.Found f = FactRows.ofAccount(company, d.terms().get(i));
                if (f == null) {
                    continue; // a deal between two other companies: context, not one of the account's terms
                }
                String key = FactRows.mergeKey(f, d.termKeys().get(i));
                FactRows.TermRow row = terms.get(key);
                if (row == null) {
                    terms.put(key, new FactRows.TermRow(f, note, noteKey));
                } else {
                    row.notes.add(noteKey);
                }
            }
            addAccelerators(d, note, noteKey, mix, history, company);
            for (int i = 0; i < d.read().pitches().size(); i++) {
                NoteReader.PitchIdea p = d.read().pitches().get(i);
                pitches.computeIfAbsent(d.pitchKeys().get(i), k -> new Pitch(p.headline(), p.rationale(),
                        Pitch.Origin.NOTE, note.id(), p.sentence(), Pitch.Status.TO_TRY));
            }
        }
        List<PartnershipTerm> termList = FactRows.ranked(terms.values().stream().map(FactRows.TermRow::term).toList());
        List<AcceleratorUse> mixList = mix.values().stream().map(FactRows.AccelRow::use).toList();
        List<AcceleratorUse> historyList = history.values().stream().map(FactRows.AccelRow::use).toList();
        Set<String> termTexts = terms.keySet();
        Extras.Summary summary = Extras.summary(reps);
        for (int n = 0; n < reads.size() && signals.size() < MAX_SIGNALS; n++) {
            addSignals(reads.get(n), summary != null && reps.get(n) == summary.note(), termTexts, signalKeys, signals);
        }
        List<Pitch> pitchList = new ArrayList<>(pitches.values());
        pitchList.addAll(playbook.pitches(termList, mixList));
        OpenItems.Actions actions = OpenItems.of(clusters, today, options.staleDays());
        return new Briefing(account, sorted.isEmpty() ? null : sorted.get(0).date(), notes.size(),
                summary == null ? null : summary.text(), signals, termList, mixList, historyList, pitchList,
                Extras.related(account, reps, withCompanies(knownAccounts), termList), actions.open(),
                People.of(company, clusters, options.me(), options.meAliases(), peopleFacts),
                summary == null ? null : summary.note().date(), actions.older(), clusters.size());
    }

    /** The accounts the caller knows plus the lexicon's companies, ignoring case. */
    private Set<String> withCompanies(Set<String> knownAccounts) {
        Set<String> all = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        all.addAll(knownAccounts);
        all.addAll(lexicon.companyNames());
        return all;
    }

    /** A note's reading with its per-note merging done and merge keys computed, so warm builds only combine. */
    private record Digest(NoteReader.Read read, List<TermExtractor.Found> terms, List<String> termKeys,
                          List<AcceleratorExtractor.Found> accelerators, List<String> lineKeys,
                          List<String> roleKeys, List<String> pitchKeys,
                          List<NoteReader.Candidate> signals, List<String> signalKeys) {
        static Digest of(NoteReader.Read read) {
            List<TermExtractor.Found> terms = FactRows.mergeWithinNote(read.terms());
            List<AcceleratorExtractor.Found> accelerators = FactRows.newestPerLine(read.accelerators());
            List<NoteReader.Candidate> signals = ranked(read.signals());
            return new Digest(read, terms, terms.stream().map(f -> Segmenter.normalise(f.text())).toList(),
                    accelerators, accelerators.stream().map(FactRows::lineKey).toList(),
                    accelerators.stream().map(f -> FactRows.lineKey(f) + "|" + f.role()).toList(),
                    read.pitches().stream().map(p -> Segmenter.normalise(p.headline())).toList(),
                    signals, signals.stream().map(c -> Segmenter.normalise(c.sentence())).toList());
        }

        /** Signal candidates worth showing, best first. */
        private static List<NoteReader.Candidate> ranked(List<NoteReader.Candidate> candidates) {
            List<NoteReader.Candidate> out = new ArrayList<>(candidates);
            out.removeIf(c -> c.score() <= 0);
            out.sort(Comparator.comparingInt(c -> -c.score()));
            return out;
        }
    }

    /** The readings cache for these known accounts: checked once per build, not once per note. */
    private synchronized Readings readingsFor(Set<String> knownAccounts) {
        if (!readings.knownAccounts.equals(knownAccounts)) {
            readings = new Readings(Set.copyOf(knownAccounts));
        }
        return readings;
    }

    /**
     * Reading is the expensive part; a note's reading depends only on its sections and the known accounts,
     * so repeated builds (switching accounts, one note edited) and identical copies reuse it. Looked up by
     * note id and confirmed by comparing sections (no hashing of the whole note on a warm build); by content
     * when the id is new or unknown, so identical copies are read once.
     */
    private static final class Readings {
        private record ById(List<Section> sections, Digest digest) {
        }

        final Set<String> knownAccounts;
        private final Map<String, ById> byId = lru();
        private final Map<List<Section>, Digest> byContent = lru();

        Readings(Set<String> knownAccounts) {
            this.knownAccounts = knownAccounts;
        }

        private static <K, V> Map<K, V> lru() {
            return new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                    return size() > CACHE_NOTES;
                }
            };
        }

        Digest read(NoteReader reader, Note note) {
            String id = note.id();
            List<Section> sections = note.sections();
            synchronized (this) {
                ById known = id == null ? null : byId.get(id);
                if (known != null && (known.sections() == sections || known.sections().equals(sections))) {
                    return known.digest();
                }
                Digest same = byContent.get(sections);
                if (same != null) {
                    remember(id, sections, same);
                    return same;
                }
            }
            Digest digest = Digest.of(reader.read(note));
            synchronized (this) {
                byContent.put(sections, digest);
                remember(id, sections, digest);
            }
            return digest;
        }

        private void remember(String id, List<Section> sections, Digest digest) {
            if (id != null) {
                byId.put(id, new ById(sections, digest));
            }
        }
    }

    /** Newest statement per vendor+family wins; older statements with another role become history. */
    private static void addAccelerators(Digest d, Note note, String noteKey, Map<String, FactRows.AccelRow> mix,
                                        Map<String, FactRows.AccelRow> history, String company) {
        for (int i = 0; i < d.accelerators().size(); i++) {
            AcceleratorExtractor.Found f = d.accelerators().get(i);
            if (f.owner() != null && !f.owner().equalsIgnoreCase(company) && !f.owner().equalsIgnoreCase(f.vendor())) {
                continue; // "CoreWeave's NVIDIA GPUs" in a note about its landlord: another company's fleet
            }
            String key = d.lineKeys().get(i);
            FactRows.AccelRow current = mix.get(key);
            if (current == null) {
                mix.put(key, new FactRows.AccelRow(f, note, noteKey));
            } else if (current.found.role() == f.role()) {
                current.notes.add(noteKey);
            } else {
                FactRows.AccelRow old = history.get(d.roleKeys().get(i));
                if (old == null) {
                    history.put(d.roleKeys().get(i), new FactRows.AccelRow(f, note, noteKey));
                } else {
                    old.notes.add(noteKey);
                }
            }
        }
    }

    private static void addSignals(Digest d, boolean newest, Set<String> termTexts, Set<String> seen,
                                   List<String> out) {
        int taken = 0;
        for (int i = 0; i < d.signals().size(); i++) {
            NoteReader.Candidate c = d.signals().get(i);
            String key = d.signalKeys().get(i);
            if (taken >= SIGNALS_PER_NOTE || out.size() >= MAX_SIGNALS) {
                return;
            }
            if ((newest && c.summary()) || termTexts.contains(key) || !seen.add(key)) {
                continue;
            }
            out.add(c.sentence());
            taken++;
        }
    }
}
