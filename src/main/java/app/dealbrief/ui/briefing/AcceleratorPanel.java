package app.dealbrief.ui.briefing;

import app.dealbrief.domain.AcceleratorUse;
import app.dealbrief.domain.Briefing;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.util.Map;

/**
 * Chips per vendor+family coloured by role, the history of role changes, and mentions per vendor. A chip's
 * context menu pins, edits or dismisses it.
 */
final class AcceleratorPanel extends VBox {
    private final Navigator nav;
    private final CorrectionsViewModel vm;
    private final FlowPane chips = new FlowPane(6, 6);
    private final VBox history = new VBox(2);
    private final BarChart<String, Number> chart;
    private final NumberAxis y = new NumberAxis();

    AcceleratorPanel(Navigator nav, CorrectionsViewModel vm) {
        super(8);
        this.nav = nav;
        this.vm = vm;
        setId("acceleratorMix");
        getStyleClass().add("accelerator-mix");
        chips.getStyleClass().add("chips");
        history.getStyleClass().add("history");
        CategoryAxis x = new CategoryAxis();
        y.setMinorTickVisible(false);
        // Mentions are counted: whole-number ticks from 0 (an auto-ranged axis shows 2.5 and 7.5).
        y.setAutoRanging(false);
        y.setLowerBound(0);
        y.setTickLabelFormatter(new javafx.util.StringConverter<Number>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Long.parseLong(s);
            }
        });
        chart = new BarChart<>(x, y);
        chart.setLegendVisible(false);
        chart.setAnimated(false); // animation glitches when the data is replaced while it runs
        chart.setTitle("Mentions by vendor");
        chart.setPrefHeight(170);
        chart.setMinHeight(150);
        chart.setCategoryGap(18);
        chart.getStyleClass().add("mentions-chart");
        getChildren().addAll(chips, history, chart);
    }

    void show(Briefing b) {
        chips.getChildren().clear();
        for (AcceleratorUse u : b.acceleratorMix()) {
            chips.getChildren().add(chip(u));
        }
        if (b.acceleratorMix().isEmpty()) {
            Label none = new Label("No accelerators mentioned.");
            none.getStyleClass().add("empty-hint");
            chips.getChildren().add(none);
        }
        history.getChildren().clear();
        for (String line : BriefingFormat.historyLines(b)) {
            Label l = new Label(line);
            l.getStyleClass().add("history-line");
            l.setWrapText(true);
            history.getChildren().add(l);
        }
        history.setManaged(!history.getChildren().isEmpty());
        history.setVisible(history.isManaged());

        XYChart.Series<String, Number> series = new XYChart.Series<>();
        Map<String, Integer> counts = BriefingFormat.mentionsByVendor(b);
        counts.forEach((vendor, n) -> series.getData().add(new XYChart.Data<>(vendor, n)));
        int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        int unit = Math.max(1, (int) Math.ceil(most / 5.0));
        y.setTickUnit(unit);
        y.setUpperBound(Math.max(unit, (int) Math.ceil((double) most / unit) * unit));
        chart.getData().setAll(java.util.List.of(series));
        chart.setManaged(!counts.isEmpty());
        chart.setVisible(!counts.isEmpty());
    }

    private Label chip(AcceleratorUse u) {
        String text = BriefingFormat.name(u) + " · " + u.role().label()
                + (u.supportCount() > 1 ? " · " + u.supportCount() + " notes" : "");
        Label chip = new Label(text);
        chip.getStyleClass().addAll("chip", "role-" + u.role().label());
        chip.setTooltip(new Tooltip((u.evidence() == null ? "" : "“" + u.evidence() + "”\n")
                + (u.noteDate() == null ? "" : "Note of " + u.noteDate() + " — click to open")));
        if (u.noteId() != null) {
            chip.setOnMouseClicked(e -> {
                if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                    nav.openNote(u.noteId(), u.evidence());
                }
            });
            chip.setCursor(javafx.scene.Cursor.HAND);
        } else {
            chip.getStyleClass().add("chip-added");
        }
        boolean pinned = vm.pinned(u);
        if (pinned) {
            chip.getStyleClass().add("pinned");
        }
        javafx.scene.control.MenuItem pin = new javafx.scene.control.MenuItem(pinned ? "Unpin" : "Pin");
        pin.setOnAction(e -> vm.togglePin(u));
        javafx.scene.control.MenuItem edit = new javafx.scene.control.MenuItem("Edit…");
        edit.setOnAction(e -> vm.edit(u));
        javafx.scene.control.MenuItem dismiss = new javafx.scene.control.MenuItem("Dismiss");
        dismiss.setOnAction(e -> {
            DismissToast.show(chip, vm);
            vm.dismiss(u);
        });
        chip.setContextMenu(new javafx.scene.control.ContextMenu(pin, edit, dismiss));
        return chip;
    }
}
