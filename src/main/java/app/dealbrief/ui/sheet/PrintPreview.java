package app.dealbrief.ui.sheet;

import app.dealbrief.domain.SheetOptions;
import app.dealbrief.ui.common.Icons;
import app.dealbrief.ui.common.Latest;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

import java.util.List;
import java.util.Locale;

/**
 * The print preview: the sheet exactly as it prints (the workspace's PDF rendered to images), with the
 * paper size, meeting date, attendees and panel toggles that shape it.
 */
public final class PrintPreview {
    private static final double SHOWN_WIDTH = 560;
    private final Stage stage = new Stage();
    private final VBox pages = new VBox(18);
    private final Label message = new Label();
    private final SheetActions sheet;
    private final PauseTransition debounce = new PauseTransition(Duration.millis(250));
    private String account;
    private final Latest shown = new Latest();

    public PrintPreview(Window owner, SheetActions sheet, Runnable print, List<String> stylesheets) {
        this.sheet = sheet;
        stage.initOwner(owner);
        stage.setTitle("Print preview");

        ChoiceBox<SheetOptions.Paper> paper = new ChoiceBox<>();
        paper.getItems().setAll(SheetOptions.Paper.values());
        paper.valueProperty().bindBidirectional(sheet.paperProperty());
        paper.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(SheetOptions.Paper p) {
                return p == null ? "" : p == SheetOptions.Paper.LETTER ? "Letter" : "A4";
            }

            @Override
            public SheetOptions.Paper fromString(String s) {
                return null;
            }
        });
        paper.setId("paperChoice");
        DatePicker date = new DatePicker();
        date.setId("meetingDate");
        date.setPromptText("Meeting date");
        date.setPrefWidth(140);
        date.valueProperty().bindBidirectional(sheet.meetingDateProperty());
        TextField attendees = new TextField();
        attendees.setId("meetingAttendees");
        attendees.setPromptText("Attendees");
        attendees.setPrefColumnCount(18);
        attendees.textProperty().bindBidirectional(sheet.attendeesProperty());
        Button export = new Button("Export PDF…", Icons.of(Feather.DOWNLOAD));
        export.setOnAction(e -> sheet.exportPdf());
        Button printButton = new Button("Print…", Icons.of(Feather.PRINTER));
        printButton.setOnAction(e -> print.run());
        printButton.getStyleClass().add("accent");
        ToolBar bar = new ToolBar(new Label("Paper"), paper, new Separator(), new Label("Meeting"), date, attendees);
        javafx.scene.control.ButtonBar actions = new javafx.scene.control.ButtonBar();
        javafx.scene.control.ButtonBar.setButtonData(export, javafx.scene.control.ButtonBar.ButtonData.LEFT);
        javafx.scene.control.ButtonBar.setButtonData(printButton, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        actions.getButtons().addAll(export, printButton);
        actions.setPadding(new Insets(8, 12, 8, 12));

        FlowPane toggles = new FlowPane(12, 6);
        toggles.setPadding(new Insets(6, 12, 6, 12));
        toggles.getChildren().add(new Label("Include:"));
        for (SheetOptions.Panel p : SheetOptions.Panel.values()) {
            CheckBox box = new CheckBox(label(p));
            box.setId("panel-" + p.name().toLowerCase(Locale.ROOT));
            box.setSelected(sheet.panels().contains(p));
            box.selectedProperty().addListener((obs, old, on) -> {
                if (on) {
                    sheet.panels().add(p);
                } else {
                    sheet.panels().remove(p);
                }
            });
            toggles.getChildren().add(box);
        }

        message.getStyleClass().add("paper-placeholder");
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(24));
        pages.getStyleClass().add("desk");
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setFitToWidth(true);

        BorderPane root = new BorderPane(scroll, new VBox(bar, toggles), null, actions, null);
        root.setId("printPreview");
        Scene scene = new Scene(root, 760, 900);
        scene.getStylesheets().setAll(stylesheets);
        stage.setScene(scene);
        scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.ESCAPE),
                stage::close);

        debounce.setOnFinished(e -> render());
        sheet.paperProperty().addListener((obs, o, n) -> debounce.playFromStart());
        sheet.meetingDateProperty().addListener((obs, o, n) -> debounce.playFromStart());
        sheet.attendeesProperty().addListener((obs, o, n) -> debounce.playFromStart());
        sheet.panels().addListener((javafx.collections.SetChangeListener<SheetOptions.Panel>) c -> debounce.playFromStart());
    }

    private static String label(SheetOptions.Panel p) {
        return switch (p) {
            case SUMMARY -> "Summary";
            case TERMS -> "Terms";
            case ACCELERATORS -> "Accelerators";
            case PITCHES -> "Pitches";
            case ACTIONS -> "Action items";
            case PEOPLE -> "People";
            case RELATED -> "Related";
        };
    }

    public void show(String account) {
        this.account = account;
        stage.setTitle(account == null ? "Print preview" : "Print preview — " + account);
        render();
        stage.show();
        stage.toFront();
    }

    private void render() {
        if (account == null) {
            message.setText("Select an account to preview its sheet.");
            pages.getChildren().setAll(message);
            return;
        }
        Latest.Ticket mine = shown.next();
        if (pages.getChildren().isEmpty()) {
            message.setText("Laying out the sheet…");
            pages.getChildren().setAll(message);
        }
        sheet.preview(account, images -> {
            if (!mine.isLatest()) {
                return; // a newer render is on its way
            }
            pages.getChildren().clear();
            for (Image img : images) {
                ImageView view = new ImageView(img);
                view.setPreserveRatio(true);
                view.setFitWidth(SHOWN_WIDTH);
                view.setSmooth(true);
                view.getStyleClass().add("paper");
                pages.getChildren().add(view);
            }
        }, e -> {
            message.setText("The sheet could not be laid out: " + e.getMessage());
            pages.getChildren().setAll(message);
        });
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public void close() {
        stage.close();
    }
}
