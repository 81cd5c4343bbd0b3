package app.dealbrief.ui.common;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.Arrays;
import java.util.Optional;

/**
 * Asks for a passphrase: to unlock an encrypted store (one field), or to set a new one (two fields that
 * must match, at least 8 characters). The OK button stays disabled until the input is acceptable, so
 * the user sees why instead of getting an error afterwards.
 */
final class PassphraseDialog {
    static final int MIN_LENGTH = 8;

    private PassphraseDialog() {
    }

    static Optional<char[]> show(Window owner, String title, String message, boolean newPassphrase) {
        Dialog<char[]> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle(title);
        d.setHeaderText(message);
        PasswordField first = new PasswordField();
        first.setId("passphraseField");
        first.setPromptText(newPassphrase ? "New passphrase (8 characters or more)" : "Passphrase");
        PasswordField second = new PasswordField();
        second.setId("passphraseRepeat");
        second.setPromptText("Repeat it");
        Label hint = new Label();
        hint.setId("passphraseProblem");
        hint.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Passphrase"), first);
        if (newPassphrase) {
            grid.addRow(1, new Label("Repeat"), second);
            grid.add(hint, 1, 2);
        }
        d.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(newPassphrase ? "Set passphrase" : "Unlock", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        javafx.scene.Node okButton = d.getDialogPane().lookupButton(ok);
        Runnable validate = () -> {
            String a = first.getText();
            if (!newPassphrase) {
                okButton.setDisable(a.isEmpty());
                return;
            }
            String b = second.getText();
            // Said inline, and only once there is something to say it about: an empty form is not an error.
            boolean tooShort = a.length() < MIN_LENGTH;
            boolean differ = !b.isEmpty() && !b.equals(a) && !(a.startsWith(b) && second.isFocused());
            String why = differ ? "Passphrases don't match."
                    : !a.isEmpty() && tooShort ? "At least " + MIN_LENGTH + " characters." : "";
            hint.setText(why);
            hint.getStyleClass().removeAll("form-problem", "text-muted");
            hint.getStyleClass().add(differ ? "form-problem" : "text-muted");
            okButton.setDisable(tooShort || !a.equals(b));
        };
        first.textProperty().addListener((o, x, y) -> validate.run());
        second.textProperty().addListener((o, x, y) -> validate.run());
        second.focusedProperty().addListener((o, x, y) -> validate.run());
        validate.run();
        d.setResultConverter(b -> b == ok ? first.getText().toCharArray() : null);
        Platform.runLater(first::requestFocus);
        Optional<char[]> result = d.showAndWait();
        // Drop the text from the fields once read; the caller clears its copy after use.
        first.clear();
        second.clear();
        return result.filter(r -> r.length > 0 || fill(r));
    }

    private static boolean fill(char[] r) {
        Arrays.fill(r, '\0');
        return false;
    }
}
