package app.dealbrief.notes;

import app.dealbrief.domain.WikiLink;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Obsidian wiki links, found by a hand-written linear scan (a regex over untrusted megabyte lines is a
 * backtracking risk). Before commonmark sees a body each link becomes a placeholder of private-use
 * characters, so an alias's {@code |} cannot split a table cell and its text cannot turn into emphasis.
 */
final class WikiLinks {
    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';

    private WikiLinks() {
    }

    /** The parts of {@code target#heading|alias}; heading and alias null when absent. */
    record Parsed(String target, String heading, String alias, boolean embed) {
        String display() {
            if (alias != null && !alias.isBlank()) {
                return alias;
            }
            return target.isEmpty() && heading != null ? heading : target;
        }

        /** Embeds of images, PDFs, Bases ... are attachments, not links to notes. */
        boolean attachment() {
            if (!embed) {
                return false;
            }
            int slash = target.lastIndexOf('/');
            int dot = target.lastIndexOf('.');
            if (dot <= slash || dot == target.length() - 1) {
                return false;
            }
            return !target.substring(dot + 1).equalsIgnoreCase("md");
        }

        WikiLink link() {
            return new WikiLink(target, heading, alias);
        }
    }

    static Parsed split(String inner) {
        return split(inner, false);
    }

    private static Parsed split(String inner, boolean embed) {
        String alias = null;
        String rest = inner;
        int bar = inner.indexOf('|');
        if (bar >= 0) {
            alias = inner.substring(bar + 1).strip();
            rest = inner.substring(0, bar);
            // inside a table Obsidian users escape the bar as \|
            if (rest.endsWith("\\")) {
                rest = rest.substring(0, rest.length() - 1);
            }
        }
        String heading = null;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            heading = rest.substring(hash + 1).strip();
            rest = rest.substring(0, hash);
        }
        return new Parsed(rest.strip(), heading == null || heading.isEmpty() ? null : heading,
                alias == null || alias.isEmpty() ? null : alias, embed);
    }

    /** A body with links replaced by placeholders, and the links in order of appearance. */
    record Protected(String text, List<Parsed> links) {
        /** Replaces placeholders with each link's display text (attachments vanish). */
        String resolve(String s) {
            return replace(s, false);
        }

        /** Like {@link #resolve} but shows link targets: a person's name rather than a nickname. */
        String resolveTargets(String s) {
            return replace(s, true);
        }

        /** The link whose placeholder starts {@code s}, or null. */
        Parsed leading(String s) {
            if (s.isEmpty() || s.charAt(0) != OPEN) {
                return null;
            }
            int end = s.indexOf(CLOSE);
            Integer n = end > 1 ? index(s, 1, end) : null;
            return n == null ? null : links.get(n);
        }

        private String replace(String s, boolean targets) {
            if (s.indexOf(OPEN) < 0) {
                return s;
            }
            StringBuilder out = new StringBuilder(s.length());
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                int end = c == OPEN ? s.indexOf(CLOSE, i + 1) : -1;
                Integer n = end > i + 1 ? index(s, i + 1, end) : null;
                if (n == null) {
                    if (c != OPEN && c != CLOSE) {
                        out.append(c);
                    }
                    i++;
                    continue;
                }
                Parsed p = links.get(n);
                if (!p.attachment()) {
                    out.append(targets && !p.target().isEmpty() ? p.target() : p.display());
                }
                i = end + 1;
            }
            return out.toString();
        }

        private Integer index(String s, int from, int to) {
            if (to - from > 9) {
                return null;
            }
            int n = 0;
            for (int k = from; k < to; k++) {
                char d = s.charAt(k);
                if (d < '0' || d > '9') {
                    return null;
                }
                n = n * 10 + (d - '0');
            }
            return n < links.size() ? n : null;
        }
    }

    static Protected protect(String text) {
        List<Parsed> links = new ArrayList<>();
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (int[] m : scan(text)) {
            boolean embed = m[0] > 0 && text.charAt(m[0] - 1) == '!';
            int start = embed ? m[0] - 1 : m[0];
            appendClean(out, text, copied, start);
            out.append(OPEN).append(links.size()).append(CLOSE);
            links.add(split(text.substring(m[0] + 2, m[1] - 2), embed));
            copied = m[1];
        }
        appendClean(out, text, copied, text.length());
        return new Protected(out.toString(), links);
    }

    // stray private-use characters in the input must not be mistaken for placeholders
    private static void appendClean(StringBuilder out, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            out.append(c == OPEN || c == CLOSE ? ' ' : c);
        }
    }

    /** Adds the links of {@code text} to {@code out}, skipping attachments and targets already present. */
    static void collect(String text, List<WikiLink> out) {
        Set<String> seen = new HashSet<>();
        for (WikiLink l : out) {
            seen.add(l.target().toLowerCase(Locale.ROOT));
        }
        for (int[] m : scan(text)) {
            boolean embed = m[0] > 0 && text.charAt(m[0] - 1) == '!';
            Parsed p = split(text.substring(m[0] + 2, m[1] - 2), embed);
            if (!p.target().isEmpty() && !p.attachment() && seen.add(p.target().toLowerCase(Locale.ROOT))) {
                out.add(p.link());
            }
        }
    }

    /**
     * Spans {@code [start, end)} of {@code [[...]]} links. A link never crosses a line; when a line has no
     * closing {@code ]]} left the rest of it is skipped, which keeps the scan linear.
     */
    /** indexOf bounded by {@code to}, so a line without a closing bracket does not search the whole file. */
    private static int indexBefore(String text, String s, int from, int to) {
        for (int i = from; i + s.length() <= to; i++) {
            if (text.startsWith(s, i)) {
                return i;
            }
        }
        return -1;
    }

    static List<int[]> scan(String text) {
        List<int[]> spans = new ArrayList<>();
        int i = text.indexOf("[[");
        int lineEnd = -1;
        while (i >= 0) {
            if (i > lineEnd) { // found once per line: a megabyte line with many links stays linear
                lineEnd = text.indexOf('\n', i);
                lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            }
            int close = indexBefore(text, "]]", i + 2, lineEnd);
            if (close < 0) {
                i = text.indexOf("[[", lineEnd);
                continue;
            }
            // "[[a [[b]]" links b, like Obsidian: take the innermost opening
            int open = text.lastIndexOf("[[", close - 1);
            if (open < i) {
                open = i;
            }
            if (close > open + 2) {
                spans.add(new int[] {open, close + 2});
            }
            i = text.indexOf("[[", close + 2);
        }
        return spans;
    }
}
