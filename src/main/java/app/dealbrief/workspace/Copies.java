package app.dealbrief.workspace;

import app.dealbrief.notes.NoteParser;
import app.dealbrief.notes.VaultScanner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One reading of a text for all the files with those bytes. Real vaults hold the same note several times
 * ({@code _archive/}, {@code pre-reimport-*}, synced copies), often far apart in path order; parsing the
 * markdown and fingerprinting it is most of an import's cost, so a text is read once and its copies reuse it.
 *
 * <p>Copies have the same size, and the listing knows every file's size before anything is read: a reading
 * is kept only while files of its size are still to come, so nothing is kept for a vault without copies and
 * what is kept is let go as soon as the last file of that size is done. A cap bounds the worst case (many
 * different files of one size).
 */
final class Copies {
    private static final long MAX_KEPT_CHARS = 32L << 20;

    /** The path-independent parse of a text and its near-duplicate fingerprint. */
    record Reading(NoteParser.Text text, long fingerprint) {
    }

    private final Map<Long, Integer> remaining = new HashMap<>();
    private final Map<String, Reading> byHash = new HashMap<>();
    private final Map<Long, List<String>> hashesBySize = new HashMap<>();
    private long keptChars;

    Copies(List<VaultScanner.Found> files) {
        for (VaultScanner.Found f : files) {
            remaining.merge(f.size(), 1, Integer::sum);
        }
    }

    /** The reading of this file's text: a copy's kept one, else {@code read}'s (kept when a copy may follow). */
    Reading reading(VaultScanner.Found f, String hash, Supplier<Reading> read) {
        Reading kept = byHash.get(hash);
        if (kept != null) {
            return kept;
        }
        Reading r = read.get();
        long chars = r.text().body().length();
        if (remaining.getOrDefault(f.size(), 0) > 1 && keptChars + chars <= MAX_KEPT_CHARS) {
            byHash.put(hash, r);
            hashesBySize.computeIfAbsent(f.size(), s -> new ArrayList<>()).add(hash);
            keptChars += chars;
        }
        return r;
    }

    /** This file is done with; when it was the last of its size, the readings of that size are let go. */
    void done(VaultScanner.Found f) {
        Integer left = remaining.computeIfPresent(f.size(), (s, n) -> n > 1 ? n - 1 : null);
        if (left == null) {
            List<String> hashes = hashesBySize.remove(f.size());
            if (hashes != null) {
                for (String h : hashes) {
                    Reading r = byHash.remove(h);
                    if (r != null) {
                        keptChars -= r.text().body().length();
                    }
                }
            }
        }
    }

    /** Texts kept now (for tests). */
    int kept() {
        return byHash.size();
    }
}
