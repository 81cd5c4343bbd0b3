package app.dealbrief.ui;

import app.dealbrief.domain.DealBriefException;
import app.dealbrief.ui.common.DialogService;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;
import javafx.stage.Window;

import java.util.function.Consumer;

/** Prints a node through the system print dialog, scaled down to the printable width. */
final class Printing {
    private Printing() {
    }

    static void print(Window owner, Region node, DialogService dialogs, Consumer<String> status) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            dialogs.error("Print", new DealBriefException("No printer is set up on this computer. Use Export PDF… instead."));
            return;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        PageLayout page = job.getJobSettings().getPageLayout();
        double scale = Math.min(1, page.getPrintableWidth() / node.getWidth());
        Scale s = new Scale(scale, scale);
        node.getTransforms().add(s);
        try {
            boolean ok = job.printPage(node);
            if (ok && job.endJob()) {
                status.accept("Sent to the printer");
            } else {
                dialogs.error("Print", new DealBriefException("The printer did not accept the page."));
            }
        } finally {
            node.getTransforms().remove(s);
        }
    }
}
