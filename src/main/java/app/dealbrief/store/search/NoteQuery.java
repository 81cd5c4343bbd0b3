package app.dealbrief.store.search;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.search.Query;

/**
 * The query language a person guesses, parsed by hand so user text never reaches Lucene's classic
 * parser. Never throws: whatever cannot be read as an operator is searched as plain words, and a
 * dangling operator ({@code account:}, {@code -}, {@code *}, {@code OR}) is dropped, which is also
 * what a user typing the operator half-way expects to see.
 *
 * <ul>
 *   <li>{@code nvidia capacity}: every word must match, in title, body, tags, participants or account</li>
 *   <li>{@code "exact phrase"}, {@code capa*} (a prefix needs two letters; {@code a*} means the word "a";
 *       in the index a prefix means its 8 most common completions per field, for speed)</li>
 *   <li>{@code account:microsoft}, {@code tag:customer}, {@code person:"Jeff Denworth"}, {@code title:roadmap},
 *       {@code type:transcript} (the note's type or its source)</li>
 *   <li>{@code after:2025-11-01} on or after that day; {@code before:2025-12-01} on or before that day;
 *       {@code 2025-11} and {@code 2025} mean the whole month or year (after: its first day, before: its last)</li>
 *   <li>{@code -word}, {@code -"a phrase"}, {@code -tag:internal}, {@code NOT word}: exclude</li>
 *   <li>{@code nvidia OR amd}: either; {@code AND} and parentheses are accepted and ignored</li>
 * </ul>
 */
public final class NoteQuery {

    enum Op { TEXT, TITLE, ACCOUNT, TAG, PERSON, TYPE, AFTER, BEFORE }

    /** One clause: {@code or} joins it to the clause before it. Dates are ISO text already checked. */
    record Part(Op op, String text, boolean prefix, boolean negated, boolean or) {
    }

    /** Far more than anyone types; keeps a pasted page under Lucene's clause limit and fast. */
    static final int MAX_PARTS = 32;

    private final String source;
    private final List<Part> parts;

    private NoteQuery(String source, List<Part> parts) {
        this.source = source;
        this.parts = List.copyOf(parts);
    }

    public static NoteQuery parse(String query) {
        String q = query == null ? "" : query;
        List<Part> parts = new Lexer(q).parts().stream().distinct().limit(MAX_PARTS).toList();
        return new NoteQuery(q, parts);
    }

    /** The Lucene query, or null when nothing searchable is left. Prefixes stay PrefixQuery. */
    public Query toLucene() {
        return Queries.build(parts, null);
    }

    /** As {@link #toLucene()}, with each prefix expanded to its most common completions in {@code reader}. */
    public Query toLucene(org.apache.lucene.index.IndexReader reader) {
        return Queries.build(parts, reader);
    }

    public boolean isEmpty() {
        return toLucene() == null;
    }

    /** True when some clause ranks (words, phrases, title:); filters alone list newest first. */
    public boolean ranked() {
        return parts.stream().anyMatch(p -> !p.negated() && (p.op() == Op.TEXT || p.op() == Op.TITLE)
                && !Queries.tokens(p.text()).isEmpty());
    }

    List<Part> parts() {
        return parts;
    }

    @Override
    public String toString() {
        return source + " -> " + parts;
    }

    private static Op op(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "account": case "acct": return Op.ACCOUNT;
            case "tag": case "tags": return Op.TAG;
            case "person": case "people": case "participant": case "with": return Op.PERSON;
            case "type": case "source": return Op.TYPE;
            case "title": return Op.TITLE;
            case "after": case "since": case "from": return Op.AFTER;
            case "before": case "until": case "to": return Op.BEFORE;
            default: return null;
        }
    }

    /** ISO date of the first (after) or last (before) day of a day, month or year; null if unreadable. */
    static String day(Op op, String text) {
        String t = text.strip();
        if (t.length() > 10 && t.charAt(10) == 'T') {
            t = t.substring(0, 10);
        }
        try {
            if (t.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
                String[] f = t.split("-");
                return LocalDate.of(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2])).toString();
            }
            if (t.matches("\\d{4}-\\d{1,2}")) {
                String[] f = t.split("-");
                YearMonth m = YearMonth.of(Integer.parseInt(f[0]), Integer.parseInt(f[1]));
                return (op == Op.AFTER ? m.atDay(1) : m.atEndOfMonth()).toString();
            }
            if (t.matches("\\d{4}")) {
                int y = Integer.parseInt(t);
                return (op == Op.AFTER ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31)).toString();
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** Hand-written scanner: quotes, operators, minus, star; everything else is a word. */
    private static final class Lexer {
        private final String s;
        private int i;
        private boolean negate;
        private boolean or;
        private final List<Part> out = new ArrayList<>();

        Lexer(String s) {
            this.s = s;
        }

        List<Part> parts() {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '(' || c == ')') {
                    i++;
                } else if ((c == '-' || c == '!') && i + 1 < s.length() && startsToken(s.charAt(i + 1))) {
                    i++;
                    negate = true;
                } else if (c == '+') {
                    i++;
                } else if (c == '"') {
                    String phrase = quoted();
                    if (phrase != null) {
                        add(Op.TEXT, phrase, false);
                    }
                } else {
                    word(bare());
                }
            }
            return out;
        }

        private static boolean startsToken(char c) {
            return !Character.isWhitespace(c) && c != '-' && c != '!' && c != ')';
        }

        /** Text up to the closing quote, or null (quote skipped) when there is none. */
        private String quoted() {
            int end = s.indexOf('"', i + 1);
            if (end < 0) {
                i++;
                return null;
            }
            String text = s.substring(i + 1, end);
            i = end + 1;
            return text;
        }

        private String bare() {
            int start = i;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '"' || c == '(' || c == ')') {
                    break;
                }
                i++;
            }
            return s.substring(start, i);
        }

        private void word(String w) {
            if (w.equals("AND") || w.equals("&&")) {
                return;
            }
            if (w.equals("OR") || w.equals("||")) {
                or = !out.isEmpty();
                negate = false;
                return;
            }
            if (w.equals("NOT")) {
                negate = true;
                return;
            }
            int colon = w.indexOf(':');
            Op op = colon > 0 ? op(w.substring(0, colon)) : null;
            if (op == null) {
                text(Op.TEXT, w);
                return;
            }
            String value = w.substring(colon + 1);
            if (value.isEmpty() && i < s.length() && s.charAt(i) == '"') {
                value = quoted();
            }
            if (value == null || value.isBlank()) {
                negate = false; // lone operator: dropped
                return;
            }
            if (op == Op.AFTER || op == Op.BEFORE) {
                String d = day(op, value);
                if (d != null) {
                    add(op, d, false);
                } else {
                    negate = false;
                }
                return;
            }
            text(op, value);
        }

        private void text(Op op, String w) {
            boolean prefix = w.endsWith("*");
            String t = w.replaceAll("\\*+$", "");
            if (t.isEmpty()) {
                negate = false;
                return;
            }
            add(op, t, prefix);
        }

        private void add(Op op, String text, boolean prefix) {
            out.add(new Part(op, text, prefix, negate, or));
            negate = false;
            or = false;
        }
    }
}
