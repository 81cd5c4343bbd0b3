package app.dealbrief.workspace;

import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.PageImage;
import app.dealbrief.domain.SheetOptions;
import app.dealbrief.sheet.SheetPrinter;
import app.dealbrief.sheet.SheetRenderer;

import java.util.List;
import java.util.function.Function;

/** The sheet of a briefing as PDF, its preview pages and printing; each waits for the renderer's warm-up. */
final class SheetService {
    private final SheetRenderer sheets = new SheetRenderer();
    private final SheetPrinter printer = new SheetPrinter();
    private final Function<String, Briefing> briefing;

    SheetService(Function<String, Briefing> briefing) {
        this.briefing = briefing;
    }

    byte[] sheet(String account, SheetOptions options) {
        Briefing b = briefing.apply(account);
        Warmup.awaitSheet();
        return sheets.render(b, options);
    }

    List<PageImage> pages(byte[] pdf, float dpi) {
        Warmup.awaitSheet();
        return sheets.pages(pdf, dpi);
    }

    boolean hasPrinter() {
        return printer.hasPrinter();
    }

    void print(byte[] pdf, String jobName, boolean showDialog) {
        Warmup.awaitSheet();
        printer.print(pdf, jobName, showDialog);
    }
}
