package app.dealbrief.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Draws a {@link SheetLayout} into a PDF document with embedded, subset fonts (text stays text). */
final class Painter {
    private final PDDocument doc;
    // One PDType0Font per font file per document: each document embeds its own subset.
    private final Map<FontFile, PDType0Font> fonts = new HashMap<>();

    Painter(PDDocument doc) {
        this.doc = doc;
    }

    void paint(SheetLayout layout) throws IOException {
        for (SheetLayout.Page p : layout.pages()) {
            PDPage page = new PDPage(new PDRectangle(p.width(), p.height()));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (Op op : p.ops()) {
                    draw(cs, op, p.height());
                }
            }
        }
    }

    private void draw(PDPageContentStream cs, Op op, float h) throws IOException {
        if (op instanceof Op.Text t) {
            text(cs, t, h);
        } else if (op instanceof Op.Box b) {
            cs.addRect(b.x(), h - b.y() - b.h(), b.w(), b.h());
            if (b.dashed()) {
                cs.setLineDashPattern(new float[] {1.6f, 1.2f}, 0);
            }
            cs.setLineWidth(0.6f);
            if (b.fill() != null) {
                color(cs, b.fill(), false);
            }
            if (b.stroke() != null) {
                color(cs, b.stroke(), true);
            }
            if (b.fill() != null && b.stroke() != null) {
                cs.fillAndStroke();
            } else if (b.fill() != null) {
                cs.fill();
            } else {
                cs.stroke();
            }
            if (b.dashed()) {
                cs.setLineDashPattern(new float[0], 0);
            }
        } else if (op instanceof Op.Line l) {
            color(cs, l.color(), true);
            cs.setLineWidth(l.width());
            cs.moveTo(l.x1(), h - l.y1());
            cs.lineTo(l.x2(), h - l.y2());
            cs.stroke();
        }
    }

    private void text(PDPageContentStream cs, Op.Text t, float h) throws IOException {
        if (t.text().isBlank()) {
            return;
        }
        color(cs, t.color(), false);
        cs.beginText();
        cs.newLineAtOffset(t.x(), h - t.y());
        // Successive runs continue where the previous one ended, so mixing fonts needs no positioning.
        for (FontSet.Run run : FontSet.get().runs(t.text(), t.face())) {
            cs.setFont(font(run.font()), t.size());
            cs.showText(run.text());
        }
        cs.endText();
    }

    private PDType0Font font(FontFile f) throws IOException {
        PDType0Font font = fonts.get(f);
        if (font == null) {
            font = PDType0Font.load(doc, new ByteArrayInputStream(f.bytes), true);
            fonts.put(f, font);
        }
        return font;
    }

    private static void color(PDPageContentStream cs, Ink.Rgb c, boolean stroke) throws IOException {
        if (stroke) {
            cs.setStrokingColor(c.r() / 255f, c.g() / 255f, c.b() / 255f);
        } else {
            cs.setNonStrokingColor(c.r() / 255f, c.g() / 255f, c.b() / 255f);
        }
    }
}
