package app.dealbrief.ui.timeline;

import app.dealbrief.domain.TimelineEvent;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/** Events as dots on a horizontal time axis, one lane per kind, with year (or month) ticks and a "today" mark. */
final class TimelineAxis extends Pane {
    private static final double LEFT = 92;
    private static final double RIGHT = 24;
    private static final double LANE = 22;
    private static final double TOP = 8;
    private static final String[] LANES = {"Notes", "Agreements", "Terms", "Deadlines"};

    private final ObservableList<TimelineEvent> events;
    private final TimelineViewModel vm;
    private final Consumer<TimelineEvent> onPick;

    TimelineAxis(TimelineViewModel vm, Consumer<TimelineEvent> onPick) {
        this.vm = vm;
        this.events = vm.events();
        this.onPick = onPick;
        setId("timelineAxis");
        getStyleClass().add("timeline-axis");
        double height = TOP + LANES.length * LANE + 30;
        setMinHeight(height);
        setPrefHeight(height);
        events.addListener((ListChangeListener<TimelineEvent>) c -> requestLayout());
        widthProperty().addListener((obs, o, w) -> requestLayout());
    }

    @Override
    protected void layoutChildren() {
        draw();
        // Labels made during layout have no size yet: give them their CSS and preferred size now.
        for (javafx.scene.Node n : getChildren()) {
            if (n instanceof Label l) {
                l.applyCss();
                l.autosize();
            }
        }
    }

    private void draw() {
        getChildren().clear();
        double w = getWidth();
        if (events.isEmpty() || w <= LEFT + RIGHT) {
            return;
        }
        LocalDate min = events.get(0).date();
        LocalDate max = events.get(events.size() - 1).date();
        LocalDate today = vm.today();
        if (today.isAfter(min) && today.isBefore(max.plusYears(1))) {
            max = today.isAfter(max) ? today : max;
        }
        // A month of room on each side so the first and last dots are not on the edge.
        LocalDate start = min.minusMonths(1).withDayOfMonth(1);
        LocalDate end = max.plusMonths(1).withDayOfMonth(1);
        double span = Math.max(1, ChronoUnit.DAYS.between(start, end));
        double usable = w - LEFT - RIGHT;
        java.util.function.ToDoubleFunction<LocalDate> x = d -> LEFT + ChronoUnit.DAYS.between(start, d) / span * usable;

        double axisY = TOP + LANES.length * LANE + 4;
        for (int i = 0; i < LANES.length; i++) {
            Label lane = new Label(LANES[i]);
            lane.getStyleClass().addAll("timeline-lane", "muted");
            lane.relocate(8, TOP + i * LANE + 2);
            Line guide = new Line(LEFT, TOP + i * LANE + LANE / 2, w - RIGHT, TOP + i * LANE + LANE / 2);
            guide.getStyleClass().add("timeline-guide");
            getChildren().addAll(lane, guide);
        }
        Line axis = new Line(LEFT, axisY, w - RIGHT, axisY);
        axis.getStyleClass().add("timeline-line");
        getChildren().add(axis);

        boolean months = span < 600;
        for (LocalDate t = months ? start : start.withDayOfYear(1).plusYears(1); !t.isAfter(end);
             t = months ? t.plusMonths(1) : t.plusYears(1)) {
            double tx = x.applyAsDouble(t);
            if (tx < LEFT) {
                continue;
            }
            boolean year = t.getDayOfYear() == 1;
            Line tick = new Line(tx, axisY, tx, axisY + (year ? 7 : 4));
            tick.getStyleClass().add("timeline-tick");
            getChildren().add(tick);
            if (year || t.getMonthValue() % 3 == 1) {
                Label l = new Label(year ? String.valueOf(t.getYear())
                        : t.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.getDefault()));
                l.getStyleClass().addAll("timeline-tick-label", year ? "year" : "month");
                l.relocate(tx - 12, axisY + 8);
                getChildren().add(l);
            }
        }
        if (!today.isBefore(start) && !today.isAfter(end)) {
            double tx = x.applyAsDouble(today);
            Line now = new Line(tx, TOP, tx, axisY);
            now.getStyleClass().add("timeline-today");
            getChildren().add(now);
        }
        for (TimelineEvent e : events) {
            int lane = e.kind().ordinal();
            Circle dot = new Circle(x.applyAsDouble(e.date()), TOP + lane * LANE + LANE / 2, e.copies() > 1 ? 6 : 5);
            dot.getStyleClass().addAll("timeline-dot", "kind-" + e.kind().name().toLowerCase(java.util.Locale.ROOT));
            if (vm.upcoming(e)) {
                dot.getStyleClass().add("upcoming");
            }
            Tooltip.install(dot, new Tooltip(TimelineViewModel.label(e) + " — " + e.text()
                    + (e.copies() > 1 ? " (×" + e.copies() + ")" : "")));
            dot.setOnMouseClicked(m -> onPick.accept(e));
            getChildren().add(dot);
        }
    }
}
