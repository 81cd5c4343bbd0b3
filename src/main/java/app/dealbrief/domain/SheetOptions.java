package app.dealbrief.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the one-page briefing sheet shows.
 *
 * @param meetingDate null prints a blank line to fill in by hand
 * @param attendees   free text, null or blank when not filled in
 * @param maxPages    1, or 2 to allow a continuation page
 * @param preparedOn  the date printed in the footer
 */
public record SheetOptions(Paper paper, LocalDate meetingDate, String attendees, Set<Panel> panels, int maxPages,
                           LocalDate preparedOn) {
    public enum Paper { LETTER, A4 }

    public enum Panel { SUMMARY, TERMS, ACCELERATORS, PITCHES, ACTIONS, PEOPLE, RELATED }

    public SheetOptions {
        panels = panels.isEmpty() ? EnumSet.noneOf(Panel.class) : EnumSet.copyOf(panels);
        if (maxPages < 1 || maxPages > 2) {
            throw new IllegalArgumentException("pages must be 1 or 2, was " + maxPages);
        }
    }

    public static SheetOptions defaults(Paper paper, LocalDate today) {
        return new SheetOptions(paper, null, null, EnumSet.allOf(Panel.class), 1, today);
    }

    /** Letter in the US, Canada and Mexico's neighbours that use it; A4 elsewhere. */
    public static Paper paperFor(java.util.Locale locale) {
        String c = locale.getCountry();
        return switch (c) {
            case "US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "PR", "SV", "NI" -> Paper.LETTER;
            default -> Paper.A4;
        };
    }
}
