package app.dealbrief.ui.briefing;

import app.dealbrief.domain.AcceleratorUse;
import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.Correction;
import app.dealbrief.domain.DealBriefException;
import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.domain.Pitch;
import app.dealbrief.ui.common.DialogService;
import app.dealbrief.ui.common.FormField;
import app.dealbrief.workspace.Briefings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the user corrected on the shown briefing (dismiss, pin, edit, add a fact), with Undo and restoring
 * dismissed facts. Each correction is stored through the workspace in the background, then the briefing is
 * built again with it.
 */
public final class CorrectionsViewModel {
    /** The briefing these corrections are made on. */
    interface Host {
        /** The shown briefing, or null. */
        Briefing shown();

        /**
         * Runs {@code change} in the background, then loads {@code account}'s briefing and corrections again;
         * {@code done} gets what the change returned, and the fresh briefing is shown unless a newer load was
         * asked for meanwhile. A failure shows {@code failure} with the reason.
         */
        <T> void changeThenReload(String account, Callable<T> change, Consumer<T> done, String failure);
    }

    private final Briefings workspace;
    private final DialogService dialogs;
    private final Host host;
    private final ObservableList<Correction> corrections = FXCollections.observableArrayList();
    private final ObservableList<Correction> correctionsView = FXCollections.unmodifiableObservableList(corrections);
    private final ObservableList<Correction> dismissed = FXCollections.observableArrayList();
    private final ObservableList<Correction> dismissedView = FXCollections.unmodifiableObservableList(dismissed);
    private final ReadOnlyStringWrapper lastChange = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Correction> undoable = new ReadOnlyObjectWrapper<>();

    CorrectionsViewModel(Briefings workspace, DialogService dialogs, Host host) {
        this.workspace = workspace;
        this.dialogs = dialogs;
        this.host = host;
    }

    /** The shown account's corrections, as just loaded. */
    void show(List<Correction> loaded) {
        corrections.setAll(loaded);
        dismissed.setAll(loaded.stream().filter(c -> c.kind() == Correction.Kind.DISMISS).toList());
    }

    /** Another account (or none) is shown: this session's Undo line does not follow it. */
    void forgetSession() {
        undoable.set(null);
        lastChange.set("");
    }

    /** Every correction of the shown account, oldest first. */
    public ObservableList<Correction> all() {
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
        return pinned(c -> c.targets(id));
    }

    public boolean pinned(AcceleratorUse u) {
        AcceleratorUse id = FactIdentity.of(corrections, u);
        return pinned(c -> c.targets(id));
    }

    public boolean pinned(Pitch p) {
        Pitch id = FactIdentity.of(corrections, p);
        return pinned(c -> c.targets(id));
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
        host.changeThenReload(c.account(), () -> {
            workspace.undoCorrection(c.id());
            return c;
        }, undone -> {
            if (undoable.get() != null && undoable.get().id() == c.id()) {
                undoable.set(null);
            }
            lastChange.set(message);
        }, "Could not take the correction back");
    }

    private void submit(Correction c, String verb) {
        host.changeThenReload(c.account(), () -> workspace.correct(c), stored -> {
            undoable.set(stored);
            lastChange.set(verb + " “" + stored.describe() + "”");
        }, "Could not save the correction");
    }

    private boolean pinned(Predicate<Correction> targets) {
        return corrections.stream().anyMatch(c -> c.kind() == Correction.Kind.PIN && targets.test(c));
    }

    private void togglePin(Predicate<Correction> targets, Supplier<Correction> pin) {
        List<Correction> pins = corrections.stream().filter(c -> c.kind() == Correction.Kind.PIN && targets.test(c)).toList();
        if (pins.isEmpty()) {
            submit(pin.get(), "Pinned");
            return;
        }
        host.changeThenReload(account(), () -> {
            pins.forEach(c -> workspace.undoCorrection(c.id()));
            return pins;
        }, unpinned -> lastChange.set("Unpinned “" + pins.get(0).describe() + "”"), "Could not unpin");
    }

    private <T> Optional<T> ask(String title, String header, List<FormField> fields,
                                Function<Map<String, String>, T> read) {
        if (host.shown() == null) {
            return Optional.empty();
        }
        return dialogs.form(title, header, fields).flatMap(answers -> {
            try {
                return Optional.of(read.apply(answers));
            } catch (DealBriefException | IllegalArgumentException e) {
                dialogs.error(title, e instanceof DealBriefException ? e : new DealBriefException(e.getMessage(), e));
                return Optional.empty();
            }
        });
    }

    private String account() {
        Briefing b = host.shown();
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
