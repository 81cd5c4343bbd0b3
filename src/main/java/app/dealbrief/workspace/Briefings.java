package app.dealbrief.workspace;

import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.Correction;
import app.dealbrief.domain.Pitch;
import app.dealbrief.domain.TimelineEvent;

import java.util.List;

/** Briefings built from an account's notes, and what the user corrected on them. Blocking, as every role. */
public interface Briefings {

    /** The briefing for an account, from its notes (cached until they change); empty for an unknown account. */
    Briefing briefing(String account);

    /**
     * Stores a correction to an account's briefing (dismiss, pin, edit or add a fact); returns it with its id.
     * The next {@link #briefing} shows it. Corrections are matched to facts by source sentence and key fields,
     * so they survive re-import and edits of the notes.
     */
    Correction correct(Correction correction);

    /** An account's corrections, oldest first. */
    List<Correction> corrections(String account);

    /** Takes a correction back (Undo, or restoring a dismissed fact); nothing happens for an unknown id. */
    void undoCorrection(long id);

    /** Stores the status the user set on a pitch; the briefing's pitches carry it from then on. */
    void setPitchStatus(String account, String headline, Pitch.Status status);

    /**
     * An account's timeline, oldest first: dated notes, agreements where first mentioned, terms that name a
     * year, action items with a due date. Near-duplicate notes count once.
     */
    List<TimelineEvent> timeline(String account);
}
