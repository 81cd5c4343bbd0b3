package app.dealbrief.ui.timeline;

import app.dealbrief.domain.TimelineEvent;
import app.dealbrief.ui.common.Icons;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.util.function.Consumer;

/** The Timeline tab: the axis on top, every event listed below; a click (or Enter) opens the event's note. */
public final class TimelineView extends BorderPane {
    private final ListView<TimelineEvent> list = new ListView<>();

    public TimelineView(TimelineViewModel vm, Consumer<TimelineEvent> onOpen) {
        setId("timelineView");
        getStyleClass().add("timeline-view");
        Label summary = new Label();
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(vm.summaryProperty());
        TimelineAxis axis = new TimelineAxis(vm, e -> {
            list.getSelectionModel().select(e);
            list.scrollTo(e);
            onOpen.accept(e);
        });
        VBox top = new VBox(4, summary, axis);
        top.getStyleClass().add("timeline-top");
        setTop(top);

        list.setId("timelineList");
        list.setItems(vm.events());
        list.setPlaceholder(new Label("Nothing dated for this account yet."));
        list.setCellFactory(v -> new EventCell(vm));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() >= 1 && list.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        setCenter(list);
        // Newest at the bottom is where a reader looks first; keep it in view after loading.
        vm.events().addListener((javafx.collections.ListChangeListener<TimelineEvent>) c -> {
            if (!list.getItems().isEmpty()) {
                list.scrollTo(list.getItems().size() - 1);
            }
        });
    }

    private static final class EventCell extends ListCell<TimelineEvent> {
        private final TimelineViewModel vm;
        private final Label date = new Label();
        private final Label kind = new Label();
        private final Label text = new Label();
        private final Label copies = new Label();
        private final Label source = new Label();
        private final HBox box;

        EventCell(TimelineViewModel vm) {
            this.vm = vm;
            setPrefWidth(0);
            date.getStyleClass().add("timeline-date");
            date.setMinWidth(86);
            kind.setMinWidth(Region.USE_PREF_SIZE);
            text.setWrapText(true);
            copies.getStyleClass().addAll("badge", "badge-muted");
            source.getStyleClass().add("muted");
            source.setMinWidth(0);
            VBox main = new VBox(1, text, source);
            HBox.setHgrow(main, Priority.ALWAYS);
            box = new HBox(8, date, kind, main, copies);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(TimelineEvent e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setGraphic(null);
                return;
            }
            date.setText(TimelineViewModel.label(e));
            kind.getStyleClass().setAll("label", "badge", "kind-" + e.kind().name().toLowerCase(java.util.Locale.ROOT));
            kind.setText(switch (e.kind()) {
                case NOTE -> "note";
                case AGREEMENT -> "agreement";
                case TERM -> "term";
                case DEADLINE -> "due";
            });
            kind.setGraphic(Icons.of(switch (e.kind()) {
                case NOTE -> Feather.FILE_TEXT;
                case AGREEMENT -> Feather.FILE;
                case TERM -> Feather.CALENDAR;
                case DEADLINE -> Feather.CLOCK;
            }));
            text.setText(e.text());
            text.getStyleClass().setAll("label", vm.upcoming(e) ? "timeline-upcoming" : "timeline-text");
            boolean fromNote = e.kind() != TimelineEvent.Kind.NOTE && e.noteTitle() != null;
            source.setText(fromNote ? "from " + e.noteTitle() : "");
            source.setManaged(fromNote);
            source.setVisible(fromNote);
            copies.setText("×" + e.copies());
            copies.setManaged(e.copies() > 1);
            copies.setVisible(e.copies() > 1);
            copies.setTooltip(new javafx.scene.control.Tooltip(e.kind() == TimelineEvent.Kind.NOTE
                    ? "Near-duplicate notes of this meeting, shown once" : "Stated in " + e.copies() + " notes"));
            setGraphic(box);
        }
    }
}
