package app.dealbrief.sheet;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes tables from a TrueType file. We drop GSUB: PDFBox 3 runs glyph substitution on every
 * showText of a font that has it, which made painting several times slower, can turn "fi" into a
 * ligature glyph that copies badly out of the PDF, and makes drawn widths differ from measured ones.
 */
final class Tables {
    private Tables() {
    }

    static byte[] without(byte[] font, String tag) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int version = in.getInt(0);
        int count = in.getShort(4) & 0xffff;
        List<int[]> kept = new ArrayList<>(); // {tag, checksum, offset, length}
        for (int i = 0; i < count; i++) {
            int at = 12 + 16 * i;
            int t = in.getInt(at);
            if (t != tagOf(tag)) {
                kept.add(new int[] {t, in.getInt(at + 4), in.getInt(at + 8), in.getInt(at + 12)});
            }
        }
        if (kept.size() == count) {
            return font;
        }
        int n = kept.size();
        int size = 12 + 16 * n;
        for (int[] k : kept) {
            size += align(k[3]);
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int pow = Integer.highestOneBit(n);
        out.putInt(version).putShort((short) n).putShort((short) (pow * 16))
                .putShort((short) (31 - Integer.numberOfLeadingZeros(pow))).putShort((short) (n * 16 - pow * 16));
        int offset = 12 + 16 * n;
        for (int[] k : kept) {
            out.putInt(k[0]).putInt(k[1]).putInt(offset).putInt(k[3]);
            offset += align(k[3]);
        }
        for (int[] k : kept) {
            out.put(font, k[2], k[3]);
            out.position(out.position() + align(k[3]) - k[3]);
        }
        return out.array();
    }

    private static int align(int length) {
        return (length + 3) & ~3;
    }

    private static int tagOf(String tag) {
        return tag.charAt(0) << 24 | tag.charAt(1) << 16 | tag.charAt(2) << 8 | tag.charAt(3);
    }
}
