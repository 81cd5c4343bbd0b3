package app.dealbrief.sheet;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.DealBriefException;
import app.dealbrief.domain.PageImage;
import app.dealbrief.domain.SheetOptions;

/**
 * Briefing to the one-page sheet as PDF bytes, and those bytes to preview images, so the preview,
 * the exported file and the printout are one and the same document. Thread-safe; no JavaFX.
 */
public final class SheetRenderer {

    /** The sheet as a PDF; one page, or two when options allow a continuation page and it is needed. */
    public byte[] render(Briefing b, SheetOptions o) {
        SheetLayout layout = SheetLayout.of(b, o);
        try (PDDocument doc = new PDDocument()) {
            new Painter(doc).paint(layout);
            info(doc.getDocumentInformation(), b, o);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new DealBriefException("Could not build the briefing sheet for " + b.account() + ": "
                    + e.getMessage(), e);
        }
    }

    /** One page (0-based) drawn at the given resolution, for on-screen preview. */
    public BufferedImage preview(byte[] pdf, int page, float dpi) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (page < 0 || page >= doc.getNumberOfPages()) {
                throw new IllegalArgumentException("page " + page + " of " + doc.getNumberOfPages());
            }
            return new PDFRenderer(doc).renderImageWithDPI(page, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new DealBriefException("Could not show the sheet preview: " + e.getMessage(), e);
        }
    }

    /** Every page drawn at the given resolution as plain pixels, for the on-screen preview (one PDF load). */
    public List<PageImage> pages(byte[] pdf, float dpi) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<PageImage> pages = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage img = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                int w = img.getWidth();
                int h = img.getHeight();
                pages.add(new PageImage(w, h, img.getRGB(0, 0, w, h, null, 0, w)));
            }
            return pages;
        } catch (IOException e) {
            throw new DealBriefException("Could not show the sheet preview: " + e.getMessage(), e);
        }
    }

    public int pageCount(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new DealBriefException("The sheet is not a readable PDF: " + e.getMessage(), e);
        }
    }

    private static void info(PDDocumentInformation info, Briefing b, SheetOptions o) {
        info.setTitle(b.account() + " — meeting briefing");
        info.setCreator("DealBrief");
        info.setProducer("DealBrief");
        if (o.preparedOn() != null) {
            // Dated by the preparation day, not the clock, so the same input gives the same metadata.
            Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            c.clear();
            c.set(o.preparedOn().getYear(), o.preparedOn().getMonthValue() - 1, o.preparedOn().getDayOfMonth());
            info.setCreationDate(c);
        }
    }
}
