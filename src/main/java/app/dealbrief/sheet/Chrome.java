package app.dealbrief.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.SheetOptions;

/** The page furniture: the header on page one, the slim header on page two, and the footer. */
final class Chrome {
    static final String BLANK = "____________________";

    private Chrome() {
    }

    static Block header(Briefing b, SheetOptions o, float width) {
        List<Op> ops = new ArrayList<>();
        ops.add(new Op.Text(0, 8, "DEALBRIEF", Face.BOLD, 8f, Ink.ACCENT));
        ops.add(new Op.Text(Wrap.width("DEALBRIEF", Face.BOLD, 8f) + 6, 8, "Meeting briefing", Face.REGULAR, 8f,
                Ink.MUTED));

        float right = 196;
        float leftW = width - right - 16;
        String account = Wrap.fit(b.account(), leftW, Face.BOLD, 22f);
        ops.add(new Op.Text(-1, 34, account, Face.BOLD, 22f, Ink.TEXT));

        float rx = width - right;
        float vx = rx + 56;
        float vw = width - vx;
        label(ops, rx, 8, "Meeting");
        ops.add(o.meetingDate() == null
                ? new Op.Text(vx, 8, BLANK, Face.REGULAR, Part.BODY, Ink.FAINT)
                : new Op.Text(vx, 8, meetingDate(o), Face.BOLD, Part.BODY, Ink.TEXT));
        label(ops, rx, 21, "As of");
        String asOf = Fmt.date(b.asOf()) + "  ·  " + Fmt.plural(b.noteCount(), "note", "notes");
        ops.add(new Op.Text(vx, 21, Wrap.fit(asOf, vw, Face.REGULAR, Part.BODY), Face.REGULAR, Part.BODY, Ink.TEXT));
        label(ops, rx, 34, "Attendees");
        String who = Wrap.clean(o.attendees());
        float y = 34;
        if (who.isEmpty()) {
            ops.add(new Op.Text(vx, y, BLANK, Face.REGULAR, Part.BODY, Ink.FAINT));
        } else {
            List<String> lines = Wrap.lines(who, vw, Face.REGULAR, Part.BODY, 2);
            for (String line : lines) {
                ops.add(new Op.Text(vx, y, line, Face.REGULAR, Part.BODY, Ink.TEXT));
                y += 10.4f;
            }
            y -= 10.4f;
        }
        float h = Math.max(44, y + 9);
        ops.add(new Op.Line(0, h, width, h, 1.6f, Ink.ACCENT));
        return new Block(h + 2, ops);
    }

    static Block continuationHeader(Briefing b, float width) {
        List<Op> ops = new ArrayList<>();
        ops.add(new Op.Text(0, 9, "DEALBRIEF", Face.BOLD, 8f, Ink.ACCENT));
        float x = Wrap.width("DEALBRIEF", Face.BOLD, 8f) + 8;
        ops.add(new Op.Text(x, 9, Wrap.fit(b.account() + " — continued", width - x, Face.BOLD, 9f), Face.BOLD, 9f,
                Ink.TEXT));
        ops.add(new Op.Line(0, 15, width, 15, 1.2f, Ink.ACCENT));
        return new Block(17, ops);
    }

    static final float FOOTER_H = 16f;

    static Block footer(Briefing b, SheetOptions o, int page, int pages, float width) {
        List<Op> ops = new ArrayList<>();
        ops.add(new Op.Line(0, 0, width, 0, 0.5f, Ink.RULE));
        String pageText = "Page " + page + " of " + pages;
        float pw = Wrap.width(pageText, Face.REGULAR, Part.SMALL);
        ops.add(new Op.Text(width - pw, 11, pageText, Face.REGULAR, Part.SMALL, Ink.MUTED));
        ops.add(new Op.Text(0, 11, Wrap.fit(footerText(b, o), width - pw - 16, Face.REGULAR, Part.SMALL),
                Face.REGULAR, Part.SMALL, Ink.MUTED));
        return new Block(FOOTER_H, ops);
    }

    static String footerText(Briefing b, SheetOptions o) {
        return "Confidential — prepared " + Fmt.date(o.preparedOn()) + " from "
                + Fmt.plural(b.noteCount(), "note", "notes") + " (newest " + Fmt.date(b.asOf()) + ")";
    }

    private static String meetingDate(SheetOptions o) {
        return o.meetingDate().getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH)
                + " " + Fmt.date(o.meetingDate());
    }

    private static void label(List<Op> ops, float x, float y, String s) {
        ops.add(new Op.Text(x, y, s.toUpperCase(Locale.ROOT), Face.BOLD, 6.4f, Ink.MUTED));
    }
}
