package app.dealbrief.insight;

import app.dealbrief.domain.AcceleratorUse;
import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.Note;
import app.dealbrief.domain.PartnershipTerm;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** One shared builder for the tests: lexicon and playbook are compiled once. */
final class Briefs {
    static final Lexicon LEXICON = Lexicon.bundled();
    static final BriefingBuilder BUILDER = new BriefingBuilder(LEXICON, Playbook.bundled());
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private Briefs() {
    }

    static Briefing of(String account, Note... notes) {
        return BUILDER.build(account, List.of(notes), Set.of(account), TODAY);
    }

    /** A briefing from one note of prose paragraphs. */
    static Briefing prose(String text) {
        return of("Acme", NoteFixture.note(text).account("Acme").build());
    }

    /**
     * The terms of a note of prose filed under the first company the text names (as an account executive
     * files a note about that company), so extraction is tested apart from the rule that a term's parties
     * include the account.
     */
    static List<PartnershipTerm> terms(String text) {
        String account = firstCompany(text);
        return of(account, NoteFixture.note(text).account(account).build()).partnershipTerms();
    }

    /** The terms of a note of prose filed under {@code account}. */
    static List<PartnershipTerm> termsOf(String account, String text) {
        return of(account, NoteFixture.note(text).account(account).build()).partnershipTerms();
    }

    private static String firstCompany(String text) {
        String lower = " " + text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
        String best = "Acme";
        int at = Integer.MAX_VALUE;
        for (var e : LEXICON.companyAliases().entrySet()) {
            java.util.List<String> names = new java.util.ArrayList<>(e.getValue());
            names.add(e.getKey().toLowerCase(java.util.Locale.ROOT));
            for (String n : names) {
                int i = lower.indexOf(" " + n.replaceAll("[^a-z0-9]+", " ") + " ");
                if (i >= 0 && i < at) {
                    at = i;
                    best = e.getKey();
                }
            }
        }
        return best;
    }

    static List<AcceleratorUse> chips(String text) {
        return prose(text).acceleratorMix();
    }
}
