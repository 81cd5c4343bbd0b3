package app.dealbrief.ui.briefing;

import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.Correction;
import app.dealbrief.ui.common.Background;
import app.dealbrief.ui.common.DialogService;
import app.dealbrief.ui.common.Latest;
import app.dealbrief.workspace.Briefings;
import app.dealbrief.workspace.Editing;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The selected account's briefing, loaded in the background (the latest request wins), and what the user
 * sets on it: corrections ({@link #corrections()}), pitch statuses ({@link #pitchStatuses()}) and action
 * items ({@link #actionItems()}).
 */
public final class BriefingViewModel implements CorrectionsViewModel.Host {
    private final Briefings workspace;
    private final Background background;
    private final DialogService dialogs;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Briefing> briefing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    /** The account asked for whose briefing is not shown yet: the header names it at once. */
    private final ReadOnlyStringWrapper pending = new ReadOnlyStringWrapper();
    private final Latest request = new Latest();
    private final CorrectionsViewModel corrections;
    private final PitchStatuses pitchStatuses;
    private final ActionItemsViewModel actionItems;

    public BriefingViewModel(Briefings workspace, Editing editing, Background background, DialogService dialogs,
                             Clock clock) {
        this.workspace = workspace;
        this.background = background;
        this.dialogs = dialogs;
        this.clock = clock;
        this.corrections = new CorrectionsViewModel(workspace, dialogs, this);
        this.pitchStatuses = new PitchStatuses(workspace, background, dialogs, briefing::get);
        this.actionItems = new ActionItemsViewModel(editing, background, dialogs, () -> {
            Briefing b = briefing.get();
            if (b != null) {
                load(b.account());
            }
        });
    }

    /** Dismissing, pinning, editing and adding facts, with undo. */
    public CorrectionsViewModel corrections() {
        return corrections;
    }

    /** The status the user set on each pitch. */
    public PitchStatuses pitchStatuses() {
        return pitchStatuses;
    }

    /** Ticking action items done, with undo. */
    public ActionItemsViewModel actionItems() {
        return actionItems;
    }

    public void load(String account) {
        Latest.Ticket ticket = request.next();
        if (account == null) {
            pending.set(null);
            briefing.set(null);
            corrections.show(List.of());
            loading.set(false);
            return;
        }
        Briefing current = briefing.get();
        if (current == null || !current.account().equalsIgnoreCase(account)) {
            corrections.forgetSession();
            actionItems.clear();
            pending.set(account);
        }
        loading.set(true);
        background.run(() -> fetch(account), loaded -> {
            if (ticket.isLatest()) {
                loading.set(false);
                show(loaded);
                pending.set(null);
            }
        }, e -> {
            if (ticket.isLatest()) {
                loading.set(false);
                pending.set(null);
            }
            dialogs.error("Could not build the briefing for " + account, e);
        });
    }

    public ReadOnlyObjectProperty<Briefing> briefingProperty() {
        return briefing.getReadOnlyProperty();
    }

    /** The account whose briefing is on its way (null once shown): the view names it before its sections fill. */
    public ReadOnlyStringProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public Briefing shown() {
        return briefing.get();
    }

    @Override
    public <T> void changeThenReload(String account, Callable<T> change, Consumer<T> done, String failure) {
        Latest.Ticket ticket = request.next();
        background.run(() -> new Changed<>(change.call(), fetch(account)), changed -> {
            done.accept(changed.result());
            if (ticket.isLatest()) {
                show(changed.loaded());
            }
        }, e -> dialogs.error(failure, e));
    }

    private record Loaded(Briefing briefing, List<Correction> corrections) {
    }

    private record Changed<T>(T result, Loaded loaded) {
    }

    private Loaded fetch(String account) {
        return new Loaded(workspace.briefing(account), workspace.corrections(account));
    }

    private void show(Loaded loaded) {
        corrections.show(loaded.corrections());
        briefing.set(loaded.briefing());
    }
}
