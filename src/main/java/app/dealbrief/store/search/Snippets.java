package app.dealbrief.store.search;

import app.dealbrief.domain.SearchHit;
import app.dealbrief.store.search.NoteQuery.Op;
import app.dealbrief.store.search.NoteQuery.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Plain-text snippets and the spans to highlight in them. Done here rather than with Lucene's
 * highlighter so the snippet and {@link #matches} agree exactly: both run the index's analyzer over
 * the text and mark the tokens the query's words (and prefixes) would match.
 */
public final class Snippets {

    /** About two lines of a result list. */
    static final int WIDTH = 160;
    /** Notes can be long transcripts; a match this deep is rare and scanning further costs time. */
    private static final int SCAN_LIMIT = 32_000;
    private static final int MAX_MATCHES = 400;
    private static final String ELLIPSIS = "…";

    private Snippets() {
    }

    /**
     * Where the query's words occur in {@code text}: {start, end} character offsets, in order. For the
     * UI to highlight a snippet (or a whole note); never throws.
     */
    public static List<int[]> matches(String text, String query) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = hits(text, Words.of(NoteQuery.parse(query)), text.length(), false);
        List<int[]> out = new ArrayList<>(hits.size());
        hits.forEach(h -> out.add(new int[] {h.start, h.end}));
        return out;
    }

    /** Where the query's words occur in a snippet, for showing them bold. */
    static List<SearchHit.Mark> marks(String snippet, Words words) {
        if (snippet == null || snippet.isEmpty() || words.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = hits(snippet, words, snippet.length(), false);
        List<SearchHit.Mark> out = new ArrayList<>(hits.size());
        hits.forEach(h -> out.add(new SearchHit.Mark(h.start, h.end)));
        return out;
    }

    /** About {@link #WIDTH} characters of {@code body} around its densest cluster of matches. */
    static String snippet(String body, Words words) {
        if (body == null || body.isEmpty()) {
            return "";
        }
        if (body.length() <= WIDTH) {
            return body;
        }
        List<Hit> hits = words.isEmpty() ? List.of() : hits(body, words, SCAN_LIMIT, true);
        if (hits.isEmpty()) {
            return cut(body, 0, 0, 0);
        }
        int bestFirst = 0;
        int bestLast = 0;
        int bestScore = -1;
        for (int a = 0; a < hits.size(); a++) {
            Set<String> distinct = new HashSet<>();
            int last = a;
            for (int b = a; b < hits.size() && hits.get(b).end - hits.get(a).start <= WIDTH; b++) {
                distinct.add(hits.get(b).term);
                last = b;
            }
            // Distinct words first (all of "nvidia capacity" beats "nvidia" three times), then count.
            int score = distinct.size() * 1000 + (last - a);
            if (score > bestScore) {
                bestScore = score;
                bestFirst = a;
                bestLast = last;
            }
        }
        return cut(body, hits.get(bestFirst).start, hits.get(bestLast).end, 1);
    }

    /** A window of WIDTH around [from, to), snapped to word boundaries, with ellipses where cut. */
    private static String cut(String text, int from, int to, int lead) {
        int slack = Math.max(0, WIDTH - (to - from));
        int start = lead == 0 ? 0 : Math.max(0, from - Math.min(slack / 2, 40));
        int end = Math.min(text.length(), start + WIDTH);
        if (end == text.length()) {
            start = Math.max(0, end - WIDTH);
        }
        if (start > 0) {
            int space = text.indexOf(' ', start);
            if (space >= 0 && space < from) {
                start = space + 1;
            }
        }
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            if (space > Math.max(to, start)) {
                end = space;
            }
        }
        return (start > 0 ? ELLIPSIS : "") + text.substring(start, end).strip() + (end < text.length() ? ELLIPSIS : "");
    }

    private record Hit(int start, int end, String term) {
    }

    /**
     * The query words' tokens in {@code text}. With {@code untilAllInOneWindow} scanning stops at the first
     * stretch of {@link #WIDTH} characters that holds every query word: no later stretch can make a better
     * snippet by the measure that counts most, and analysing the rest of a long transcript for each of
     * twenty hits was the largest cost of a search.
     */
    private static List<Hit> hits(String text, Words words, int limit, boolean untilAllInOneWindow) {
        List<Hit> out = new ArrayList<>();
        int wanted = words.size();
        Set<String> inWindow = new HashSet<>();
        String scanned = text.length() > limit ? text.substring(0, limit) : text;
        try (TokenStream ts = Queries.ANALYZER.tokenStream(NoteDocs.BODY, scanned)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken() && out.size() < MAX_MATCHES) {
                String t = term.toString();
                String matched = words.match(t);
                if (matched != null) {
                    Hit h = new Hit(offset.startOffset(), offset.endOffset(), matched);
                    out.add(h);
                    if (untilAllInOneWindow && coversAll(out, wanted, inWindow)) {
                        break;
                    }
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Whether the hits ending with the newest one, within WIDTH characters, hold {@code wanted} distinct words. */
    private static boolean coversAll(List<Hit> hits, int wanted, Set<String> scratch) {
        scratch.clear();
        Hit last = hits.get(hits.size() - 1);
        for (int i = hits.size() - 1; i >= 0 && last.end - hits.get(i).start <= WIDTH; i--) {
            scratch.add(hits.get(i).term);
            if (scratch.size() >= wanted) {
                return true;
            }
        }
        return false;
    }

    /** The analyzed words and prefixes a query looks for (excluded ones are not highlighted). */
    record Words(Set<String> exact, List<String> prefixes) {

        static Words of(NoteQuery q) {
            Set<String> exact = new HashSet<>();
            List<String> prefixes = new ArrayList<>();
            for (Part p : q.parts()) {
                if (p.negated() || p.op() == Op.TYPE || p.op() == Op.AFTER || p.op() == Op.BEFORE) {
                    continue;
                }
                List<String> tokens = Queries.tokens(p.text());
                for (int k = 0; k < tokens.size(); k++) {
                    String t = tokens.get(k);
                    boolean last = k == tokens.size() - 1;
                    if (last && p.prefix() && t.length() >= Queries.MIN_PREFIX) {
                        prefixes.add(t);
                    } else {
                        exact.add(t);
                    }
                }
            }
            return new Words(exact, prefixes);
        }

        boolean isEmpty() {
            return exact.isEmpty() && prefixes.isEmpty();
        }

        /** How many distinct words a hit can be counted as (see {@link #match}). */
        int size() {
            return exact.size() + prefixes.size();
        }

        /** The query word this token matches (for counting distinct words), or null. */
        String match(String token) {
            if (exact.contains(token)) {
                return token;
            }
            for (String p : prefixes) {
                if (token.startsWith(p)) {
                    return p + "*";
                }
            }
            return null;
        }
    }
}
