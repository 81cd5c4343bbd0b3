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
    static final BriefingBuilder BUILDER = new BriefingBuilder(Lexicon.bundled(), Playbook.bundled());
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

    static List<PartnershipTerm> terms(String text) {
        return prose(text).partnershipTerms();
    }

    static List<AcceleratorUse> chips(String text) {
        return prose(text).acceleratorMix();
    }
}
