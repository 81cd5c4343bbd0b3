package app.dealbrief.workspace;

import app.dealbrief.domain.PageImage;
import app.dealbrief.domain.SheetOptions;

import java.util.List;

/** The one-page briefing sheet: laid out as PDF, previewed, printed. Blocking, as every role. */
public interface Sheets {

    /** The one-page sheet as PDF bytes. */
    byte[] sheet(String account, SheetOptions options);

    /** Pages of a sheet PDF drawn for an on-screen preview: the same document that prints. */
    List<PageImage> sheetPages(byte[] pdf, float dpi);

    boolean hasPrinter();

    /**
     * Prints a sheet PDF; with {@code showDialog} the system print dialog comes first (cancel prints nothing).
     * With no printer installed, throws a DealBriefException that says so.
     */
    void print(byte[] pdf, String jobName, boolean showDialog);
}
