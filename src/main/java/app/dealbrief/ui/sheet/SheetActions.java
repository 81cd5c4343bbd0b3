package app.dealbrief.ui.sheet;

import app.dealbrief.domain.PageImage;
import app.dealbrief.domain.SheetOptions;
import app.dealbrief.ui.common.Background;
import app.dealbrief.ui.common.DialogService;
import app.dealbrief.workspace.Sheets;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one-page sheet: the options a user sets (paper, meeting date, attendees, panels) and what is done
 * with the one PDF the workspace lays out — previewed, exported and printed, so all three are the same.
 */
public final class SheetActions {
    private static final float PREVIEW_DPI = 110f;

    private final Sheets workspace;
    private final Background background;
    private final DialogService dialogs;
    private final Supplier<String> account;
    private final Consumer<String> status;
    private final Clock clock;
    private final ObjectProperty<SheetOptions.Paper> paper =
            new SimpleObjectProperty<>(SheetOptions.paperFor(Locale.getDefault()));
    private final ObjectProperty<LocalDate> meetingDate = new SimpleObjectProperty<>();
    private final StringProperty attendees = new SimpleStringProperty("");
    private final ObservableSet<SheetOptions.Panel> panels =
            FXCollections.observableSet(EnumSet.allOf(SheetOptions.Panel.class));

    public SheetActions(Sheets workspace, Background background, DialogService dialogs,
                        Supplier<String> account, Consumer<String> status, Clock clock) {
        this.workspace = workspace;
        this.background = background;
        this.dialogs = dialogs;
        this.account = account;
        this.status = status;
        this.clock = clock;
    }

    public ObjectProperty<SheetOptions.Paper> paperProperty() {
        return paper;
    }

    public ObjectProperty<LocalDate> meetingDateProperty() {
        return meetingDate;
    }

    public StringProperty attendeesProperty() {
        return attendees;
    }

    public ObservableSet<SheetOptions.Panel> panels() {
        return panels;
    }

    public SheetOptions options() {
        String who = attendees.get() == null || attendees.get().isBlank() ? null : attendees.get().trim();
        return new SheetOptions(paper.get(), meetingDate.get(), who,
                panels.isEmpty() ? EnumSet.noneOf(SheetOptions.Panel.class) : EnumSet.copyOf(panels), 1,
                LocalDate.now(clock));
    }

    /** The account to print, or null after telling the user to pick one. */
    public String accountOrSay() {
        String a = account.get();
        if (a == null) {
            dialogs.info("No account selected", "Select an account first; the sheet is its briefing on one page.");
        }
        return a;
    }

    /** Renders the sheet pages for the preview, in the background. */
    public void preview(String a, Consumer<List<Image>> onPages, Consumer<Throwable> onFailure) {
        SheetOptions o = options();
        background.run(() -> workspace.sheetPages(workspace.sheet(a, o), PREVIEW_DPI), (List<PageImage> pages) -> {
            List<Image> images = new ArrayList<>();
            for (PageImage p : pages) {
                images.add(image(p));
            }
            onPages.accept(images);
        }, onFailure);
    }

    static Image image(PageImage p) {
        WritableImage img = new WritableImage(p.width(), p.height());
        img.getPixelWriter().setPixels(0, 0, p.width(), p.height(), PixelFormat.getIntArgbInstance(), p.argb(), 0,
                p.width());
        return img;
    }

    public void exportPdf() {
        String a = accountOrSay();
        if (a == null) {
            return;
        }
        SheetOptions options = options();
        dialogs.chooseSaveFile("Export briefing sheet", fileName(a), "pdf").ifPresent(target -> {
            status.accept("Writing " + target.getFileName() + "…");
            background.run(() -> {
                byte[] pdf = workspace.sheet(a, options);
                Files.write(target, pdf);
                return target;
            }, (Path p) -> status.accept("Exported " + p.getFileName()), e -> {
                status.accept("");
                dialogs.error("Could not export the sheet", e);
            });
        });
    }

    /** Prints the same PDF through the system print dialog; with no printer, says so and offers the PDF. */
    public void print() {
        String a = accountOrSay();
        if (a == null) {
            return;
        }
        SheetOptions options = options();
        status.accept("Preparing the sheet for printing…");
        background.run(() -> {
            if (!workspace.hasPrinter()) {
                return false;
            }
            workspace.print(workspace.sheet(a, options), a + " briefing", true);
            return true;
        }, (Boolean printed) -> {
            if (printed) {
                status.accept("Sent " + a + " briefing to the printer");
                return;
            }
            status.accept("");
            if (dialogs.confirm("No printer", "No printer is installed on this computer. Export the sheet as PDF instead?", "Export PDF…")) {
                exportPdf();
            }
        }, e -> {
            status.accept("");
            dialogs.error("Could not print", e);
        });
    }

    static String fileName(String account) {
        return account.replaceAll("[\\\\/:*?\"<>|]", "_") + " briefing.pdf";
    }
}
