package app.dealbrief.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.dealbrief.domain.SheetOptions.Panel;

/**
 * One panel's content before fitting: its items, how they become rows at a given width, and how much a
 * row is worth when space runs out. Rows are cut from the end, so items come in priority order.
 */
abstract class Part<T> {
    static final float BODY = 8.2f;
    static final float BODY_LEAD = 10.8f;
    static final float SMALL = 7f;
    static final float SMALL_LEAD = 9.2f;
    static final float TITLE = 7.4f;
    static final float TITLE_HEIGHT = 17f;

    /** A drawn row and how many items it shows (a row of chips can show several). */
    record Row(Block block, int count) {
    }

    final Panel id;
    final String title;
    final List<T> items;
    /** Importance against other panels when cutting; the first {@link #keep} rows are cut last. */
    final float weight;
    final int keep;
    /** "term" / "terms" for the "+N more terms in DealBrief" line; null when a cut shows no such line. */
    final String one;
    final String many;

    Part(Panel id, String title, List<T> items, float weight, int keep, String one, String many) {
        this.id = id;
        this.title = title;
        this.items = List.copyOf(items);
        this.weight = weight;
        this.keep = keep;
        this.one = one;
        this.many = many;
    }

    abstract List<Row> rows(List<T> items, float width);

    /** The same kind of part over other items (the rest, on a continuation page). */
    abstract Part<T> with(List<T> rest, String newTitle);

    /** Rows shown when only the first n fit; a part may redraw its last row (e.g. to end in "…"). */
    List<Row> cut(List<Row> rows, int n, float width) {
        return new ArrayList<>(rows.subList(0, n));
    }

    /** The title over the panel, plus column heads where the part has them. */
    Block head(float width) {
        return titleBlock(title, width);
    }

    static Block titleBlock(String title, float width) {
        List<Op> ops = new ArrayList<>();
        ops.add(new Op.Text(0, 9, title.toUpperCase(Locale.ROOT), Face.BOLD, TITLE, Ink.ACCENT));
        ops.add(new Op.Line(0, 12.5f, width, 12.5f, 0.6f, Ink.RULE));
        return new Block(TITLE_HEIGHT, ops);
    }

    /** A paragraph as stacked lines. */
    static Block para(List<String> lines, float x, Face face, float size, float lead, Ink.Rgb color) {
        List<Op> ops = new ArrayList<>();
        float y = 0;
        for (String line : lines) {
            y += lead;
            ops.add(new Op.Text(x, y - (lead - size) / 2 - 1, line, face, size, color));
        }
        return new Block(y, ops);
    }
}
