package app.dealbrief.sheet;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One TrueType file held in memory: its bytes (each PDF embeds a fresh subset from them) and a parsed
 * copy used only for glyph coverage and advance widths, so layout can measure text without a PDF.
 */
final class FontFile {
    final String name;
    final byte[] bytes;
    private final TrueTypeFont ttf;
    private final CmapLookup cmap;
    private final float scale;
    private final Map<Integer, Float> widths = new HashMap<>();

    FontFile(String name, byte[] bytes) throws IOException {
        this.name = name;
        this.bytes = Tables.without(bytes, "GSUB");
        this.ttf = new TTFParser().parse(new RandomAccessReadBuffer(this.bytes));
        this.cmap = ttf.getUnicodeCmapLookup();
        this.scale = 1000f / ttf.getUnitsPerEm();
    }

    // TrueTypeFont reads its tables lazily from a shared buffer, hence the lock.
    synchronized boolean has(int codePoint) {
        return cmap.getGlyphId(codePoint) > 0;
    }

    /** Advance width in thousandths of an em, as PDF fonts count it. */
    synchronized float advance(int codePoint) {
        return widths.computeIfAbsent(codePoint, cp -> {
            try {
                return ttf.getAdvanceWidth(cmap.getGlyphId(cp)) * scale;
            } catch (IOException e) {
                return 500f;
            }
        });
    }
}
