package app.dealbrief.ui.briefing;

import app.dealbrief.domain.AcceleratorUse;
import app.dealbrief.domain.Correction;
import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.domain.Pitch;

import java.util.List;
import java.util.Objects;

/**
 * A shown fact may be the user's edit of an extracted one: corrections of it must name the fact as extracted,
 * which the edit remembers. Added facts and unedited ones are their own identity.
 */
final class FactIdentity {
    private FactIdentity() {
    }

    static Correction editOf(List<Correction> corrections, PartnershipTerm t) {
        Correction found = null;
        for (Correction c : corrections) {
            if (c.kind() == Correction.Kind.EDIT && c.term() != null && c.term().category() == t.category()
                    && Correction.normalise(c.term().text()).equals(Correction.normalise(t.text()))) {
                found = c;
            }
        }
        return found;
    }

    static PartnershipTerm of(List<Correction> corrections, PartnershipTerm t) {
        Correction e = editOf(corrections, t);
        if (e == null) {
            return t;
        }
        return new PartnershipTerm(t.agreement(), t.parties(), app.dealbrief.domain.TermCategory.fromLabel(e.key1()),
                e.key2(), t.amountUsd(), t.gigawatts(), t.year(), t.negated(), t.noteId(), t.noteDate(), e.sentence(),
                t.supportCount());
    }

    static AcceleratorUse of(List<Correction> corrections, AcceleratorUse u) {
        Correction found = null;
        for (Correction c : corrections) {
            AcceleratorUse v = c.accelerator();
            if (c.kind() == Correction.Kind.EDIT && v != null && v.vendor().equalsIgnoreCase(u.vendor())
                    && Objects.equals(v.family(), u.family()) && v.role() == u.role()) {
                found = c;
            }
        }
        return found == null ? u : new AcceleratorUse(found.key1(), found.key2(),
                app.dealbrief.domain.AcceleratorRole.fromLabel(found.key3()), found.sentence(), u.noteId(), u.noteDate(),
                u.supportCount());
    }

    static Pitch of(List<Correction> corrections, Pitch p) {
        Correction found = null;
        for (Correction c : corrections) {
            if (c.kind() == Correction.Kind.EDIT && c.pitch() != null
                    && Correction.normalise(c.pitch().headline()).equals(Correction.normalise(p.headline()))) {
                found = c;
            }
        }
        return found == null ? p : new Pitch(found.key1(), p.rationale(), p.origin(), p.noteId(), found.sentence(), p.status());
    }
}
