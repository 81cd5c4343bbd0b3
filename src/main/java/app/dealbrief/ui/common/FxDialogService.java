package app.dealbrief.ui.common;

import app.dealbrief.domain.DealBriefException;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** JavaFX dialogs. Alerts are shown without waiting so the window keeps painting behind them. */
public final class FxDialogService implements DialogService {
    private static final Logger LOG = LoggerFactory.getLogger(FxDialogService.class);
    private final Supplier<Window> owner;

    private volatile java.util.function.Consumer<Path> fileOpener = p -> { };

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** How "Open file" opens a note's file: with the system's application for it. */
    public void setFileOpener(java.util.function.Consumer<Path> opener) {
        this.fileOpener = opener;
    }

    @Override
    public void importReport(String title, String header, String details, app.dealbrief.domain.ImportReport report,
            List<Path> roots) {
        if (report.rejected().isEmpty() && report.warnings().isEmpty()) {
            report(title, header, "");
            return;
        }
        app.dealbrief.ui.common.ImportReportDialog.show(owner.get(), title, header, report, roots, fileOpener, details);
    }

    @Override
    public void error(String title, Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof DealBriefException) {
            // The message was written for the user; details go to the log only.
            LOG.warn("{}: {}", title, cause.getMessage(), cause);
            Alert a = alert(Alert.AlertType.ERROR, title, cause.getMessage());
            a.show();
        } else {
            unexpected(title, cause);
        }
    }

    /** The only place a stack trace is shown: an error we did not foresee, with a way to copy it for a report. */
    public void unexpected(String title, Throwable failure) {
        LOG.error("{}", title, failure);
        Alert a = alert(Alert.AlertType.ERROR, title,
                "Something unexpected went wrong" + (failure.getMessage() == null ? "." : ": " + failure.getMessage()));
        String details = stackTrace(failure);
        TextArea area = readOnlyArea(details);
        a.getDialogPane().setExpandableContent(area);
        ButtonType copy = new ButtonType("Copy details", ButtonBar.ButtonData.LEFT);
        a.getButtonTypes().add(copy);
        a.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            copyToClipboard(details);
            e.consume(); // keep the dialog open after copying
        });
        a.show();
    }

    @Override
    public void info(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).show();
    }

    @Override
    public void infoAndWait(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public void report(String title, String header, String details) {
        Alert a = alert(Alert.AlertType.INFORMATION, title, null);
        a.setHeaderText(header);
        if (details != null && !details.isBlank()) {
            TextArea area = readOnlyArea(details);
            ButtonType copy = new ButtonType("Copy list", ButtonBar.ButtonData.LEFT);
            a.getButtonTypes().add(copy);
            a.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
                copyToClipboard(details);
                e.consume();
            });
            VBox box = new VBox(area);
            VBox.setVgrow(area, Priority.ALWAYS);
            a.getDialogPane().setContent(box);
            a.setResizable(true);
        }
        a.show();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        File f = chooser.showDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public List<Path> chooseFiles(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Markdown notes", "*.md", "*.markdown"));
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase() + " file", "*." + extension));
        File f = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<app.dealbrief.domain.NoteDraft> newNoteForm(String account) {
        return NewNoteDialog.ask(owner.get(), account);
    }

    @Override
    public boolean confirm(String title, String message, String confirmButton) {
        ButtonType yes = new ButtonType(confirmButton, ButtonBar.ButtonData.OK_DONE);
        Alert a = alert(Alert.AlertType.CONFIRMATION, title, message);
        a.getButtonTypes().setAll(ButtonType.CANCEL, yes);
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        return a.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<java.util.Map<String, String>> form(String title, String header, List<FormField> fields) {
        return FormDialog.show(owner.get(), title, header, fields);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase() + " file", "*." + extension));
        File f = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<char[]> askPassphrase(String title, String message, boolean newPassphrase) {
        return PassphraseDialog.show(owner.get(), title, message, newPassphrase);
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert a = new Alert(type, message == null ? "" : message, ButtonType.OK);
        a.setTitle(title);
        a.setHeaderText(type == Alert.AlertType.ERROR ? title : null);
        Window w = owner.get();
        if (w != null && w.isShowing()) {
            a.initOwner(w);
        }
        return a;
    }

    private static TextArea readOnlyArea(String text) {
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(14);
        area.setPrefColumnCount(70);
        area.getStyleClass().add("report-text");
        return area;
    }

    private static void copyToClipboard(String text) {
        ClipboardContent c = new ClipboardContent();
        c.putString(text);
        Clipboard.getSystemClipboard().setContent(c);
    }

    static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof java.util.concurrent.ExecutionException
                || c instanceof java.util.concurrent.CompletionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    static String stackTrace(Throwable t) {
        StringWriter sw = new StringWriter();
        t.printStackTrace(new PrintWriter(sw));
        return sw.toString();
    }
}
