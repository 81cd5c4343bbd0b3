package app.dealbrief.ui;

import app.dealbrief.ui.common.Icons;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;

/**
 * The one-time offer of encryption, without blocking anything: a bar under the tool bar with
 * "Set passphrase…" and "Not now". Either answer removes the bar and is remembered; cancelling the passphrase
 * dialog is no answer, so the bar stays.
 */
final class PassphraseOffer extends HBox {
    PassphraseOffer(Runnable answered, java.util.function.BooleanSupplier setPassphrase) {
        super(12);
        Label text = new Label(
                "These notes are stored unencrypted. Protect them with a passphrase in case this laptop is lost.");
        text.setWrapText(true);
        Button set = new Button("Set passphrase…", Icons.of(Feather.LOCK));
        set.setId("passphraseOfferSet");
        Button later = new Button("Not now");
        later.getStyleClass().add("flat");
        getChildren().setAll(Icons.of(Feather.SHIELD), text, set, later);
        setId("passphraseOffer");
        getStyleClass().add("offer-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(8, 12, 8, 12));
        HBox.setHgrow(text, Priority.ALWAYS);
        Runnable dismiss = () -> {
            if (getParent() instanceof javafx.scene.layout.Pane p) {
                p.getChildren().remove(this);
            }
            answered.run();
        };
        set.setOnAction(e -> {
            if (setPassphrase.getAsBoolean()) {
                dismiss.run();
            }
        });
        later.setOnAction(e -> dismiss.run());
    }
}
