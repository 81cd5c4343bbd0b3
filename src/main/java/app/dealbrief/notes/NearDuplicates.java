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

    public static long fingerprint(String body) {
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
