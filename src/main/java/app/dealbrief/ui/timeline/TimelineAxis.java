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

/**
 * Events as dots on a horizontal time axis, one lane per kind, with year (or month) ticks and a "today" mark.
 * Far-future dates (an IP right to 2032 beside notes of the last few months) do not stretch the axis: they sit in
 * a zone at the right edge labelled "2032 →", after a break in the axis.
 */
final class TimelineAxis extends Pane {
    private static final double LEFT = 92;
    private static final double RIGHT = 24;
    /** The right-edge zone for far-future events. */
    static final double FAR_ZONE = 64;
    /** A date further than this past today (and past the other events) is "far". */
    static final int FAR_YEARS = 2;
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
        LocalDate today = vm.today();
        java.util.List<LocalDate> dates = events.stream().map(TimelineEvent::date).toList();
        LocalDate farFrom = farFrom(dates, today);
        LocalDate min = dates.get(0);
        LocalDate max = dates.stream().filter(d -> farFrom == null || d.isBefore(farFrom)).reduce((a, b) -> b).orElse(min);
        if (today.isAfter(min) && today.isBefore(max.plusYears(1))) {
            max = today.isAfter(max) ? today : max;
        }
        // A month of room on each side so the first and last dots are not on the edge.
        LocalDate start = min.minusMonths(1).withDayOfMonth(1);
        LocalDate end = max.plusMonths(1).withDayOfMonth(1);
        double span = Math.max(1, ChronoUnit.DAYS.between(start, end));
        double farZone = farFrom == null ? 0 : FAR_ZONE;
        double usable = w - LEFT - RIGHT - farZone;
        double farX = w - RIGHT - farZone / 2;
        java.util.function.ToDoubleFunction<LocalDate> x = d -> farFrom != null && !d.isBefore(farFrom) ? farX
                : LEFT + ChronoUnit.DAYS.between(start, d) / span * usable;

        double axisY = TOP + LANES.length * LANE + 4;
        for (int i = 0; i < LANES.length; i++) {
            Label lane = new Label(LANES[i]);
            lane.getStyleClass().addAll("timeline-lane", "muted");
            lane.relocate(8, TOP + i * LANE + 2);
            Line guide = new Line(LEFT, TOP + i * LANE + LANE / 2, w - RIGHT, TOP + i * LANE + LANE / 2);
            guide.getStyleClass().add("timeline-guide");
            getChildren().addAll(lane, guide);
        }
        Line axis = new Line(LEFT, axisY, w - RIGHT - farZone, axisY);
        axis.getStyleClass().add("timeline-line");
        getChildren().add(axis);
        if (farFrom != null) {
            // The break: two short slashes, then the far zone with its own year label.
            double bx = w - RIGHT - farZone + 6;
            for (double off : new double[] {0, 5}) {
                Line slash = new Line(bx + off - 3, axisY + 5, bx + off + 3, axisY - 5);
                slash.getStyleClass().add("timeline-line");
                getChildren().add(slash);
            }
            Line rest = new Line(bx + 12, axisY, w - RIGHT, axisY);
            rest.getStyleClass().add("timeline-line");
            getChildren().add(rest);
            int firstFar = farFrom.getYear();
            int lastFar = dates.get(dates.size() - 1).getYear();
            Label far = new Label(firstFar == lastFar ? firstFar + " →" : firstFar + "–" + (lastFar % 100 < 10 ? "0" : "")
                    + lastFar % 100 + " →");
            far.setId("timelineFar");
            far.getStyleClass().addAll("timeline-tick-label", "year", "timeline-far");
            far.setTooltip(new Tooltip("Later dates, not to scale"));
            far.relocate(farX - 20, axisY + 8);
            getChildren().add(far);
        }

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
            if (farFrom != null && !e.date().isBefore(farFrom)) {
                dot.getStyleClass().add("far");
            }
            Tooltip.install(dot, new Tooltip(TimelineViewModel.label(e) + " — " + e.text()
                    + (e.copies() > 1 ? " (×" + e.copies() + ")" : "")));
            dot.setOnMouseClicked(m -> onPick.accept(e));
            getChildren().add(dot);
        }
    }

    /**
     * The first date that is "far": more than {@link #FAR_YEARS} years after both today and the latest of the
     * other dates, so that drawing it to scale would squeeze everything else into a corner. Null when none is.
     */
    static LocalDate farFrom(java.util.List<LocalDate> sortedDates, LocalDate today) {
        LocalDate near = null;
        for (LocalDate d : sortedDates) {
            LocalDate reach = (near == null || today.isAfter(near) ? today : near).plusYears(FAR_YEARS);
            if (near != null && d.isAfter(reach)) {
                return d;
            }
            near = d;
        }
        return null;
    }
}
