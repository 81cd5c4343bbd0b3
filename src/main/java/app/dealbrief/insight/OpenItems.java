package app.dealbrief.insight;

import app.dealbrief.domain.ActionItem;
import app.dealbrief.domain.Note;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The account's real open action items. An item ticked done or cancelled in any copy of its meeting, or in
 * any later note, is closed everywhere; the same item in several copies of one meeting is one item, and
 * {@code copies} counts the distinct meetings that list it. Items overdue past the staleness horizon fold
 * into "older" instead of crowding the sheet.
 */
final class OpenItems {
    record Actions(List<ActionItem> open, List<ActionItem> older) {
    }

    private OpenItems() {
    }

    static Actions of(List<Clusters.Cluster> clusters, LocalDate today, int staleDays) {
        Set<String> closed = new HashSet<>();
        for (Clusters.Cluster c : clusters) {
            for (Note n : c.members()) {
                for (ActionItem a : n.actionItems()) {
                    if (!a.isOpen()) {
                        closed.add(key(a));
                    }
                }
            }
        }
        Map<String, ActionItem> open = new LinkedHashMap<>();
        Map<String, Set<Integer>> meetings = new HashMap<>();
        for (Clusters.Cluster c : clusters) {
            for (Note n : c.members()) {
                for (ActionItem a : n.actionItems()) {
                    String k = key(a);
                    if (!a.isOpen() || closed.contains(k)) {
                        continue;
                    }
                    ActionItem item = a.noteId() == null && a.noteDate() == null ? a.withNote(n.id(), n.date()) : a;
                    ActionItem old = open.get(k);
                    if (old == null || rank(item.state()) > rank(old.state())) {
                        open.put(k, old == null ? item : item.withNote(old.noteId(), old.noteDate()));
                    }
                    meetings.computeIfAbsent(k, x -> new HashSet<>()).add(c.id());
                }
            }
        }
        LocalDate horizon = today.minusDays(staleDays);
        List<ActionItem> current = new ArrayList<>();
        List<ActionItem> older = new ArrayList<>();
        open.forEach((k, a) -> {
            ActionItem withCopies = a.withCopies(meetings.get(k).size());
            (a.due() != null && a.due().isBefore(horizon) ? older : current).add(withCopies);
        });
        Comparator<ActionItem> order = Comparator.comparing((ActionItem a) -> a.due() == null || !a.due().isBefore(today))
                .thenComparing(ActionItem::due, Comparator.nullsLast(Comparator.naturalOrder()));
        current.sort(order);
        older.sort(order);
        return new Actions(current, older);
    }

    /** A later word on an item wins: in progress over open over proposed. */
    private static int rank(ActionItem.State s) {
        return switch (s) {
            case IN_PROGRESS -> 3;
            case OPEN -> 2;
            case QUESTION -> 1;
            default -> 0;
        };
    }

    private static String key(ActionItem a) {
        return Segmenter.normalise(a.text());
    }
}
