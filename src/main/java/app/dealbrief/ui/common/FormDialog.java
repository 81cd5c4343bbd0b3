package app.dealbrief.ui.common;

import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** A modal form of labelled text fields and choices; answers by field key. */
final class FormDialog {
    private FormDialog() {
    }

    static Optional<Map<String, String>> show(Window owner, String title, String header, List<FormField> fields) {
        Dialog<Map<String, String>> d = new Dialog<>();
        d.setTitle(title);
        d.setHeaderText(header);
        if (owner != null && owner.isShowing()) {
            d.initOwner(owner);
        }
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.getStyleClass().add("form-grid");
        Map<String, Supplier<String>> answers = new LinkedHashMap<>();
        int row = 0;
        for (FormField f : fields) {
            Control input;
            if (f.choices().isEmpty()) {
                TextField t = new TextField(f.value());
                t.setPrefColumnCount(36);
                answers.put(f.key(), t::getText);
                input = t;
            } else {
                ChoiceBox<String> c = new ChoiceBox<>();
                c.getItems().setAll(f.choices());
                c.setValue(f.choices().contains(f.value()) ? f.value() : f.choices().get(0));
                answers.put(f.key(), c::getValue);
                input = c;
            }
            input.setId("form-" + f.key());
            GridPane.setHgrow(input, Priority.ALWAYS);
            Label label = new Label(f.label());
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a label is never cut to "…"
            label.setLabelFor(input);
            grid.addRow(row++, label, input);
        }
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            Map<String, String> out = new LinkedHashMap<>();
            answers.forEach((k, v) -> out.put(k, v.get() == null ? "" : v.get().trim()));
            return out;
        });
        return d.showAndWait();
    }
}
