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
        // "Tags (0/0)" read as a score: say what it counts.
        tags.setShowCheckedCount(false);
        tags.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.tags().isEmpty() && vm.tagsLoadingProperty().get() ? "Tags (loading…)"
                        : tagsTitle(tags.getCheckModel().getCheckedItems().size(), vm.tags().size()),
                tags.getCheckModel().getCheckedItems(), vm.tags(), vm.tagsLoadingProperty()));
        // ControlsFX's skin redraws its text only when the checks change, not when the title does: the tags
        // arriving after the list left "none in these notes" on screen. Give the skin's box the new title.
        tags.titleProperty().addListener((obs, old, title) -> innerBox(tags).ifPresent(b -> b.setValue(title)));
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

        // One filter a line at the list's width (~280 px): side by side they squeezed the combo boxes to
        // unlabeled stubs. The dates share a line; each says what it is by its prompt.
        HBox dates = new HBox(4, from, to, clear);
        dates.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(tags, type, dates, count);
    }

    /** The combo box inside the CheckComboBox's skin, which shows the title. */
    @SuppressWarnings("unchecked")
    private static java.util.Optional<ComboBox<String>> innerBox(CheckComboBox<String> tags) {
        if (tags.getSkin() instanceof javafx.scene.control.SkinBase<?> skin) {
            return skin.getChildren().stream().filter(ComboBox.class::isInstance).map(n -> (ComboBox<String>) n).findFirst();
        }
        return java.util.Optional.empty();
    }

    /** The text the tag filter shows now (what the user reads on it). */
    public static String shownTitle(CheckComboBox<String> tags) {
        return innerBox(tags).map(ComboBox::getValue).orElse(tags.getTitle());
    }

    /** "Tags (none selected of 12)", "Tags (2 selected of 12)", "Tags (none in these notes)". */
    static String tagsTitle(int checked, int all) {
        if (all == 0) {
            return "Tags (none in these notes)";
        }
        return "Tags (" + (checked == 0 ? "none" : String.valueOf(checked)) + " selected of " + all + ")";
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
