package app.dealbrief.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A correction the user made to one fact of a briefing: dismiss it, pin it, edit its fields, or add one by hand.
 *
 * <p>A correction names its fact by what the notes say, never by a row id: the source sentence (a term's
 * {@code sentence}, an accelerator's or pitch's evidence) and the fact's key fields — category and text for a
 * term, vendor, family and role for an accelerator, the headline for a pitch. So it still finds its fact after
 * the notes are imported again, edited elsewhere, or read by a newer extractor.
 *
 * @param id        store id, 0 until stored
 * @param sentence  the source sentence or evidence clause of the fact it targets; null for ADD
 * @param key1      term: category label; accelerator: vendor; pitch: headline. Null for ADD
 * @param key2      term: text; accelerator: family. Null otherwise
 * @param key3      accelerator: role label. Null otherwise
 * @param term      the user's version of the term (EDIT, ADD of a TERM), else null
 * @param accelerator the user's version of the accelerator use (EDIT, ADD of an ACCELERATOR), else null
 * @param pitch     the user's version of the pitch (EDIT, ADD of a PITCH), else null
 */
public record Correction(long id, String account, Kind kind, Fact fact, String sentence,
                         String key1, String key2, String key3,
                         PartnershipTerm term, AcceleratorUse accelerator, Pitch pitch, Instant createdAt) {

    public enum Kind { DISMISS, PIN, EDIT, ADD }

    public enum Fact { TERM, ACCELERATOR, PITCH }

    public Correction {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fact, "fact");
        Object value = switch (fact) {
            case TERM -> term;
            case ACCELERATOR -> accelerator;
            case PITCH -> pitch;
        };
        if ((kind == Kind.EDIT || kind == Kind.ADD) && value == null) {
            throw new IllegalArgumentException(kind + " of a " + fact + " needs the user's values");
        }
        if (kind != Kind.ADD && key1 == null) {
            throw new IllegalArgumentException(kind + " needs the fact it corrects");
        }
    }

    /** A correction to a term: {@code target} is the term as shown (null for ADD), {@code value} the user's version. */
    public static Correction term(Kind kind, String account, PartnershipTerm target, PartnershipTerm value) {
        return new Correction(0, account, kind, Fact.TERM, target == null ? null : target.sentence(),
                target == null ? null : target.category().label(), target == null ? null : target.text(), null,
                value, null, null, Instant.now());
    }

    public static Correction accelerator(Kind kind, String account, AcceleratorUse target, AcceleratorUse value) {
        return new Correction(0, account, kind, Fact.ACCELERATOR, target == null ? null : target.evidence(),
                target == null ? null : target.vendor(), target == null ? null : target.family(),
                target == null ? null : target.role().label(), null, value, null, Instant.now());
    }

    public static Correction pitch(Kind kind, String account, Pitch target, Pitch value) {
        return new Correction(0, account, kind, Fact.PITCH, target == null ? null : target.evidence(),
                target == null ? null : target.headline(), null, null, null, null, value, Instant.now());
    }

    public Correction withId(long newId) {
        return new Correction(newId, account, kind, fact, sentence, key1, key2, key3, term, accelerator, pitch, createdAt);
    }

    /** The user's values for EDIT and ADD, else null. */
    public Object value() {
        return switch (fact) {
            case TERM -> term;
            case ACCELERATOR -> accelerator;
            case PITCH -> pitch;
        };
    }

    /**
     * Whether this correction is about {@code t}: the same clause text, and the same category or the same
     * source sentence (a sentence can hold several terms, and a newer lexicon may file a clause elsewhere).
     */
    public boolean targets(PartnershipTerm t) {
        return fact == Fact.TERM && kind != Kind.ADD && same(key2, t.text())
                && (t.category() != null && t.category().label().equals(key1) || sameSentence(t.sentence()));
    }

    /**
     * Whether this correction is about {@code a}: the same vendor and family, and the same evidence or the same
     * role. A newer note that gives the line another role in other words is a new fact, and shows.
     */
    public boolean targets(AcceleratorUse a) {
        return fact == Fact.ACCELERATOR && kind != Kind.ADD && key1.equalsIgnoreCase(a.vendor())
                && same(key2, a.family()) && (a.role() != null && a.role().label().equals(key3) || sameSentence(a.evidence()));
    }

    /** Whether this correction is about {@code p}: the same headline (pitch headlines are stable ideas). */
    public boolean targets(Pitch p) {
        return fact == Fact.PITCH && kind != Kind.ADD && same(key1, p.headline());
    }

    /** A short description for lists and status lines: the clause, the chip, or the headline. */
    public String describe() {
        if (kind == Kind.ADD || kind == Kind.EDIT) {
            return switch (fact) {
                case TERM -> term.text();
                case ACCELERATOR -> accelerator.vendor() + " " + accelerator.family() + " · " + accelerator.role().label();
                case PITCH -> pitch.headline();
            };
        }
        return switch (fact) {
            case TERM -> key2;
            case ACCELERATOR -> key1 + " " + key2 + (key3 == null ? "" : " · " + key3);
            case PITCH -> key1;
        };
    }

    private boolean sameSentence(String s) {
        return sentence != null && s != null && normalise(sentence).equals(normalise(s));
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : b != null && normalise(a).equals(normalise(b));
    }

    /** Case, spacing and punctuation do not make another fact: "Right-of-first-refusal." = "right of first refusal". */
    public static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '$') {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                b.append(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
