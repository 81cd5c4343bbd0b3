package app.dealbrief.workspace;

import app.dealbrief.domain.AccountSummary;
import app.dealbrief.domain.DealBriefException;
import app.dealbrief.domain.Note;
import app.dealbrief.domain.NoteFolders;
import app.dealbrief.domain.UserSettings;
import app.dealbrief.insight.Lexicon;
import app.dealbrief.notes.NoteParser;
import app.dealbrief.store.NoteRepository;
import app.dealbrief.store.StoredNote;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Keeps the account names of a store tidy: the names import folds with, and the passes after an import
 * that file two spellings of one company under one and give Unassigned notes the account the rest of the
 * vault revealed. Each pass says whether it changed anything, so the workspace drops what it derived.
 */
final class AccountUpkeep {
    private static final Logger LOG = LoggerFactory.getLogger(AccountUpkeep.class);

    /** Parses a stored note's text again (the workspace's parser, which waits for the warm-up). */
    interface Reparse {
        Note parse(String text, String path);
    }

    private final NoteRepository notes;
    private final Supplier<Lexicon> lexicon;
    private final Reparse reparse;

    /** @param lexicon the user's lexicon; a broken one falls back to the bundled companies here */
    AccountUpkeep(NoteRepository notes, Supplier<Lexicon> lexicon, Reparse reparse) {
        this.notes = notes;
        this.lexicon = lexicon;
        this.reparse = reparse;
    }

    private Lexicon lexicon() {
        try {
            return lexicon.get();
        } catch (DealBriefException e) {
            LOG.warn("account names are folded with the bundled lexicon: {}", e.getMessage());
            return Lexicon.bundled();
        }
    }

    /** The lexicon's companies, user aliases and the store's accounts. */
    AccountNames names(UserSettings s) {
        List<String> accounts = notes.accounts().stream().map(AccountSummary::name).toList();
        return new AccountNames(lexicon().companyAliases(), s.aliases(), accounts).ownCompany(s.myCompany());
    }

    /**
     * Accounts that are one company under two names ("Halvard" and "Halvard Systems Inc.", seen only once both
     * were imported) are filed under one: the lexicon's or user's name, else the spelling most notes use.
     *
     * @return whether any note moved
     */
    boolean foldAccounts(UserSettings s) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (AccountSummary a : notes.accounts()) {
            if (!a.sample() && !a.name().equals(NoteParser.UNASSIGNED)) {
                counts.put(a.name(), a.noteCount());
            }
        }
        Set<String> preferred = new HashSet<>(s.aliases().keySet());
        preferred.addAll(lexicon().companyNames());
        boolean moved = false;
        for (Map.Entry<String, String> f : AccountNames.folds(counts, preferred).entrySet()) {
            int n = notes.renameAccount(f.getKey(), f.getValue());
            LOG.info("filed {} notes of '{}' under '{}'", n, f.getKey(), f.getValue());
            moved |= n > 0;
        }
        return moved;
    }

    /**
     * Notes that named no account are looked at again once the whole import is in: a contact page or a
     * placeholder-account note names a company ("Luis is the Head of Infrastructure at Corvane Robotics")
     * that only became an account further down the vault.
     *
     * @return the ids of the notes that moved
     */
    List<String> assignUnassigned(UserSettings s) {
        AccountNames names = names(s);
        List<String> moved = new java.util.ArrayList<>();
        for (StoredNote stored : notes.notesOf(NoteParser.UNASSIGNED)) {
            if (stored.path() != null && (NoteFolders.anyFolder(stored.path(), NoteFolders::isPersonal)
                    || NoteFolders.anyFolder(stored.path(), NoteFolders::isTemplates))) {
                continue;
            }
            Note n = names.resolve(reparse.parse(stored.text(), stored.path()), null);
            if (!n.account().equals(NoteParser.UNASSIGNED)) {
                notes.setAccount(stored.id(), n.account());
                moved.add(stored.id());
            }
        }
        return moved;
    }
}
