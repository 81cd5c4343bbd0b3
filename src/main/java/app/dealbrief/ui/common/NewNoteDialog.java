package app.dealbrief.ui.common;

import app.dealbrief.domain.NoteDraft;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The small form for a new note. A field's problem shows once the user has typed in it or tried Create: an empty
 * form just opened is not an error. Create with a problem says what is wrong and keeps the dialog open.
 */
final class NewNoteDialog {
    private NewNoteDialog() {
    }

    static Optional<NoteDraft> ask(Window owner, String account) {
        Dialog<NoteDraft> dialog = new Dialog<>();
        dialog.setTitle("New note");
        dialog.setHeaderText("New note for " + account);
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, create);
        dialog.getDialogPane().setId("newNoteDialog");

        TextField title = field("newNoteTitle", "");
        TextField date = field("newNoteDate", LocalDate.now().toString());
        date.setPromptText("YYYY-MM-DD");
        TextField type = field("newNoteType", "customer");
        TextField participants = field("newNoteParticipants", "");
        participants.setPromptText("Names, comma separated");
        TextField tags = field("newNoteTags", "");
        tags.setPromptText("comma separated");
        TextField source = field("newNoteSource", "meeting");
        Label problem = new Label();
        problem.setId("newNoteProblem");
        problem.getStyleClass().add("form-problem");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        String[] labels = {"Title", "Date", "Type", "Participants", "Tags", "Source"};
        Node[] fields = {title, date, type, participants, tags, source};
        for (int i = 0; i < labels.length; i++) {
            Label label = new Label(labels[i]);
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            label.setLabelFor(fields[i]);
            grid.addRow(i, label, fields[i]);
        }
        grid.add(problem, 1, labels.length);
        dialog.getDialogPane().setContent(grid);

        java.util.function.Supplier<NoteDraft> draft = () -> new NoteDraft(title.getText(), date.getText(),
                type.getText(), NoteDraft.split(participants.getText()), NoteDraft.split(tags.getText()), source.getText());
        Node ok = dialog.getDialogPane().lookupButton(create);
        boolean[] tried = {false};
        java.util.Set<TextField> touched = new java.util.HashSet<>();
        TextField[] all = {title, date, type, participants, tags, source};
        Runnable check = () -> {
            String p = draft.get().problem();
            boolean say = p != null && (tried[0] || touched.contains(p.startsWith("Title") ? title : date));
            problem.setText(say ? p : "");
        };
        for (TextField f : all) {
            f.textProperty().addListener((obs, o, n) -> {
                touched.add(f);
                check.run();
            });
        }
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (draft.get().problem() != null) {
                tried[0] = true;
                check.run();
                e.consume(); // the dialog stays open with the reason shown
                if (draft.get().problem().startsWith("Title")) {
                    title.requestFocus();
                }
            }
        });
        dialog.setResultConverter(b -> b == create ? draft.get() : null);
        Platform.runLater(title::requestFocus);
        return dialog.showAndWait();
    }

    private static TextField field(String id, String text) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setPrefColumnCount(28);
        return f;
    }
}
