package app.dealbrief.ui.briefing;

import app.dealbrief.domain.AcceleratorUse;
import app.dealbrief.domain.ActionItem;
import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.Correction;
import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.domain.Pitch;
import app.dealbrief.ui.common.Background;
import app.dealbrief.ui.common.DialogService;
import app.dealbrief.ui.common.Format;
import app.dealbrief.ui.common.Latest;
import app.dealbrief.workspace.Briefings;
import app.dealbrief.workspace.Editing;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The selected account's briefing and what the user set on it: pitch statuses and corrections (dismiss, pin,
 * edit, add), both stored through the workspace on the background executor.
 */
public final class BriefingViewModel {
    private final Briefings workspace;
    private final Background background;
    private final DialogService dialogs;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Briefing> briefing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    // Statuses set in this session, shown at once while the workspace stores them; keyed by account and headline.
    private final Map<String, Pitch.Status> statuses = new HashMap<>();
    private final ObservableList<Correction> corrections = FXCollections.observableArrayList();
    private final ObservableList<Correction> correctionsView = FXCollections.unmodifiableObservableList(corrections);
    private final ObservableList<Correction> dismissed = FXCollections.observableArrayList();
    private final ObservableList<Correction> dismissedView = FXCollections.unmodifiableObservableList(dismissed);
    private final ReadOnlyStringWrapper lastChange = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Correction> undoable = new ReadOnlyObjectWrapper<>();
    private final Latest request = new Latest();
    private final ActionItemsViewModel actionItems;

    public BriefingViewModel(Briefings workspace, Editing editing, Background background, DialogService dialogs, Clock clock) {
        this.workspace = workspace;
        this.background = background;
        this.dialogs = dialogs;
        this.clock = clock;
        this.actionItems = new ActionItemsViewModel(editing, background, dialogs, () -> {
            Briefing b = briefing.get();
            if (b != null) {
                load(b.account());
            }
        });
    }

    /** Ticking action items done, with undo. */
    public ActionItemsViewModel actionItems() {
        return actionItems;
    }

    public void load(String account) {
        Latest.Ticket ticket = request.next();
        if (account == null) {
            briefing.set(null);
            corrections.clear();
            dismissed.clear();
            loading.set(false);
            return;
        }
        Briefing current = briefing.get();
        if (current == null || !current.account().equalsIgnoreCase(account)) {
            undoable.set(null);
            lastChange.set("");
            actionItems.clear();
        }
        loading.set(true);
        background.run(() -> fetch(account), loaded -> {
            if (ticket.isLatest()) {
                loading.set(false);
                show(loaded);
            }
        }, e -> {
            if (ticket.isLatest()) {
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

    /** Shows the status at once and stores it in the background; a failed store puts the old one back. */
    public void setStatus(Pitch p, Pitch.Status s) {
        Briefing b = briefing.get();
        if (b == null || s == null || s == status(p)) {
            return;
        }
        String account = b.account();
        String key = key(account, p);
        Pitch.Status before = statuses.put(key, s);
        background.run(() -> workspace.setPitchStatus(account, p.headline(), s), e -> {
            if (before == null) {
                statuses.remove(key);
            } else {
                statuses.put(key, before);
            }
            dialogs.error("Could not save the pitch status", e);
        });
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

    // --- Corrections ---

    private record Loaded(Briefing briefing, List<Correction> corrections) {
    }

    private record Done(Correction stored, Loaded loaded) {
    }

    private Loaded fetch(String account) {
        return new Loaded(workspace.briefing(account), workspace.corrections(account));
    }

    private void show(Loaded loaded) {
        corrections.setAll(loaded.corrections());
        dismissed.setAll(loaded.corrections().stream().filter(c -> c.kind() == Correction.Kind.DISMISS).toList());
        briefing.set(loaded.briefing());
    }

    /** Every correction of the shown account, oldest first. */
    public ObservableList<Correction> corrections() {
        return correctionsView;
    }

    /** The facts the user dismissed on the shown account: each can be restored. */
    public ObservableList<Correction> dismissed() {
        return dismissedView;
    }

    /** What the last correction did, for the Undo line ("Dismissed “…”"); empty when nothing to undo. */
    public ReadOnlyStringProperty lastChangeProperty() {
        return lastChange.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Correction> undoableProperty() {
        return undoable.getReadOnlyProperty();
    }

    public void dismiss(PartnershipTerm t) {
        submit(Correction.term(Correction.Kind.DISMISS, account(), FactIdentity.of(corrections, t), null), "Dismissed");
    }

    public void dismiss(AcceleratorUse u) {
        submit(Correction.accelerator(Correction.Kind.DISMISS, account(), FactIdentity.of(corrections, u), null), "Dismissed");
    }

    public void dismiss(Pitch p) {
        submit(Correction.pitch(Correction.Kind.DISMISS, account(), FactIdentity.of(corrections, p), null), "Dismissed");
    }

    /** Pins an unpinned fact, unpins a pinned one. */
    public void togglePin(PartnershipTerm t) {
        PartnershipTerm id = FactIdentity.of(corrections, t);
        togglePin(c -> c.targets(id), () -> Correction.term(Correction.Kind.PIN, account(), id, null));
    }

    public void togglePin(AcceleratorUse u) {
        AcceleratorUse id = FactIdentity.of(corrections, u);
        togglePin(c -> c.targets(id), () -> Correction.accelerator(Correction.Kind.PIN, account(), id, null));
    }

    public void togglePin(Pitch p) {
        Pitch id = FactIdentity.of(corrections, p);
        togglePin(c -> c.targets(id), () -> Correction.pitch(Correction.Kind.PIN, account(), id, null));
    }

    public boolean pinned(PartnershipTerm t) {
        PartnershipTerm id = FactIdentity.of(corrections, t);
        return corrections.stream().anyMatch(c -> c.kind() == Correction.Kind.PIN && c.targets(id));
    }

    public boolean pinned(AcceleratorUse u) {
        AcceleratorUse id = FactIdentity.of(corrections, u);
        return corrections.stream().anyMatch(c -> c.kind() == Correction.Kind.PIN && c.targets(id));
    }

    public boolean pinned(Pitch p) {
        Pitch id = FactIdentity.of(corrections, p);
        return corrections.stream().anyMatch(c -> c.kind() == Correction.Kind.PIN && c.targets(id));
    }

    /** Whether the user edited the fact (its values are theirs, its evidence still the note's). */
    public boolean edited(PartnershipTerm t) {
        return FactIdentity.editOf(corrections, t) != null;
    }

    public void edit(PartnershipTerm t) {
        ask("Edit term", "Correct what the notes say about this term.", FactForms.term(t), FactForms::readTerm)
                .ifPresent(v -> submit(Correction.term(Correction.Kind.EDIT, account(), FactIdentity.of(corrections, t), v), "Edited"));
    }

    public void edit(AcceleratorUse u) {
        ask("Edit accelerator", "Correct this chip's vendor, family or role.", FactForms.accelerator(u), FactForms::readAccelerator)
                .ifPresent(v -> submit(Correction.accelerator(Correction.Kind.EDIT, account(), FactIdentity.of(corrections, u), v), "Edited"));
    }

    public void edit(Pitch p) {
        ask("Edit pitch", "Reword the pitch.", FactForms.pitch(p), FactForms::readPitch)
                .ifPresent(v -> submit(Correction.pitch(Correction.Kind.EDIT, account(), FactIdentity.of(corrections, p), v), "Edited"));
    }

    public void addTerm() {
        ask("Add term", "A term the notes do not state (it shows with no note).", FactForms.term(null), FactForms::readTerm)
                .ifPresent(v -> submit(Correction.term(Correction.Kind.ADD, account(), null, v), "Added"));
    }

    public void addAccelerator() {
        ask("Add accelerator", "An accelerator the notes do not name.", FactForms.accelerator(null), FactForms::readAccelerator)
                .ifPresent(v -> submit(Correction.accelerator(Correction.Kind.ADD, account(), null, v), "Added"));
    }

    public void addPitch() {
        ask("Add pitch", "A pitch of your own.", FactForms.pitch(null), FactForms::readPitch)
                .ifPresent(v -> submit(Correction.pitch(Correction.Kind.ADD, account(), null, v), "Added"));
    }

    /** Takes back the last correction of this session. */
    public void undo() {
        Correction c = undoable.get();
        if (c != null) {
            revert(c, "Undone: " + verb(c) + " “" + c.describe() + "”");
        }
    }

    /** Brings a dismissed fact back. */
    public void restore(Correction dismissal) {
        revert(dismissal, "Restored “" + dismissal.describe() + "”");
    }

    private void revert(Correction c, String message) {
        String account = c.account();
        Latest.Ticket ticket = request.next();
        background.run(() -> {
            workspace.undoCorrection(c.id());
            return fetch(account);
        }, loaded -> {
            if (undoable.get() != null && undoable.get().id() == c.id()) {
                undoable.set(null);
            }
            lastChange.set(message);
            if (ticket.isLatest()) {
                show(loaded);
            }
        }, e -> dialogs.error("Could not take the correction back", e));
    }

    private void submit(Correction c, String verb) {
        Latest.Ticket ticket = request.next();
        String account = c.account();
        background.run(() -> {
            Correction stored = workspace.correct(c);
            return new Done(stored, fetch(account));
        }, done -> {
            undoable.set(done.stored());
            lastChange.set(verb + " “" + done.stored().describe() + "”");
            if (ticket.isLatest()) {
                show(done.loaded());
            }
        }, e -> dialogs.error("Could not save the correction", e));
    }

    private void togglePin(java.util.function.Predicate<Correction> targets, java.util.function.Supplier<Correction> pin) {
        List<Correction> pins = corrections.stream().filter(c -> c.kind() == Correction.Kind.PIN && targets.test(c)).toList();
        if (pins.isEmpty()) {
            submit(pin.get(), "Pinned");
            return;
        }
        String account = account();
        Latest.Ticket ticket = request.next();
        background.run(() -> {
            pins.forEach(c -> workspace.undoCorrection(c.id()));
            return fetch(account);
        }, loaded -> {
            lastChange.set("Unpinned “" + pins.get(0).describe() + "”");
            if (ticket.isLatest()) {
                show(loaded);
            }
        }, e -> dialogs.error("Could not unpin", e));
    }

    private <T> java.util.Optional<T> ask(String title, String header, List<app.dealbrief.ui.common.FormField> fields,
                                          java.util.function.Function<Map<String, String>, T> read) {
        if (briefing.get() == null) {
            return java.util.Optional.empty();
        }
        return dialogs.form(title, header, fields).flatMap(answers -> {
            try {
                return java.util.Optional.of(read.apply(answers));
            } catch (app.dealbrief.domain.DealBriefException | IllegalArgumentException e) {
                dialogs.error(title, e instanceof app.dealbrief.domain.DealBriefException ? e
                        : new app.dealbrief.domain.DealBriefException(e.getMessage(), e));
                return java.util.Optional.empty();
            }
        });
    }

    private String account() {
        Briefing b = briefing.get();
        if (b == null) {
            throw new IllegalStateException("no briefing shown");
        }
        return b.account();
    }

    private static String verb(Correction c) {
        return switch (c.kind()) {
            case DISMISS -> "dismissed";
            case PIN -> "pinned";
            case EDIT -> "edited";
            case ADD -> "added";
        };
    }
}
