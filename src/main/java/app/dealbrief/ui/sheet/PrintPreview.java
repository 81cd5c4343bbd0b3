package app.dealbrief.ui.sheet;

import app.dealbrief.domain.SheetOptions;
import app.dealbrief.ui.common.Icons;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * The print preview window. The page image comes later (the workspace returns PDF bytes and the UI may
 * not render PDF itself); until then a paper-shaped placeholder shows the chosen size.
 */
public final class PrintPreview {
    private static final double SCALE = 0.62; // points to preview pixels
    private final Stage stage = new Stage();
    private final ImageView image = new ImageView();
    private final Label pageLabel = new Label();
    private final StackPane page = new StackPane();

    public PrintPreview(Window owner, SheetActions sheet, Runnable print, java.util.List<String> stylesheets) {
        stage.initOwner(owner);
        stage.setTitle("Print preview");
        ChoiceBox<SheetOptions.Paper> paper = new ChoiceBox<>();
        paper.getItems().setAll(SheetOptions.Paper.values());
        paper.valueProperty().bindBidirectional(sheet.paperProperty());
        paper.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(SheetOptions.Paper p) {
                return p == null ? "" : p == SheetOptions.Paper.LETTER ? "Letter (8.5 × 11 in)" : "A4 (210 × 297 mm)";
            }

            @Override
            public SheetOptions.Paper fromString(String s) {
                return null;
            }
        });
        paper.setId("paperChoice");
        Button export = new Button("Export PDF…", Icons.of(Feather.DOWNLOAD));
        export.setOnAction(e -> sheet.exportPdf());
        Button printButton = new Button("Print…", Icons.of(Feather.PRINTER));
        printButton.setOnAction(e -> print.run());
        printButton.getStyleClass().add("accent");
        ToolBar bar = new ToolBar(new Label("Paper"), paper, export, printButton);

        page.getStyleClass().add("paper");
        image.setPreserveRatio(true);
        pageLabel.getStyleClass().add("paper-placeholder");
        pageLabel.setWrapText(true);
        page.getChildren().addAll(image, pageLabel);
        StackPane desk = new StackPane(page);
        desk.getStyleClass().add("desk");
        desk.setPadding(new Insets(24));
        desk.setAlignment(Pos.CENTER);
        ScrollPane scroll = new ScrollPane(desk);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);

        BorderPane root = new BorderPane(scroll, bar, null, null, null);
        root.setId("printPreview");
        sheet.paperProperty().addListener((obs, old, p) -> sizePage(p));
        sizePage(sheet.paperProperty().get());
        Scene scene = new Scene(root, 640, 760);
        scene.getStylesheets().setAll(stylesheets);
        stage.setScene(scene);
        scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.ESCAPE),
                stage::close);
    }

    private void sizePage(SheetOptions.Paper p) {
        double w = p == SheetOptions.Paper.LETTER ? 612 : 595;
        double h = p == SheetOptions.Paper.LETTER ? 792 : 842;
        page.setMinSize(w * SCALE, h * SCALE);
        page.setMaxSize(w * SCALE, h * SCALE);
        image.setFitWidth(w * SCALE);
    }

    public void show(String account) {
        pageLabel.setText(account == null ? "Select an account to preview its sheet."
                : "One-page briefing for " + account + "\n\nThe page preview appears here once the sheet renderer is connected."
                + "\nExport PDF… and Print… work now.");
        VBox.setMargin(pageLabel, new Insets(20));
        stage.show();
        stage.toFront();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public void close() {
        stage.close();
    }
}
