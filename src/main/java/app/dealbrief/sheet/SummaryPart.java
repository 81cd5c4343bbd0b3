package app.dealbrief.sheet;

import java.util.ArrayList;
import java.util.List;

import app.dealbrief.domain.SheetOptions.Panel;

/** The newest note's summary; when space is short it loses lines and ends in "…" (no continuation). */
final class SummaryPart extends Part<String> {
    static final float SIZE = 8.8f;
    static final float LEAD = 12f;
    private static final int MAX_LINES = 8;

    SummaryPart(String text) {
        super(Panel.SUMMARY, "Summary", List.of(text), 9f, 3, null, null);
    }

    @Override
    Part<String> with(List<String> rest, String newTitle) {
        return new SummaryPart(rest.isEmpty() ? "" : rest.get(0));
    }

    @Override
    List<Row> rows(List<String> texts, float width) {
        return rows(texts, width, MAX_LINES);
    }

    private List<Row> rows(List<String> texts, float width, int max) {
        List<Row> rows = new ArrayList<>();
        if (texts.isEmpty()) {
            return rows;
        }
        List<String> lines = Wrap.lines(texts.get(0), width, Face.REGULAR, SIZE, max);
        for (int i = 0; i < lines.size(); i++) {
            // The whole summary counts as one item, shown once its first line is.
            Block b = para(List.of(lines.get(i)), 0, Face.REGULAR, SIZE, LEAD, Ink.TEXT);
            rows.add(new Row(b, i == 0 ? 1 : 0));
        }
        return rows;
    }

    @Override
    List<Row> cut(List<Row> rows, int n, float width) {
        return n == 0 ? new ArrayList<>() : rows(items, width, n);
    }
}
