package app.dealbrief.ui.timeline;

import app.dealbrief.domain.TimelineEvent;
import app.dealbrief.ui.common.Background;
import app.dealbrief.ui.common.DialogService;
import app.dealbrief.ui.common.Latest;
import app.dealbrief.workspace.Briefings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** An account's timeline, oldest first, loaded when the account changes. */
public final class TimelineViewModel {
    private final Briefings workspace;
    private final Background background;
    private final DialogService dialogs;
    private final Supplier<LocalDate> today;
    private final ObservableList<TimelineEvent> events = FXCollections.observableArrayList();
    private final ObservableList<TimelineEvent> eventsView = FXCollections.unmodifiableObservableList(events);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final Latest request = new Latest();

    public TimelineViewModel(Briefings workspace, Background background, DialogService dialogs, Supplier<LocalDate> today) {
        this.workspace = workspace;
        this.background = background;
        this.dialogs = dialogs;
        this.today = today;
    }

    public void load(String account) {
        Latest.Ticket ticket = request.next();
        events.clear();
        summary.set("");
        if (account == null) {
            return;
        }
        background.run(() -> workspace.timeline(account), (List<TimelineEvent> list) -> {
            if (ticket.isLatest()) {
                events.setAll(list);
                summary.set(describe(list));
            }
        }, e -> dialogs.error("Could not build the timeline of " + account, e));
    }

    private String describe(List<TimelineEvent> list) {
        if (list.isEmpty()) {
            return "Nothing dated yet.";
        }
        long upcoming = list.stream().filter(this::upcoming).count();
        int collapsed = list.stream().filter(e -> e.kind() == TimelineEvent.Kind.NOTE)
                .mapToInt(e -> e.copies() - 1).sum();
        return list.size() + " events from " + label(list.get(0)) + " to " + label(list.get(list.size() - 1))
                + (upcoming > 0 ? " · " + upcoming + " ahead" : "")
                + (collapsed > 0 ? " · " + collapsed + " near-duplicate notes folded in" : "");
    }

    /** After today: a deadline or an expiry still to come. */
    public boolean upcoming(TimelineEvent e) {
        return e.date().isAfter(today.get());
    }

    public LocalDate today() {
        return today.get();
    }

    static String label(TimelineEvent e) {
        return e.precision() == TimelineEvent.Precision.YEAR ? String.valueOf(e.date().getYear()) : e.date().toString();
    }

    public ObservableList<TimelineEvent> events() {
        return eventsView;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
