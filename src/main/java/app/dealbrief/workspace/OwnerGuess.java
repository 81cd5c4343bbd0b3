package app.dealbrief.workspace;

import app.dealbrief.domain.AccountSummary;
import app.dealbrief.domain.Note;
import app.dealbrief.notes.NoteParser;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who owns the vault, when the user has not said in Preferences: the account executive attends the meetings
 * of every account, a customer's people attend one. The person listed in the meetings of the most accounts
 * is taken as the owner when that is at least three accounts and more than anyone else (colleagues on the
 * owner's team attend fewer); on a tie nobody is guessed. "Me" in Preferences always wins over the guess.
 */
final class OwnerGuess {
    private static final int MIN_ACCOUNTS = 3;

    private final Map<String, Set<String>> accountsOf = new HashMap<>();
    private final Map<String, String> spelling = new HashMap<>();

    void add(Note note) {
        String account = note.account();
        if (account == null || account.equals(NoteParser.UNASSIGNED) || AccountSummary.isSample(account)) {
            return;
        }
        for (String p : note.participants()) {
            String name = p == null ? "" : p.replace('\u00a0', ' ').strip();
            int paren = name.indexOf('(');
            name = (paren > 0 ? name.substring(0, paren) : name).strip();
            if (name.length() < 3 || !name.contains(" ")) {
                continue; // a first name alone is too weak a sign
            }
            String key = name.toLowerCase(Locale.ROOT);
            spelling.putIfAbsent(key, name);
            accountsOf.computeIfAbsent(key, k -> new HashSet<>()).add(account.toLowerCase(Locale.ROOT));
        }
    }

    /** The owner's name, or null when no one stands out. */
    String owner() {
        String best = null;
        int bestN = 0;
        int second = 0;
        for (Map.Entry<String, Set<String>> e : accountsOf.entrySet()) {
            int n = e.getValue().size();
            if (n > bestN) {
                second = bestN;
                bestN = n;
                best = e.getKey();
            } else if (n > second) {
                second = n;
            }
        }
        if (best == null || bestN < MIN_ACCOUNTS || bestN <= second) {
            return null;
        }
        return spelling.get(best);
    }
}
