package app.dealbrief.sheet;

import java.util.ArrayList;
import java.util.List;

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

    /** Greedy word wrap; words wider than a line are broken; past maxLines the last line ends in "…". */
    static List<String> lines(String text, float width, Face face, float size, int maxLines) {
        List<String> out = new ArrayList<>();
        String s = clean(text);
        if (s.isEmpty()) {
            return out;
        }
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, face, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
            }
            // A word alone too wide for the line (a URL, a long id): break it by characters.
            String rest = word;
            while (width(rest, face, size) > width) {
                int cut = fitting(rest, width, face, size);
                out.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0) {
            out.add(line.toString());
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
