package app.dealbrief.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Pitches stated in a sentence: a labelled list ("Guidance suggested: A; B; C"), an imperative opening
 * ("Pitch X", "Lean into Y"), or a cue ("we should bundle Z", "next step is to ...", "VAST should
 * position ..."). Each is split into single ideas on semicolons and on commas that open a new verb.
 */
final class PitchExtractor {
    /** One idea; {@code label} is the lead-in that marked it ("Guidance suggested"), else null. */
    record Idea(String headline, String label) {
    }

    private static final Set<String> MODALS = Set.of("should", "must", "could", "needs", "ought");
    private static final Set<String> CONNECTORS = Set.of("and", "then", "also");
    private static final int MAX_HEADLINE = 140;

    private final Lexicon lex;
    private final Tokens.Memo tokens;

    PitchExtractor(Lexicon lex, Tokens.Memo tokens) {
        this.lex = lex;
        this.tokens = tokens;
    }

    List<Idea> extract(String sentence) {
        int colon = Segmenter.leadColon(sentence);
        if (colon > 0) {
            String label = sentence.substring(0, colon).strip();
            List<Tokens.Tok> labelToks = tokens.of(label);
            if (lex.pitchLabels.any(labelToks)) {
                // "Their proposal: ...", "Customer suggested: ...": the other side's idea, not a pitch to make
                return theirs(labelToks) ? List.of() : ideas(sentence.substring(colon + 1), label);
            }
        }
        List<Tokens.Tok> toks = tokens.of(sentence);
        if (toks.isEmpty()) {
            return List.of();
        }
        if (lex.pitchImperatives.lengthAt(toks, 0) > 0 && toks.get(0).start() < 3) {
            return ideas(sentence.substring(toks.get(0).start()), null);
        }
        for (PhraseIndex.Match<Boolean> m : lex.pitchCues.find(toks)) {
            if (m.to() < toks.size() && isVerb(toks.get(m.to()).w())) {
                return ideas(sentence.substring(toks.get(m.to()).start()), null);
            }
        }
        for (int i = 1; i + 1 < toks.size(); i++) {
            if (MODALS.contains(toks.get(i).w()) && isVerb(toks.get(i + 1).w())
                    && lex.pitchImperatives.lengthAt(toks, i + 1) > 0) {
                return ideas(sentence.substring(toks.get(i + 1).start()), null);
            }
        }
        return List.of();
    }

    private boolean isVerb(String w) {
        if (lex.pitchVerbs.contains(w)) {
            return true;
        }
        if (w.endsWith("ing") && w.length() > 5) {
            String stem = w.substring(0, w.length() - 3);
            return lex.pitchVerbs.contains(stem) || lex.pitchVerbs.contains(stem + "e")
                    || (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                    && lex.pitchVerbs.contains(stem.substring(0, stem.length() - 1)));
        }
        return false;
    }

    private List<Idea> ideas(String text, String label) {
        List<Idea> out = new ArrayList<>();
        for (String part : Segmenter.splitTop(text, ';')) {
            for (String idea : splitCommas(part)) {
                String h = headline(idea);
                if (!h.isEmpty() && whole(h)) {
                    out.add(new Idea(h, label));
                }
            }
        }
        return out;
    }

    /** Splits "X, pitch Y, and bundle Z" where the piece after a top-level comma opens with a verb. */
    private List<String> splitCommas(String s) {
        List<String> pieces = Segmenter.splitTop(s, ',');
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String p : pieces) {
            List<Tokens.Tok> toks = Tokens.of(p);
            int first = !toks.isEmpty() && CONNECTORS.contains(toks.get(0).w()) ? 1 : 0;
            boolean opens = toks.size() > first && isVerb(toks.get(first).w());
            if (cur.length() > 0 && opens) {
                out.add(cur.toString());
                cur.setLength(0);
                p = p.substring(toks.get(first).start());
            } else if (cur.length() > 0) {
                cur.append(',');
            }
            cur.append(p);
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    private static final Set<String> THEIRS = Set.of("their", "they", "them", "customer", "customers", "client",
            "clients", "buyer", "procurement", "his", "her");
    private static final Set<String> POINTERS = Set.of("that", "this", "it", "them", "those", "these", "there", "so");
    private static final int MIN_WORDS = 2;

    private static boolean theirs(List<Tokens.Tok> label) {
        for (Tokens.Tok t : label) {
            if (THEIRS.contains(t.w())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A pitch a reader can act on by itself: a verb and its object, not a question, and not a fragment that
     * points back at something said before ("Push to make that outcome happen", "Lean into it").
     */
    static boolean whole(String h) {
        List<Tokens.Tok> toks = Tokens.of(h);
        if (toks.size() < MIN_WORDS || h.endsWith("?")) {
            return false;
        }
        if (POINTERS.contains(toks.get(0).w())) {
            return false; // "That number is what their VP reads": a remark about something said before
        }
        int content = 0;
        for (int i = 1; i < toks.size(); i++) {
            String w = toks.get(i).w();
            if (i <= 4 && POINTERS.contains(w) && (i + 1 >= toks.size() || POINTERS.contains(w) && i <= 3
                    && (w.equals("it") || w.equals("them") || w.equals("so") || toks.size() <= 6))) {
                return false;
            }
            if (w.length() >= 4) {
                content++;
            }
        }
        return content >= 1;
    }

    static String headline(String idea) {
        String h = Segmenter.trimClause(idea);
        if (h.length() > MAX_HEADLINE) {
            int cut = h.lastIndexOf(' ', MAX_HEADLINE);
            h = h.substring(0, cut > 40 ? cut : MAX_HEADLINE) + "\u2026";
        }
        if (!h.isEmpty() && Character.isLowerCase(h.charAt(0))) {
            h = Character.toUpperCase(h.charAt(0)) + h.substring(1);
        }
        return h;
    }
}
