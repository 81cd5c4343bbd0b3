package app.dealbrief.sheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import app.dealbrief.domain.Pitch;
import app.dealbrief.domain.SheetOptions.Panel;

/**
 * Pitches to make, those still "to try" first: numbered headline, a line or two of why, status on the right.
 * Dropped pitches stay in the app; paper is for what is still worth saying.
 */
final class PitchesPart extends Part<Pitch> {
    private static final float META = 64f;

    /** Number of the first pitch, so a continuation page carries on counting. */
    private final int first;

    PitchesPart(List<Pitch> pitches, String title, int first) {
        super(Panel.PITCHES, title, pitches, 10f, 3, "pitch", "pitches");
        this.first = first;
    }

    static PitchesPart of(List<Pitch> pitches) {
        List<Pitch> sorted = new ArrayList<>(pitches.stream().filter(p -> p.status() != Pitch.Status.DROPPED).toList());
        sorted.sort(Comparator.comparingInt(p -> p.status() == null ? 0 : p.status().ordinal()));
        return new PitchesPart(sorted, "Pitches to make", 1);
    }

    @Override
    Part<Pitch> with(List<Pitch> rest, String newTitle) {
        return new PitchesPart(rest, newTitle, first + items.size() - rest.size());
    }

    @Override
    List<Row> rows(List<Pitch> pitches, float width) {
        List<Row> rows = new ArrayList<>();
        int n = first;
        for (Pitch p : pitches) {
            rows.add(new Row(row(p, n++, width), 1));
        }
        return rows;
    }

    private Block row(Pitch p, int n, float width) {
        List<Op> ops = new ArrayList<>();
        float textX = 18;
        float textW = width - textX - META - 8;
        List<String> head = Wrap.lines(p.headline(), textW, Face.BOLD, BODY, 2);
        List<String> why = Wrap.lines(p.rationale(), textW, Face.REGULAR, SMALL, 2);
        float top = 2;
        Block h = para(head, textX, Face.BOLD, BODY, BODY_LEAD, Ink.TEXT).at(0, top);
        Block r = para(why, textX, Face.REGULAR, SMALL, SMALL_LEAD, Ink.MUTED).at(0, top + h.height());
        ops.addAll(h.ops());
        ops.addAll(r.ops());

        float base = top + BODY_LEAD - (BODY_LEAD - BODY) / 2 - 1;
        String num = Integer.toString(n);
        ops.add(new Op.Box(0, base - 8.4f, 12, 11, Ink.ACCENT, null, false));
        ops.add(new Op.Text(6 - Wrap.width(num, Face.BOLD, 7f) / 2, base - 0.4f, num, Face.BOLD, 7f, Ink.WHITE));

        Pitch.Status status = p.status() == null ? Pitch.Status.TO_TRY : p.status();
        String label = status.label().toUpperCase(java.util.Locale.ROOT);
        float chipX = width - META;
        boolean open = status == Pitch.Status.TO_TRY;
        ops.add(new Op.Box(chipX, base - 7.6f, META, 10, open ? Ink.SHADE : null, open ? Ink.ACCENT : Ink.RULE, false));
        ops.add(new Op.Text(chipX + (META - Wrap.width(label, Face.BOLD, 6.2f)) / 2, base - 0.6f, label,
                Face.BOLD, 6.2f, open ? Ink.ACCENT : Ink.FAINT));
        String origin = p.origin() == Pitch.Origin.PLAYBOOK ? "playbook rule" : "from notes";
        ops.add(new Op.Text(chipX + (META - Wrap.width(origin, Face.ITALIC, 6.2f)) / 2, base + 9.5f, origin,
                Face.ITALIC, 6.2f, Ink.FAINT));

        float height = top + Math.max(h.height() + r.height(), 21) + 3;
        return new Block(height, ops);
    }
}
