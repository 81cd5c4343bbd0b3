package app.dealbrief.ui.sheet;

import app.dealbrief.domain.SheetOptions;
import app.dealbrief.ui.common.Background;
import app.dealbrief.ui.common.DialogService;
import app.dealbrief.workspace.Workspace;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The one-page sheet: paper choice and PDF export (the workspace lays it out; we only save the bytes). */
public final class SheetActions {
    private final Workspace workspace;
    private final Background background;
    private final DialogService dialogs;
    private final Supplier<String> account;
    private final Consumer<String> status;
    private final Clock clock;
    private final ObjectProperty<SheetOptions.Paper> paper =
            new SimpleObjectProperty<>(SheetOptions.paperFor(Locale.getDefault()));

    public SheetActions(Workspace workspace, Background background, DialogService dialogs,
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

    public SheetOptions options() {
        return SheetOptions.defaults(paper.get(), LocalDate.now(clock));
    }

    /** The account to print, or null after telling the user to pick one. */
    public String accountOrSay() {
        String a = account.get();
        if (a == null) {
            dialogs.info("No account selected", "Select an account first; the sheet is its briefing on one page.");
        }
        return a;
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

    static String fileName(String account) {
        return account.replaceAll("[\\\\/:*?\"<>|]", "_") + " briefing.pdf";
    }
}
