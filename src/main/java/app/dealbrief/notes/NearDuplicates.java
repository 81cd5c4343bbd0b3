package app.dealbrief.notes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * SimHash fingerprints of note bodies, so the same meeting saved twice with small edits can be grouped.
 * Features are word pairs: single words are shared by every note of an account, pairs carry the wording.
 */
public final class NearDuplicates {
    /** Bits that may differ between two versions of one note; tuned in NearDuplicatesTest. */
    static final int MAX_DISTANCE = 10;

    private NearDuplicates() {
    }

    /**
     * One pass over the text with no string per word or word pair (a 70 KB transcript has ~10,000 of each):
     * the words' lower-cased characters go into one buffer and each pair is hashed from it. The value is the
     * same as hashing {@code word + ' ' + nextWord} strings, so fingerprints already stored stay comparable.
     */
    public static long fingerprint(String body) {
        String s = body == null ? "" : body;
        char[] chars = new char[s.length() + 2];
        int[] starts = new int[16];
        int[] ends = new int[16];
        int words = 0;
        int len = 0;
        int wordStart = -1;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            int cp;
            boolean wordChar;
            if (c < 0x80) { // ASCII, most of any note: no code point or Unicode table look-up
                i++;
                cp = c >= 'A' && c <= 'Z' ? c + 32 : c;
                wordChar = cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9';
            } else {
                cp = s.codePointAt(i);
                i += Character.charCount(cp);
                wordChar = Character.isLetterOrDigit(cp);
                cp = Character.toLowerCase(cp);
            }
            if (wordChar) {
                if (wordStart < 0) {
                    wordStart = len;
                }
                if (len + 2 > chars.length) {
                    chars = java.util.Arrays.copyOf(chars, chars.length * 2 + 2);
                }
                len += Character.toChars(cp, chars, len);
            } else if (wordStart >= 0) {
                if (words == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, words * 2);
                    ends = java.util.Arrays.copyOf(ends, words * 2);
                }
                starts[words] = wordStart;
                ends[words++] = len;
                wordStart = -1;
            }
        }
        if (wordStart >= 0) {
            if (words == starts.length) {
                starts = java.util.Arrays.copyOf(starts, words + 1);
                ends = java.util.Arrays.copyOf(ends, words + 1);
            }
            starts[words] = wordStart;
            ends[words++] = len;
        }
        long[] features = new long[Math.max(1, words - 1)];
        int n = 0;
        if (words == 1) {
            features[n++] = finish(fnv(FNV_OFFSET, chars, starts[0], ends[0]));
        }
        for (int i = 0; i + 1 < words; i++) {
            long h = fnv(FNV_OFFSET, chars, starts[i], ends[i]);
            h = (h ^ ' ') * FNV_PRIME;
            features[n++] = finish(fnv(h, chars, starts[i + 1], ends[i + 1]));
        }
        java.util.Arrays.sort(features, 0, n);
        // Bit b is set when more distinct features have it set than not. The ones are counted for all 64 bits
        // at once in bit planes (plane k holds bit k of every position's count): adding a feature is a ripple
        // carry of a few word operations, not 64 votes.
        long[] planes = new long[32];
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && features[i] == features[i - 1]) {
                continue; // each distinct pair votes once
            }
            distinct++;
            long carry = features[i];
            for (int k = 0; carry != 0; k++) {
                long t = planes[k] & carry;
                planes[k] ^= carry;
                carry = t;
            }
        }
        long fp = 0;
        for (int b = 0; b < 64; b++) {
            long ones = 0;
            for (int k = 0; k < planes.length; k++) {
                ones |= (planes[k] >>> b & 1L) << k;
            }
            if (2 * ones > distinct) { // votes: ones - (distinct - ones) > 0
                fp |= 1L << b;
            }
        }
        return fp;
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private static long fnv(long h, char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            h ^= chars[i];
            h *= FNV_PRIME;
        }
        return h;
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** The fingerprint as first written (a string per word pair), kept to prove the fast one equal. */
    static long fingerprintByStrings(String body) {
        List<String> words = words(body == null ? "" : body);
        Set<Long> features = new HashSet<>();
        if (words.size() == 1) {
            features.add(hash(words.get(0)));
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            features.add(hash(words.get(i) + ' ' + words.get(i + 1)));
        }
        int[] votes = new int[64];
        for (long h : features) {
            for (int b = 0; b < 64; b++) {
                votes[b] += (h >>> b & 1) == 1 ? 1 : -1;
            }
        }
        long fp = 0;
        for (int b = 0; b < 64; b++) {
            if (votes[b] > 0) {
                fp |= 1L << b;
            }
        }
        return fp;
    }

    public static boolean near(long a, long b) {
        return Long.bitCount(a ^ b) <= MAX_DISTANCE;
    }

    /** Lower-case runs of letters and digits: markup, punctuation and line endings do not count. */
    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                w.appendCodePoint(Character.toLowerCase(cp));
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0) {
            out.add(w.toString());
        }
        return out;
    }

    /** FNV-1a then a murmur finaliser: cheap, stable across runs and JVMs (unlike String.hashCode mixing). */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
