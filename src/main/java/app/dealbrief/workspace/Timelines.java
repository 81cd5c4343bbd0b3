package app.dealbrief.workspace;

import app.dealbrief.domain.ActionItem;
import app.dealbrief.domain.NoteSummary;
import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.domain.TimelineEvent;
import app.dealbrief.domain.TimelineEvent.Kind;
import app.dealbrief.domain.TimelineEvent.Precision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An account's timeline from what is already known about it: its dated notes, the agreements its terms
 * name (first mentioned), terms that name a year, and action items with a due date. Near-duplicate notes
 * (same meeting saved twice) are one event, and so is an action item or term they repeat.
 */
public final class Timelines {
    private Timelines() {
    }

    public static List<TimelineEvent> build(List<NoteSummary> notes, List<ActionItem> actions,
                                            List<PartnershipTerm> terms) {
        Map<String, String> groupOf = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        for (NoteSummary n : notes) {
            groupOf.put(n.id(), n.duplicateOf() != null ? n.duplicateOf() : n.id());
            titles.put(n.id(), n.title());
        }
        List<TimelineEvent> out = new ArrayList<>();

        Map<String, List<NoteSummary>> groups = new LinkedHashMap<>();
        for (NoteSummary n : notes) {
            if (n.date() != null) {
                groups.computeIfAbsent(groupOf.get(n.id()), k -> new ArrayList<>()).add(n);
            }
        }
        groups.forEach((first, members) -> {
            NoteSummary shown = members.stream().filter(m -> m.id().equals(first)).findFirst().orElse(members.get(0));
            out.add(new TimelineEvent(shown.date(), Precision.DAY, Kind.NOTE, title(shown.title()), shown.id(),
                    title(shown.title()), members.size()));
        });

        Map<String, TimelineEvent> deadlines = new LinkedHashMap<>();
        for (ActionItem a : actions) {
            if (a.due() == null) {
                continue;
            }
            String text = a.text() + (a.owner() != null ? " (" + a.owner() + ")" : "")
                    + (a.state() == ActionItem.State.DONE ? " — done" : "");
            String noteId = a.noteId() == null ? null : groupOf.getOrDefault(a.noteId(), a.noteId());
            merge(deadlines, norm(a.text()) + "|" + a.due(),
                    new TimelineEvent(a.due(), Precision.DAY, Kind.DEADLINE, text, noteId, titles.get(noteId), 1));
        }
        out.addAll(deadlines.values());

        Map<String, TimelineEvent> agreements = new LinkedHashMap<>();
        Map<String, TimelineEvent> yearTerms = new LinkedHashMap<>();
        for (PartnershipTerm t : terms) {
            String noteId = t.noteId() == null ? null : groupOf.getOrDefault(t.noteId(), t.noteId());
            if (t.agreement() != null && t.noteDate() != null) {
                TimelineEvent e = new TimelineEvent(t.noteDate(), Precision.DAY, Kind.AGREEMENT, t.agreement(), noteId,
                        titles.get(noteId), 1);
                // The agreement sits where it was first mentioned.
                agreements.merge(norm(t.agreement()), e, (old, neu) -> neu.date().isBefore(old.date()) ? neu : old);
            }
            if (t.year() != null) {
                merge(yearTerms, norm(t.text()) + "|" + t.year(), new TimelineEvent(LocalDate.of(t.year(), 1, 1),
                        Precision.YEAR, Kind.TERM, t.text(), noteId, titles.get(noteId), Math.max(1, t.supportCount())));
            }
        }
        out.addAll(agreements.values());
        out.addAll(yearTerms.values());

        out.sort(Comparator.comparing(TimelineEvent::date).thenComparing(TimelineEvent::kind)
                .thenComparing(TimelineEvent::text, String.CASE_INSENSITIVE_ORDER));
        return List.copyOf(out);
    }

    private static void merge(Map<String, TimelineEvent> into, String key, TimelineEvent e) {
        into.merge(key, e, (old, neu) -> new TimelineEvent(old.date(), old.precision(), old.kind(), old.text(),
                old.noteId(), old.noteTitle(), old.copies() + neu.copies()));
    }

    private static String title(String t) {
        return t == null || t.isBlank() ? "(untitled)" : t;
    }

    private static String norm(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }
}
