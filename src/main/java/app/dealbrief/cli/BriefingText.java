package app.dealbrief.cli;

import app.dealbrief.domain.AcceleratorUse;
import app.dealbrief.domain.ActionItem;
import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.domain.Person;
import app.dealbrief.domain.Pitch;

import java.util.List;

/** A briefing as readable plain text, for the CLI {@code brief} without --json. */
public final class BriefingText {
    private BriefingText() {
    }

    public static String render(Briefing b) {
        StringBuilder s = new StringBuilder();
        s.append(b.account()).append(" \u2014 briefing as of ").append(b.asOf() == null ? "(undated)" : b.asOf())
                .append(", ").append(b.noteCount()).append(b.noteCount() == 1 ? " note" : " notes").append('\n');
        section(s, "Summary");
        s.append(b.summary() == null ? "  (none)" : indent(b.summary())).append('\n');
        section(s, "Signals");
        list(s, b.signals().stream().map(x -> "- " + x).toList());
        section(s, "Partnership terms");
        list(s, b.partnershipTerms().stream().map(BriefingText::term).toList());
        section(s, "Accelerator mix");
        list(s, b.acceleratorMix().stream().map(BriefingText::accel).toList());
        if (!b.acceleratorHistory().isEmpty()) {
            s.append("  earlier:\n");
            b.acceleratorHistory().forEach(a -> s.append("  ").append(accel(a)).append('\n'));
        }
        section(s, "Suggested pitches");
        list(s, b.pitches().stream().map(BriefingText::pitch).toList());
        section(s, "Open action items");
        list(s, b.actionItems().stream().map(BriefingText::action).toList());
        section(s, "People");
        list(s, b.people().stream().map(BriefingText::person).toList());
        section(s, "Related");
        list(s, b.related().isEmpty() ? List.of() : List.of("- " + String.join(", ", b.related())));
        return s.toString();
    }

    private static void section(StringBuilder s, String title) {
        s.append('\n').append(title.toUpperCase(java.util.Locale.ROOT)).append('\n');
    }

    private static void list(StringBuilder s, List<String> lines) {
        if (lines.isEmpty()) {
            s.append("  (none)\n");
        }
        lines.forEach(l -> s.append("  ").append(l).append('\n'));
    }

    private static String indent(String text) {
        return "  " + text.replace("\n", "\n  ");
    }

    private static String term(PartnershipTerm t) {
        StringBuilder s = new StringBuilder("- [").append(t.category().label()).append(t.negated() ? ", negated" : "")
                .append("] ").append(t.text());
        if (t.amountUsd() != null) {
            s.append(" | $").append(String.format(java.util.Locale.ROOT, "%,d", t.amountUsd()));
        }
        if (t.gigawatts() != null) {
            s.append(" | ").append(t.gigawatts()).append(" GW");
        }
        if (t.year() != null) {
            s.append(" | ").append(t.year());
        }
        if (t.agreement() != null) {
            s.append(" | ").append(t.agreement());
        } else if (!t.parties().isEmpty()) {
            s.append(" | ").append(String.join(", ", t.parties()));
        }
        return s.append(source(t.noteDate(), t.supportCount())).toString();
    }

    private static String accel(AcceleratorUse a) {
        return "- " + a.vendor() + " " + a.family() + ": " + a.role().label() + " (\"" + a.evidence() + "\")"
                + source(a.noteDate(), a.supportCount());
    }

    private static String pitch(Pitch p) {
        return "- " + p.headline() + (p.origin() == Pitch.Origin.PLAYBOOK ? " [playbook]" : "")
                + "\n      why: " + p.rationale();
    }

    private static String action(ActionItem a) {
        return "- " + a.text() + (a.due() == null ? "" : " (due " + a.due() + ")") + (a.owner() == null ? "" : " @" + a.owner());
    }

    private static String person(Person p) {
        return "- " + p.name() + (p.lastContact() == null ? "" : ", last contact " + p.lastContact()) + ", "
                + p.noteCount() + (p.noteCount() == 1 ? " note" : " notes");
    }

    private static String source(java.time.LocalDate date, int support) {
        String d = date == null ? "" : date.toString();
        String n = support > 1 ? support + " notes" : "";
        if (d.isEmpty() && n.isEmpty()) {
            return "";
        }
        return " \u2014 " + d + (d.isEmpty() || n.isEmpty() ? "" : ", ") + n;
    }
}
