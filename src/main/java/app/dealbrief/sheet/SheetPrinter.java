package app.dealbrief.sheet;

import java.awt.GraphicsEnvironment;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;

import javax.print.DocFlavor;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import javax.print.PrintServiceLookup;
import javax.print.ServiceUI;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

import app.dealbrief.domain.DealBriefException;

/**
 * Prints the rendered sheet PDF through the Java print service. PDFBox's pageable sends the PDF's own
 * drawing (text stays text), unlike printing a JavaFX node, which becomes a picture. Blocks until the
 * job is spooled: call it off the UI thread.
 */
public final class SheetPrinter {
    static final String NO_PRINTER = "No printer is installed. Export the sheet as PDF instead.";

    public boolean hasPrinter() {
        return service() != null;
    }

    /** Prints; with showDialog the system dialog comes first (skipped when headless). Cancel does nothing. */
    public void print(byte[] pdf, String jobName, boolean showDialog) {
        PrintService service = service();
        if (service == null) {
            throw new DealBriefException(NO_PRINTER);
        }
        if (showDialog && !GraphicsEnvironment.isHeadless()) {
            // The system print dialog picks the printer and its settings; the PDF itself is then sent.
            PrintRequestAttributeSet attrs = new HashPrintRequestAttributeSet();
            PrintService chosen = ServiceUI.printDialog(null, 120, 120,
                    PrintServiceLookup.lookupPrintServices(null, null), service, DocFlavor.BYTE_ARRAY.PDF, attrs);
            if (chosen == null) {
                return;
            }
            service = chosen;
            showDialog = false;
        }
        if (!showDialog && service.isDocFlavorSupported(DocFlavor.BYTE_ARRAY.PDF)) {
            printRaw(service, pdf, jobName);
            return;
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(jobName == null || jobName.isBlank() ? "DealBrief sheet" : jobName);
            job.setPageable(new PDFPageable(doc));
            if (showDialog && !GraphicsEnvironment.isHeadless() && !job.printDialog()) {
                return;
            }
            job.print();
        } catch (PrinterException e) {
            throw new DealBriefException("Printing failed: " + e.getMessage()
                    + ". Export the sheet as PDF and print that instead.", e);
        } catch (IOException e) {
            throw new DealBriefException("The sheet could not be read for printing: " + e.getMessage(), e);
        }
    }

    /**
     * Sends the PDF itself to a printer that takes PDF (CUPS does): the printed document is exactly the
     * exported one, text included. Java2D printing would redraw it and turn the text into shapes.
     */
    private static void printRaw(PrintService service, byte[] pdf, String jobName) {
        PrintRequestAttributeSet attrs = new HashPrintRequestAttributeSet();
        attrs.add(new JobName(jobName == null || jobName.isBlank() ? "DealBrief sheet" : jobName, null));
        try {
            service.createPrintJob().print(new SimpleDoc(pdf, DocFlavor.BYTE_ARRAY.PDF, null), attrs);
        } catch (PrintException e) {
            throw new DealBriefException("Printing failed: " + e.getMessage()
                    + ". Export the sheet as PDF and print that instead.", e);
        }
    }

    /** The default printer, else the first one found; null when none is installed. */
    private static PrintService service() {
        PrintService def = PrintServiceLookup.lookupDefaultPrintService();
        if (def != null) {
            return def;
        }
        PrintService[] all = PrintServiceLookup.lookupPrintServices(null, null);
        return all.length > 0 ? all[0] : null;
    }
}
