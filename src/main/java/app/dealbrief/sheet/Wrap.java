package app.dealbrief.sheet;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Measures, wraps and shortens text with the sheet's fonts, so nothing runs past its column. */
final class Wrap {
    private static final String ELLIPSIS = "…";

    private Wrap() {
    }

    static float width(String s, Face face, float size) {
        return FontSet.get().width(s, face, size);
    }

    /** Collapses whitespace and line breaks; null becomes "". */
    static String clean(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }

    /**
     * Greedy wrap at the line-break opportunities of {@link BreakIterator} (after spaces, after the hyphen of
     * "near-term", between CJK characters); a piece wider than a line (a URL, a long id) is broken by
     * characters; past maxLines the last line ends in "…".
     */
    static List<String> lines(String text, float width, Face face, float size, int maxLines) {
        List<String> out = new ArrayList<>();
        String s = clean(text);
        if (s.isEmpty()) {
            return out;
        }
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
        breaks.setText(s);
        StringBuilder line = new StringBuilder();
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String piece = s.substring(start, end); // keeps the space after it, if any
            String candidate = line + piece;
            if (width(candidate.stripTrailing(), face, size) <= width) {
                line.append(piece);
                continue;
            }
            if (line.length() > 0) {
                out.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            // A piece alone too wide for the line: break it by characters.
            String rest = piece;
            while (width(rest.stripTrailing(), face, size) > width) {
                int cut = fitting(rest, width, face, size);
                out.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.toString().isBlank()) {
            out.add(line.toString().stripTrailing());
        }
        if (out.size() > maxLines) {
            List<String> kept = new ArrayList<>(out.subList(0, maxLines));
            kept.set(maxLines - 1, ellipsize(kept.get(maxLines - 1) + ELLIPSIS, width, face, size));
            return kept;
        }
        return out;
    }

    /** The text on one line, cut with "…" when it is too wide. */
    static String fit(String text, float width, Face face, float size) {
        String s = clean(text);
        return width(s, face, size) <= width ? s : ellipsize(s, width, face, size);
    }

    private static String ellipsize(String s, float width, Face face, float size) {
        String base = s.endsWith(ELLIPSIS) ? s.substring(0, s.length() - 1) : s;
        while (!base.isEmpty() && width(base.strip() + ELLIPSIS, face, size) > width) {
            base = base.substring(0, base.offsetByCodePoints(base.length(), -1));
        }
        return base.strip() + ELLIPSIS;
    }

    /** How many chars of s fit in width (at least one code point, so wrapping always advances). */
    private static int fitting(String s, float width, Face face, float size) {
        int end = s.offsetByCodePoints(0, 1);
        while (end < s.length()) {
            int next = s.offsetByCodePoints(end, 1);
            if (width(s.substring(0, next), face, size) > width) {
                break;
            }
            end = next;
        }
        return end;
    }
}
