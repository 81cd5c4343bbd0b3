package app.dealbrief.notes;

import app.dealbrief.domain.ActionItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Obsidian Tasks lines: {@code [ ] text @Owner 📅 2026-01-05 ⏫ #task}. Parsed token by token, not by regex,
 * so a megabyte-long task line stays linear.
 */
final class Tasks {
    private static final Map<Integer, String> PRIORITY = Map.of(
            0x1F53A, "highest", 0x23EB, "high", 0x1F53C, "medium", 0x1F53D, "low", 0x23EC, "lowest");
    private static final int DUE = 0x1F4C5;
    /** Scheduled, start, done, created, cancelled: dates the briefing does not use; dropped from the text. */
    private static final List<Integer> OTHER_DATES = List.of(0x23F3, 0x1F6EB, 0x2705, 0x2795, 0x274C, 0x1F5D3);

    private Tasks() {
    }

    /** The state of a leading {@code [c]} checkbox, or null when the text has none. */
    static ActionItem.State checkbox(String s) {
        if (s.length() < 3 || s.charAt(0) != '[' || s.charAt(2) != ']'
                || s.length() > 3 && !Character.isWhitespace(s.charAt(3))) {
            return null;
        }
        return switch (s.charAt(1)) {
            case 'x', 'X' -> ActionItem.State.DONE;
            case '?' -> ActionItem.State.QUESTION;
            case '-' -> ActionItem.State.CANCELLED;
            case '/' -> ActionItem.State.IN_PROGRESS;
            case ']', '[' -> null;
            default -> ActionItem.State.OPEN; // ' ', '>' (forwarded), '!' (important) ...
        };
    }

    static String afterCheckbox(String s) {
        return s.substring(3).strip();
    }

    /** @param text the item text, checkbox removed, wiki links still as placeholders */
    static ActionItem parse(String text, ActionItem.State state, WikiLinks.Protected links) {
        String owner = null;
        LocalDate due = null;
        String priority = null;
        List<String> kept = new ArrayList<>();
        String[] tokens = text.strip().split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (t.isEmpty()) {
                continue;
            }
            int cp = t.codePointAt(0);
            String arg = stripVariation(t.substring(Character.charCount(cp)));
            String next = i + 1 < tokens.length ? tokens[i + 1] : "";
            if (cp == DUE || OTHER_DATES.contains(cp)) {
                boolean inline = !arg.isEmpty();
                LocalDate d = Values.isoDateAt(inline ? arg : next, 0);
                if (cp == DUE && due == null) {
                    due = d;
                }
                if (!inline && d != null) {
                    i++;
                }
            } else if (PRIORITY.containsKey(cp) && arg.isEmpty()) {
                priority = priority == null ? PRIORITY.get(cp) : priority;
            } else if (t.regionMatches(true, 0, "due:", 0, 4)) {
                String v = t.length() > 4 ? t.substring(4) : next;
                LocalDate d = Values.isoDateAt(v, 0);
                if (d != null) {
                    due = due == null ? d : due;
                    i += t.length() > 4 ? 0 : 1;
                } else {
                    kept.add(t);
                }
            } else if (t.equalsIgnoreCase("#task")) {
                continue;
            } else if (t.length() > 1 && t.charAt(0) == '@' && owner == null) {
                owner = ownerName(t.substring(1), links);
                if (owner == null) {
                    kept.add(t);
                } else if (Character.isUpperCase(owner.codePointAt(0)) && !owner.contains(" ")) {
                    // "@Dana Whitfield": a capitalised word straight after a capitalised owner is the surname
                    // (task text is lower-case by then, dates and markers start with symbols)
                    while (i + 1 < tokens.length && owner.split(" ").length < 3 && surname(tokens[i + 1])) {
                        owner = owner + " " + trimPunctuation(tokens[++i]);
                    }
                }
            } else {
                kept.add(t);
            }
        }
        String clean = links.resolve(String.join(" ", kept)).strip();
        return new ActionItem(clean, owner, due, priority, state, null, null);
    }

    private static boolean surname(String t) {
        String w = trimPunctuation(t);
        if (w.length() < 2 || !Character.isUpperCase(w.codePointAt(0))) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (!Character.isLetter(c) && c != '-' && c != '\'') {
                return false;
            }
        }
        return true;
    }

    private static String trimPunctuation(String s) {
        int end = s.length();
        while (end > 0 && ",.;:)!?".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    private static String ownerName(String s, WikiLinks.Protected links) {
        WikiLinks.Parsed link = links.leading(s);
        if (link != null) {
            return link.target().isEmpty() ? null : link.target();
        }
        int end = s.length();
        while (end > 0 && ",.;:)!?".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        String name = s.substring(0, end);
        // "@" inside an e-mail address or a bare "@" is not an owner
        return name.isEmpty() || name.indexOf('@') >= 0 ? null : name;
    }

    private static String stripVariation(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == '\uFE0F' || s.charAt(i) == '\uFE0E')) {
            i++;
        }
        return s.substring(i);
    }
}
