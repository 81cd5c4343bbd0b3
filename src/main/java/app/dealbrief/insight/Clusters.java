package app.dealbrief.insight;

import app.dealbrief.domain.Note;
import app.dealbrief.domain.NoteFolders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Copies of one meeting or email, grouped. Note generators save the same call five to ten times (the same
 * {@code source_ref} but for a copy id or date suffix, a reworded summary), and vaults keep older copies in
 * {@code _archive/}, {@code duplicates/} or {@code pre-reimport-*} folders. Two notes of an account are one
 * cluster when their source stems match within a day and their wording overlaps (word-set Jaccard at least
 * 0.4), or when their wording alone overlaps at least 0.5 on the same day. Measured on the messy fixture vault
 * (4 seeds, 616 copy pairs, 27 pairs of different meetings of one account on one day): copies score 0.52 to 1
 * (median 0.85), different meetings at most 0.38 (median 0.12). Each cluster has one representative: outside
 * an archive, newest, fullest.
 */
final class Clusters {
    /** One meeting: the copy to read and every copy (the representative first). */
    record Cluster(int id, Note representative, List<Note> members) {
    }

    static final double SAME_WORDING = 0.5;
    /** Copies named alike must still share this much wording: a second meeting may reuse the file name. */
    static final double SAME_SOURCE_WORDING = 0.4;
    private static final Set<String> GENERIC_STEMS = Set.of("untitled", "meeting", "meeting notes", "notes", "note",
            "call", "call notes", "sync", "email", "inbox", "readme", "index", "summary");
    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "that", "this", "from", "are", "was",
            "were", "will", "have", "has", "had", "but", "not", "our", "their", "they", "its", "into", "about", "also",
            "can", "could", "would", "should", "been", "being", "which", "what", "when", "who", "how", "all", "any",
            "more", "most", "than", "then", "there", "these", "those", "over", "such", "via", "per", "new");

    private Clusters() {
    }

    /** Word sets and stems of note texts, cached between builds by {@link BriefingBuilder}. */
    record Memo(DerivedCache<String, Set<String>> words, DerivedCache<String, String> stems) {
        static Memo fresh() {
            return new Memo(DerivedCache.once(), DerivedCache.once());
        }

        Set<String> wordsOf(Note n) {
            return n.body() == null ? Set.of() : words.get(n.body(), Clusters::words);
        }

        String stemOf(Note n) {
            String ref = n.sourceRef() != null ? n.sourceRef() : n.path();
            return ref == null ? null : stems.get(ref, Clusters::stem);
        }
    }

    /** Clusters of {@code newestFirst}, in the order of their newest member. */
    static List<Cluster> of(List<Note> newestFirst) {
        return of(newestFirst, Memo.fresh());
    }

    static List<Cluster> of(List<Note> newestFirst, Memo memo) {
        int n = newestFirst.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        String[] stems = new String[n];
        Map<String, List<Integer>> byStem = new HashMap<>();
        Map<LocalDate, List<Integer>> byDay = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Note note = newestFirst.get(i);
            stems[i] = memo.stemOf(note);
            if (stems[i] != null && !GENERIC_STEMS.contains(stems[i])) {
                byStem.computeIfAbsent(stems[i], k -> new ArrayList<>()).add(i);
            }
            if (note.date() != null) {
                byDay.computeIfAbsent(note.date(), k -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, Set<String>> words = new HashMap<>();
        for (List<Integer> same : byStem.values()) {
            for (int a = 0; a < same.size(); a++) {
                for (int b = a + 1; b < same.size(); b++) {
                    int x = same.get(a);
                    int y = same.get(b);
                    if (!nearDays(newestFirst.get(x).date(), newestFirst.get(y).date())) {
                        continue; // "Weekly sync.md" of another week
                    }
                    Set<String> wx = words.computeIfAbsent(x, i -> memo.wordsOf(newestFirst.get(i)));
                    Set<String> wy = words.computeIfAbsent(y, i -> memo.wordsOf(newestFirst.get(i)));
                    // the same file name on the same day, yet another meeting ("renewal (2)"), shares few words
                    if (jaccard(wx, wy) >= SAME_SOURCE_WORDING) {
                        union(parent, x, y);
                    }
                }
            }
        }
        for (List<Integer> day : byDay.values()) {
            for (int a = 0; a < day.size(); a++) {
                for (int b = a + 1; b < day.size(); b++) {
                    int x = day.get(a);
                    int y = day.get(b);
                    if (find(parent, x) == find(parent, y)) {
                        continue;
                    }
                    Set<String> wx = words.computeIfAbsent(x, i -> memo.wordsOf(newestFirst.get(i)));
                    Set<String> wy = words.computeIfAbsent(y, i -> memo.wordsOf(newestFirst.get(i)));
                    if (jaccard(wx, wy) >= SAME_WORDING) {
                        union(parent, x, y);
                    }
                }
            }
        }
        Map<Integer, List<Note>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(newestFirst.get(i));
        }
        List<Cluster> out = new ArrayList<>(groups.size());
        int id = 0;
        for (List<Note> members : groups.values()) {
            List<Note> ordered = new ArrayList<>(members);
            ordered.sort(REPRESENTATIVE_FIRST);
            out.add(new Cluster(id++, ordered.get(0), List.copyOf(ordered)));
        }
        out.sort(Comparator.comparing((Cluster c) -> c.representative().date(),
                Comparator.nullsLast(Comparator.reverseOrder())));
        return out;
    }

    /** The same day, or a day apart (a copy saved past midnight or in another time zone); undated matches any. */
    private static boolean nearDays(LocalDate a, LocalDate b) {
        return a == null || b == null || Math.abs(a.toEpochDay() - b.toEpochDay()) <= 1;
    }

    /** Outside an archive folder first, then newest, then the fullest text, then by path for a stable pick. */
    private static final Comparator<Note> REPRESENTATIVE_FIRST = Comparator
            .comparing((Note x) -> NoteFolders.anyFolder(x.path(), NoteFolders::isArchive))
            .thenComparing(Note::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing((Note x) -> -(x.body() == null ? 0 : x.body().length()))
            .thenComparing(x -> Objects.toString(x.path(), ""));

    /**
     * The name a note generator gives every copy of one source: the file name without folder, extension,
     * a copy number ("(2)", " 2", "copy"), a hex copy id ("3f9a") or a trailing date or time stamp.
     */
    static String stem(String ref) {
        if (ref == null || ref.isBlank()) {
            return null;
        }
        String s = ref.replace('\\', '/');
        if (s.startsWith("[[") && s.endsWith("]]")) {
            s = s.substring(2, s.length() - 2);
            int bar = s.indexOf('|');
            s = bar >= 0 ? s.substring(0, bar) : s;
        }
        s = s.substring(s.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (s.endsWith(".md")) {
            s = s.substring(0, s.length() - 3);
        } else if (s.endsWith(".markdown")) {
            s = s.substring(0, s.length() - 9);
        }
        List<String> tokens = new ArrayList<>(List.of(s.split("[^\\p{L}\\p{N}]+")));
        tokens.removeIf(String::isEmpty);
        while (tokens.size() > 1 && copyMarker(tokens.get(tokens.size() - 1), tokens.size())) {
            tokens.remove(tokens.size() - 1);
        }
        String out = String.join(" ", tokens);
        return out.isEmpty() ? null : out;
    }

    private static boolean copyMarker(String t, int position) {
        if (t.equals("copy") || t.equals("dup") || t.equals("duplicate") || t.equals("conflict") || t.equals("old")
                || t.matches("v\\d{1,2}") || t.matches("\\d{1,3}")) {
            return true;
        }
        if (t.matches("\\d{8}(t?\\d{4,6})?") || t.matches("\\d{4,6}")) {
            return true; // 20251112, 0930, 093015
        }
        // a hex id: 4-12 hex characters with at least one digit and one letter (not a word like "face")
        return t.length() >= 4 && t.length() <= 12 && t.matches("[0-9a-f]+") && t.matches(".*\\d.*")
                && t.matches(".*[a-f].*");
    }

    /** Content words of the body (markup, numbers and short words ignored). */
    static Set<String> words(String body) {
        Set<String> out = new HashSet<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= body.length(); i++) {
            char c = i < body.length() ? body.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                w.append(Character.toLowerCase(c));
            } else {
                if (w.length() >= 3 && !STOP.contains(w.toString())) {
                    out.add(w.toString());
                }
                w.setLength(0);
            }
        }
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        int inter = 0;
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        for (String s : small) {
            if (large.contains(s)) {
                inter++;
            }
        }
        return (double) inter / (a.size() + b.size() - inter);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
