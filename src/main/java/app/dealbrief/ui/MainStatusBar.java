package app.dealbrief.ui;

import app.dealbrief.ui.imports.ImportViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.controlsfx.control.StatusBar;

import java.util.function.Consumer;

/**
 * The status line: what the last action did, or an import's progress with a Cancel button while one runs;
 * on the right whether the editor's text is saved ({@code #saveStatus}).
 */
final class MainStatusBar extends StatusBar {
    MainStatusBar(ObservableStringValue status, Consumer<String> say, ImportViewModel importer,
                  ObservableStringValue saveStatus) {
        setId("statusBar");
        textProperty().bind(Bindings.when(importer.runningProperty()).then(importer.messageProperty()).otherwise(status));
        importer.messageProperty().addListener((obs, old, m) -> {
            if (!importer.runningProperty().get()) {
                say.accept(m);
            }
        });
        progressProperty().bind(Bindings.when(importer.runningProperty()).then(importer.progressProperty()).otherwise(0.0));
        Button cancel = new Button("Cancel import");
        cancel.getStyleClass().addAll("small", "flat");
        cancel.visibleProperty().bind(importer.runningProperty());
        cancel.managedProperty().bind(importer.runningProperty());
        cancel.setOnAction(e -> importer.cancel());
        Label save = new Label("");
        save.setId("saveStatus"); // "Saved HH:MM:SS" only once the save is committed to disk
        save.textProperty().bind(saveStatus);
        getRightItems().addAll(cancel, save);
    }
}
