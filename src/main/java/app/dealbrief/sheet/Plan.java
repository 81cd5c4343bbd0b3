package app.dealbrief.sheet;

import java.util.ArrayList;
import java.util.List;

/** A part laid out at one width, with how many of its rows are shown; the fitter lowers {@link #shown}. */
final class Plan<T> {
    static final float MORE_H = 13f;

    final Part<T> part;
    final float width;
    final Block head;
    final List<Part.Row> rows;
    int shown;

    Plan(Part<T> part, float width) {
        this.part = part;
        this.width = width;
        this.head = part.head(width);
        this.rows = part.rows(part.items, width);
        this.shown = rows.size();
    }

    boolean isCut() {
        return shown < rows.size();
    }

    float height() {
        return height(shown);
    }

    float height(int k) {
        float h = head.height();
        for (int i = 0; i < k; i++) {
            h += rows.get(i).block().height();
        }
        return h + (k < rows.size() && part.one != null ? MORE_H : 0);
    }

    /** Items not shown, in order: the continuation page starts from these. */
    List<T> rest() {
        int used = 0;
        for (int i = 0; i < shown; i++) {
            used += rows.get(i).count();
        }
        return part.items.subList(used, part.items.size());
    }

    /** What a row is worth keeping: the panel's weight, falling with position; kept rows count far more. */
    float value(int index) {
        float v = part.weight / (1 + index);
        return index < part.keep ? v * 100 : v;
    }

    /** The panel as drawn; continued says the cut rows are on the next page rather than only in the app. */
    Block draw(boolean continued) {
        List<Block> parts = new ArrayList<>();
        parts.add(head);
        for (Part.Row r : part.cut(rows, shown, width)) {
            parts.add(r.block());
        }
        if (isCut() && part.one != null) {
            int n = rest().size();
            String noun = n == 1 ? part.one : part.many;
            String text = continued ? "Continued on page 2 — " + n + " more " + noun
                    : "+" + n + " more " + noun + " in DealBrief";
            List<Op> ops = List.of(new Op.Text(0, 9.5f, text, Face.ITALIC, Part.SMALL, Ink.ACCENT));
            parts.add(new Block(MORE_H, ops));
        }
        return Block.stack(parts, 0);
    }
}
