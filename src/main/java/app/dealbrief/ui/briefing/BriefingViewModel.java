package app.dealbrief.ui.briefing;

import app.dealbrief.domain.AcceleratorUse;
import app.dealbrief.domain.ActionItem;
import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.Pitch;
import app.dealbrief.ui.common.Background;
import app.dealbrief.ui.common.DialogService;
import app.dealbrief.ui.common.Format;
import app.dealbrief.workspace.Workspace;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The selected account's briefing and what the user set on it (pitch status, for now in memory). */
public final class BriefingViewModel {
    private final Workspace workspace;
    private final Background background;
    private final DialogService dialogs;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Briefing> briefing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    // Keyed by account and headline: the workspace does not store statuses yet, and headlines are stable.
    private final Map<String, Pitch.Status> statuses = new HashMap<>();
    private long request;

    public BriefingViewModel(Workspace workspace, Background background, DialogService dialogs, Clock clock) {
        this.workspace = workspace;
        this.background = background;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    public void load(String account) {
        long ticket = ++request;
        if (account == null) {
            briefing.set(null);
            loading.set(false);
            return;
        }
        loading.set(true);
        background.run(() -> workspace.briefing(account), b -> {
            if (ticket == request) {
                loading.set(false);
                briefing.set(b);
            }
        }, e -> {
            if (ticket == request) {
                loading.set(false);
            }
            dialogs.error("Could not build the briefing for " + account, e);
        });
    }

    public ReadOnlyObjectProperty<Briefing> briefingProperty() {
        return briefing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Pitch.Status status(Pitch p) {
        Briefing b = briefing.get();
        Pitch.Status s = b == null ? null : statuses.get(key(b.account(), p));
        return s != null ? s : p.status() != null ? p.status() : Pitch.Status.TO_TRY;
    }

    public void setStatus(Pitch p, Pitch.Status s) {
        Briefing b = briefing.get();
        if (b != null && s != null) {
            statuses.put(key(b.account(), p), s);
        }
    }

    private static String key(String account, Pitch p) {
        return account.toLowerCase(java.util.Locale.ROOT) + "\u0000" + p.headline();
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
