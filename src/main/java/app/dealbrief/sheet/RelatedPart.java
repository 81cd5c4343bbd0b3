package app.dealbrief.sheet;

import java.util.ArrayList;
import java.util.List;

import app.dealbrief.domain.SheetOptions.Panel;

/** Related accounts as chips flowing in lines; a line is the unit that gets cut. */
final class RelatedPart extends Part<String> {
    private static final float H = 12f;
    private static final float GAP = 4f;

    RelatedPart(List<String> names, String title) {
        super(Panel.RELATED, title, names, 3f, 1, "account", "accounts");
    }

    @Override
    Part<String> with(List<String> rest, String newTitle) {
        return new RelatedPart(rest, newTitle);
    }

    @Override
    List<Row> rows(List<String> names, float width) {
        List<Row> rows = new ArrayList<>();
        List<Op> ops = new ArrayList<>();
        float x = 0;
        int count = 0;
        for (String raw : names) {
            String name = Wrap.fit(raw, width - 10, Face.REGULAR, BODY - 0.4f);
            float w = Wrap.width(name, Face.REGULAR, BODY - 0.4f) + 10;
            if (x > 0 && x + w > width) {
                rows.add(new Row(new Block(H + GAP, ops), count));
                ops = new ArrayList<>();
                x = 0;
                count = 0;
            }
            ops.add(new Op.Box(x, 1, w, H, Ink.SHADE, Ink.RULE, false));
            ops.add(new Op.Text(x + 5, 9.6f, name, Face.REGULAR, BODY - 0.4f, Ink.TEXT));
            x += w + GAP;
            count++;
        }
        if (count > 0) {
            rows.add(new Row(new Block(H + GAP, ops), count));
        }
        return rows;
    }
}
