package app.dealbrief.ui.notes;

import app.dealbrief.ui.common.Icons;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.feather.Feather;

import java.util.ArrayList;

/** The filter bar above an account's notes: tags, type, from and to dates, and a reset button. */
public final class NoteFilters extends VBox {
    private final NoteFiltersViewModel vm;

    public NoteFilters(NoteFiltersViewModel vm) {
        super(4);
        this.vm = vm;
        setId("noteFilters");
        getStyleClass().add("note-filters");

        CheckComboBox<String> tags = new CheckComboBox<>(vm.tags());
        tags.setId("noteTagFilter");
        tags.setTitle("Tags");
        tags.setShowCheckedCount(true);
        tags.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(tags, Priority.ALWAYS);
        tags.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c ->
                vm.setTags(new ArrayList<>(tags.getCheckModel().getCheckedItems())));
        vm.selectedTags().addListener((ListChangeListener<String>) c -> {
            if (vm.selectedTags().isEmpty() && !tags.getCheckModel().getCheckedItems().isEmpty()) {
                tags.getCheckModel().clearChecks();
            }
        });

        ComboBox<String> type = new ComboBox<>(vm.types());
        type.setId("noteTypeFilter");
        type.valueProperty().bindBidirectional(vm.typeProperty());
        type.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(type, Priority.ALWAYS);

        DatePicker from = datePicker("noteFromDate", "From");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = datePicker("noteToDate", "To");
        to.valueProperty().bindBidirectional(vm.toProperty());

        Button clear = new Button(null, Icons.of(Feather.X));
        clear.setId("noteFiltersClear");
        clear.getStyleClass().addAll("flat", "button-icon");
        clear.setTooltip(new Tooltip("Show all notes"));
        clear.setOnAction(e -> vm.reset());

        Label count = new Label();
        count.setId("noteFilterCount");
        count.getStyleClass().add("muted");
        count.textProperty().bind(vm.countProperty());
        count.managedProperty().bind(count.textProperty().isNotEmpty());
        count.visibleProperty().bind(count.managedProperty());

        HBox first = new HBox(4, tags, type);
        HBox second = new HBox(4, from, to, clear);
        second.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(first, second, count);
    }

    private static DatePicker datePicker(String id, String prompt) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setPromptText(prompt);
        p.setMaxWidth(Double.MAX_VALUE);
        p.setPrefWidth(120);
        HBox.setHgrow(p, Priority.ALWAYS);
        return p;
    }

    public NoteFiltersViewModel viewModel() {
        return vm;
    }
}
