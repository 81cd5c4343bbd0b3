package app.dealbrief.insight;

import app.dealbrief.domain.ActionItem;
import app.dealbrief.domain.Note;
import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.domain.Person;
import app.dealbrief.domain.Section;
import app.dealbrief.domain.WikiLink;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The briefing parts that need no language reading: summary, related accounts, people, action items. */
final class Extras {
    private static final int MIN_PROSE_WORDS = 6;

    private Extras() {
    }

    /** Newest first; undated notes last; ties keep their given order. */
    static List<Note> newestFirst(List<Note> notes) {
        List<Note> sorted = new ArrayList<>(notes);
        sorted.sort(Comparator.comparing(Note::date, Comparator.nullsLast(Comparator.reverseOrder())));
        return sorted;
    }

    /** A briefing's summary and the note it comes from. */
    record Summary(String text, Note note) {
    }

    /** Words of scheduling and calendar traffic: a note that is mostly these is logistics, not substance. */
    private static final List<String> LOGISTICS = List.of("reschedul", "moving our call", "move our call",
            "move the call", "moved the call", "push our call", "pushed the call", "calendar", "invite", "invitation",
            "accepted:", "declined:", "tentative:", "canceled:", "cancelled:", "out of office", "ooo", "time slot",
            "does thursday work", "does tuesday work", "does monday work", "does wednesday work", "does friday work",
            "availability", "scheduling", "zoom link", "teams link", "dial in", "dial-in");
    private static final int MIN_SUMMARY_WORDS = 8;
    private static final int SHORT_NOTE_WORDS = 60;

    /**
     * The newest substantive note's Summary section paragraphs, else its first prose paragraph. Notes with
     * no summary worth the name (empty stubs, a line or two) and scheduling traffic ("moving our call to
     * Thursday") are passed over; when every note is like that, the newest one with any text is used.
     */
    static Summary summary(List<Note> newestFirst) {
        Summary fallback = null;
        for (Note note : newestFirst) {
            String text = summaryOf(note);
            if (text == null) {
                continue;
            }
            if (Tokens.of(text).size() >= MIN_SUMMARY_WORDS && !logistics(note, text)) {
                return new Summary(text, note);
            }
            if (fallback == null) {
                fallback = new Summary(text, note);
            }
        }
        return fallback;
    }

    static boolean logistics(Note note, String summary) {
        String all = (note.title() == null ? "" : note.title()) + " " + summary;
        String lower = all.toLowerCase(Locale.ROOT);
        int bodyWords = note.body() == null ? 0 : Tokens.of(note.body()).size();
        if (bodyWords > SHORT_NOTE_WORDS * 3) {
            return false;
        }
        for (String w : LOGISTICS) {
            if (lower.contains(w)) {
                return bodyWords <= SHORT_NOTE_WORDS * 3;
            }
        }
        return false;
    }

    private static String summaryOf(Note note) {
        Section s = note.section("Summary").orElse(null);
        if (s == null) {
            s = note.section("TL;DR").orElse(note.section("Overview").orElse(null));
        }
        if (s != null) {
            List<String> paras = new ArrayList<>();
            for (Section.Block b : s.blocks()) {
                if (b.kind() == Section.Block.Kind.PARAGRAPH && b.text() != null && !b.text().isBlank()) {
                    paras.add(b.text().strip());
                }
            }
            if (paras.isEmpty()) {
                s.blocks().stream().filter(b -> b.text() != null && !b.text().isBlank())
                        .forEach(b -> paras.add(b.text().strip()));
            }
            if (!paras.isEmpty()) {
                return String.join("\n\n", paras);
            }
        }
        for (Section sec : note.sections()) {
            for (Section.Block b : sec.blocks()) {
                if (b.kind() == Section.Block.Kind.PARAGRAPH && b.text() != null
                        && Tokens.of(b.text()).size() >= MIN_PROSE_WORDS && !looksLikeHeader(b.text())) {
                    return b.text().strip();
                }
            }
        }
        return null;
    }

    private static boolean looksLikeHeader(String text) {
        int colon = text.indexOf(':');
        return colon > 0 && colon < 15 && Tokens.of(text.substring(0, colon)).size() <= 2
                && text.chars().filter(c -> c == ':').count() >= 2;
    }

    private static final int MAX_RELATED = 10;

    /**
     * Known accounts the account's notes mention (a Related list, a wiki link, a term party), ranked by how
     * many distinct notes mention them, then by first mention; at most ten. {@code known} is the accounts
     * with notes and the lexicon's companies, so file names, first names and generic words never become
     * chips. When fewer than ten are known, organisations the note's author linked under a "Related" heading
     * (a single capitalised name that is no participant, file or date, such as a data-center campus) follow.
     */
    static List<String> related(String account, List<Note> newestFirst, Set<String> known, List<PartnershipTerm> terms) {
        Map<String, String> knownByName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER); // as equalsIgnoreCase, first wins
        for (String k : known) {
            knownByName.putIfAbsent(k, k);
        }
        Ranking knownRank = new Ranking();
        Ranking linked = new Ranking();
        Set<String> people = new HashSet<>();
        for (Note note : newestFirst) {
            note.participants().forEach(p -> people.add(People.baseName(p).toLowerCase(Locale.ROOT)));
        }
        for (Note note : newestFirst) {
            Set<String> inNote = new java.util.LinkedHashSet<>();
            Set<String> listed = new java.util.LinkedHashSet<>();
            Section rel = note.section("Related").orElse(null);
            if (rel != null) {
                for (Section.Block b : rel.blocks()) {
                    if (b.text() != null && !b.text().isBlank()) {
                        listed.addAll(relatedIn(b, note.links()));
                    }
                }
            }
            inNote.addAll(listed);
            for (WikiLink l : note.links()) {
                if (l.target() != null) {
                    inNote.add(l.target());
                }
            }
            Set<String> counted = new HashSet<>();
            for (String t : inNote) {
                String k = knownByName.get(t.strip());
                if (k != null && counted.add(k.toLowerCase(Locale.ROOT))) {
                    knownRank.add(k, account);
                }
            }
            for (String t : listed) {
                String name = t.strip();
                if (!knownByName.containsKey(name) && organisationLike(name) && !people.contains(name.toLowerCase(Locale.ROOT))) {
                    linked.add(name, account);
                }
            }
        }
        for (PartnershipTerm t : terms) {
            for (String p : t.parties()) {
                String k = p == null ? null : knownByName.get(p);
                if (k != null) {
                    knownRank.add(k, account);
                }
            }
        }
        List<String> out = knownRank.top(MAX_RELATED);
        for (String s : linked.top(MAX_RELATED - out.size())) {
            out.add(s);
        }
        return out;
    }

    /** One capitalised word or a short name with no digits, dots or slashes: "Fairwater", "Stargate Abilene". */
    private static boolean organisationLike(String name) {
        if (name.isEmpty() || name.length() > 40 || !Character.isUpperCase(name.charAt(0))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isDigit(c) || c == '.' || c == '/' || c == '\\' || c == '#' || c == '|') {
                return false;
            }
        }
        return name.split("\\s+").length == 1;
    }

    /** Names counted by distinct mentions, ranked by count then by first mention. */
    private static final class Ranking {
        private final Map<String, Integer> count = new LinkedHashMap<>();
        private final Map<String, String> spelled = new LinkedHashMap<>();

        void add(String name, String account) {
            String self = app.dealbrief.domain.AccountSummary.company(account);
            if (name.equalsIgnoreCase(self) || app.dealbrief.domain.AccountSummary.isSample(name)) {
                return;
            }
            String key = name.toLowerCase(Locale.ROOT);
            spelled.putIfAbsent(key, name);
            count.merge(key, 1, Integer::sum);
        }

        List<String> top(int n) {
            List<String> keys = new ArrayList<>(spelled.keySet());
            Map<String, Integer> order = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                order.put(keys.get(i), i);
            }
            keys.sort(Comparator.comparing((String k) -> -count.get(k)).thenComparing(order::get));
            List<String> out = new ArrayList<>();
            for (String k : keys.subList(0, Math.max(0, Math.min(n, keys.size())))) {
                out.add(spelled.get(k));
            }
            return out;
        }
    }

    /**
     * What one block under "Related" names: the link targets shown in it (a "Source: [[file|alias]]" line
     * names a file, which add() drops), else a short plain bullet such as "- OpenAI".
     */
    private static List<String> relatedIn(Section.Block b, List<WikiLink> links) {
        String text = b.text().strip();
        List<String> found = new ArrayList<>();
        for (WikiLink l : links) {
            if (l.target() != null && !l.display().isBlank() && text.contains(l.display())) {
                found.add(l.target());
            }
        }
        if (found.isEmpty() && b.kind() == Section.Block.Kind.BULLET && text.length() <= 60) {
            found.add(targetFor(text, links));
        }
        return found;
    }

    private static String targetFor(String display, List<WikiLink> links) {
        for (WikiLink l : links) {
            if (l.display().equalsIgnoreCase(display) || l.target().equalsIgnoreCase(display)) {
                return l.target();
            }
        }
        return display;
    }
}
