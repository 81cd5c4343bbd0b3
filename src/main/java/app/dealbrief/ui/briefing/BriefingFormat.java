package app.dealbrief.ui.briefing;

import app.dealbrief.domain.AcceleratorUse;
import app.dealbrief.domain.ActionItem;
import app.dealbrief.domain.Briefing;
import app.dealbrief.ui.common.Format;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** How a briefing reads on screen: its subtitle, the open action items, accelerator names and history. */
public final class BriefingFormat {
    private BriefingFormat() {
    }

    /** "as of 2025-11-12 · 3 notes · newest note 12 days old". */
    public static String subtitle(Briefing b, LocalDate today) {
        String asOf = b.asOf() == null ? "no dated notes" : "as of " + b.asOf();
        return asOf + " · " + Format.plural(b.noteCount(), "note", "notes")
                + (b.asOf() == null ? "" : " · " + Format.staleness(b.asOf(), today));
    }

    /** Open items, overdue first (oldest due first), then by due date, undated last. */
    public static List<ActionItem> openItems(List<ActionItem> items, LocalDate today) {
        Comparator<ActionItem> order = Comparator
                .comparing((ActionItem a) -> !(a.due() != null && a.due().isBefore(today)))
                .thenComparing(ActionItem::due, Comparator.nullsLast(Comparator.naturalOrder()));
        return items.stream().filter(ActionItem::isOpen).sorted(order).toList();
    }

    public static boolean overdue(ActionItem a, LocalDate today) {
        return a.due() != null && a.due().isBefore(today);
    }

    /**
     * One line per current accelerator that has older statements with another role:
     * "MAIA: lagging since 2025-11-12, was ramping".
     */
    public static List<String> historyLines(Briefing b) {
        List<String> lines = new ArrayList<>();
        for (AcceleratorUse now : b.acceleratorMix()) {
            List<String> was = b.acceleratorHistory().stream()
                    .filter(h -> same(h, now) && h.role() != now.role())
                    .map(h -> h.role().label() + (h.noteDate() == null ? "" : " (" + h.noteDate() + ")"))
                    .distinct()
                    .toList();
            if (!was.isEmpty()) {
                String since = now.noteDate() == null ? "" : " since " + now.noteDate();
                lines.add(name(now) + ": " + now.role().label() + since + ", was " + String.join(", then ", was));
            }
        }
        return lines;
    }

    /** "NVIDIA GPU", "Microsoft MAIA"; just the vendor when the family repeats it. */
    public static String name(AcceleratorUse u) {
        if (u.family() == null || u.family().isBlank() || u.family().equalsIgnoreCase(u.vendor())) {
            return u.vendor();
        }
        return u.vendor() + " " + u.family();
    }

    private static boolean same(AcceleratorUse a, AcceleratorUse b) {
        return a.vendor().equalsIgnoreCase(b.vendor()) && Objects.equals(a.family(), b.family());
    }

    /** Mentions per vendor across current and past statements, for the chart. */
    public static Map<String, Integer> mentionsByVendor(Briefing b) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<AcceleratorUse> all = new ArrayList<>(b.acceleratorMix());
        all.addAll(b.acceleratorHistory());
        for (AcceleratorUse u : all) {
            counts.merge(u.vendor(), Math.max(1, u.supportCount()), Integer::sum);
        }
        return counts;
    }
}
