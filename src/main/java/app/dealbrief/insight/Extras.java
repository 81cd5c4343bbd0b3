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

    /** The newest note's Summary section paragraphs, else its first prose paragraph, else null. */
    static String summary(List<Note> newestFirst) {
        if (newestFirst.isEmpty()) {
            return null;
        }
        Note note = newestFirst.get(0);
        Section s = note.section("Summary").orElse(null);
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

    /**
     * Targets listed under a "Related" heading, then links to known accounts, then known accounts among
     * term parties; newest note first, the account itself and file paths left out.
     */
    static List<String> related(String account, List<Note> newestFirst, Set<String> known, List<PartnershipTerm> terms) {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, String> knownByName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER); // as equalsIgnoreCase, first wins
        for (String k : known) {
            knownByName.putIfAbsent(k, k);
        }
        for (Note note : newestFirst) {
            Section rel = note.section("Related").orElse(null);
            if (rel != null) {
                for (Section.Block b : rel.blocks()) {
                    if (b.text() != null && !b.text().isBlank()) {
                        relatedIn(b, note.links()).forEach(t -> add(out, t, account));
                    }
                }
            }
        }
        for (Note note : newestFirst) {
            for (WikiLink l : note.links()) {
                String k = l.target() == null ? null : knownByName.get(l.target());
                if (k != null) {
                    add(out, k, account);
                }
            }
        }
        Set<String> partiesSeen = new HashSet<>(); // few distinct parties across thousands of terms; add() repeats are no-ops
        for (PartnershipTerm t : terms) {
            for (String p : t.parties()) {
                String k = p == null || !partiesSeen.add(p) ? null : knownByName.get(p);
                if (k != null) {
                    add(out, k, account);
                }
            }
        }
        return new ArrayList<>(out.values());
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

    private static void add(Map<String, String> out, String name, String account) {
        String n = name.strip();
        if (n.isEmpty() || n.equalsIgnoreCase(account) || n.contains("/") || n.toLowerCase(Locale.ROOT).endsWith(".md")) {
            return;
        }
        out.putIfAbsent(n.toLowerCase(Locale.ROOT), n);
    }

    /** Open items; overdue first, then by due date (undated last), then newest note first. */
    static List<ActionItem> actionItems(List<Note> newestFirst, LocalDate today) {
        Map<String, ActionItem> open = new LinkedHashMap<>();
        for (Note note : newestFirst) {
            for (ActionItem a : note.actionItems()) {
                if (!a.isOpen()) {
                    continue;
                }
                ActionItem item = a.noteId() == null && a.noteDate() == null ? a.withNote(note.id(), note.date()) : a;
                open.putIfAbsent(Segmenter.normalise(a.text()) + "|" + a.due(), item);
            }
        }
        List<ActionItem> out = new ArrayList<>(open.values());
        out.sort(Comparator.comparing((ActionItem a) -> a.due() == null || !a.due().isBefore(today))
                .thenComparing(ActionItem::due, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    /** Participants with their last contact date and how many notes name them; most recent first. */
    static List<Person> people(List<Note> newestFirst) {
        Map<String, Person> byName = new LinkedHashMap<>();
        for (Note note : newestFirst) {
            Set<String> inThisNote = new HashSet<>();
            for (String p : note.participants()) {
                if (p == null || p.isBlank()) {
                    continue;
                }
                String name = p.strip();
                // "Dana Whitfield" and "Dana Whitfield (Account Executive)" are one person; keep the role.
                String key = baseName(name).toLowerCase(Locale.ROOT);
                if (key.isEmpty() || !inThisNote.add(key)) {
                    Person known = byName.get(key);
                    if (known != null && name.length() > known.name().length() && key.equals(baseName(known.name()).toLowerCase(Locale.ROOT))) {
                        byName.put(key, new Person(name, known.lastContact(), known.noteCount()));
                    }
                    continue;
                }
                byName.merge(key, new Person(name, note.date(), 1), (a, b) -> new Person(
                        a.name().length() >= b.name().length() ? a.name() : b.name(),
                        later(a.lastContact(), b.lastContact()), a.noteCount() + 1));
            }
        }
        List<Person> out = new ArrayList<>(byName.values());
        out.sort(Comparator.comparing(Person::lastContact, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(p -> -p.noteCount()).thenComparing(Person::name));
        return out;
    }

    private static String baseName(String name) {
        int paren = name.indexOf('(');
        return (paren > 0 ? name.substring(0, paren) : name).strip();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b != null && b.isAfter(a) ? b : a;
    }
}
