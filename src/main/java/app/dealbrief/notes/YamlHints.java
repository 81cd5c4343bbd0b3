package app.dealbrief.notes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to fix in front matter that is not valid YAML, in a user's words and with the file's line number:
 * "line 3: `{{ DATE }}` is a template placeholder". The parser's own message names a token or an event,
 * and often the line where a construct began rather than the one to edit.
 */
final class YamlHints {
    /** Unfilled Obsidian core templates ({{date}}), also as "{ { DATE } }", and Templater ones (<% %>). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*\\{[^\\n]*?}\\s*}|<%[^\\n]*?%>");
    private static final Pattern CANNOT_START = Pattern.compile("found character '([^']+)' that cannot start any token");
    private static final int LONGEST_QUOTE = 40;

    private YamlHints() {
    }

    /**
     * @param yaml       the front matter between the fences
     * @param errorLine  1-based line within {@code yaml} the parser blamed, or 0 when unknown
     * @param message    the parser's message, may be null
     * @return "line N: what is wrong; what to do", N counted in the file (the opening fence is line 1)
     */
    static String explain(String yaml, int errorLine, String message) {
        String[] lines = yaml.split("\n", -1);
        // A placeholder anywhere is the likely cause and the fix the user can make; the blamed line first.
        int placeholder = -1;
        for (int i = 0; i < lines.length; i++) {
            if (PLACEHOLDER.matcher(lines[i]).find() && (placeholder < 0 || i + 1 == errorLine)) {
                placeholder = i;
            }
        }
        if (placeholder >= 0) {
            Matcher m = PLACEHOLDER.matcher(lines[placeholder]);
            m.find();
            return "line " + (placeholder + 2) + ": `" + shorten(m.group()) + "` is a template placeholder; "
                    + "fill it in or delete the line";
        }
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("\t")) {
                return "line " + (i + 2) + ": starts with a tab; indent with spaces";
            }
        }
        String msg = message == null ? "" : message;
        int line = errorLine > 0 ? errorLine : 1;
        String text = line <= lines.length ? lines[line - 1].strip() : "";
        Matcher start = CANNOT_START.matcher(msg);
        if (start.find()) {
            return "line " + (line + 1) + ": a value cannot start with " + start.group(1)
                    + "; put the value in quotes";
        }
        if (msg.contains("mapping values are not allowed")) {
            return "line " + (line + 1) + ": `" + shorten(text) + "` has a second ': '; put the value in quotes";
        }
        if (msg.contains("flow sequence")) {
            return "line " + (line + 1) + ": a list opened with [ is not closed with ]";
        }
        if (msg.contains("flow mapping")) {
            return "line " + (line + 1) + ": a { is not closed with }; put the value in quotes";
        }
        if (msg.contains("duplicate") || msg.contains("Duplicate")) {
            return "line " + (line + 1) + ": a key appears twice; keep one";
        }
        return "invalid YAML at line " + (line + 1) + (text.isEmpty() ? "" : " (`" + shorten(text) + "`)");
    }

    private static String shorten(String s) {
        return s.length() <= LONGEST_QUOTE ? s : s.substring(0, LONGEST_QUOTE - 1) + "…";
    }
}
