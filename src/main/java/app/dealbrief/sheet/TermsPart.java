package app.dealbrief.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.domain.SheetOptions.Panel;

/** The partnership terms table, grouped under the agreement each clause belongs to. */
final class TermsPart extends Part<TermsPart.Line> {
    /** A term and whether it opens a new agreement group (then the agreement name is drawn above it). */
    record Line(PartnershipTerm term, boolean opensGroup) {
    }

    private static final float PAD = 3f;
    private static final float CHIP = 15f;

    TermsPart(List<Line> lines, String title) {
        super(Panel.TERMS, title, lines, 10f, 3, "term", "terms");
    }

    static TermsPart of(List<PartnershipTerm> terms) {
        // Keep the briefing's order but gather each agreement's clauses together.
        List<String> order = new ArrayList<>();
        for (PartnershipTerm t : terms) {
            if (!order.contains(t.agreement())) {
                order.add(t.agreement());
            }
        }
        List<Line> lines = new ArrayList<>();
        for (String agreement : order) {
            boolean first = true;
            for (PartnershipTerm t : terms) {
                if (Objects.equals(t.agreement(), agreement)) {
                    lines.add(new Line(t, first));
                    first = false;
                }
            }
        }
        return new TermsPart(lines, "Partnership terms");
    }

    @Override
    Part<Line> with(List<Line> rest, String newTitle) {
        List<Line> copy = new ArrayList<>(rest);
        if (!copy.isEmpty()) {
            copy.set(0, new Line(copy.get(0).term(), true)); // repeat the agreement name on the new page
        }
        return new TermsPart(copy, newTitle);
    }

    /** Column lefts: clause, category, amount(right edge), GW(right edge), year, source. */
    private record Cols(float category, float amountEnd, float gwEnd, float year, float source, float clauseWidth) {
        static Cols of(float w) {
            float source = w - 46;
            float year = source - 34;
            float gwEnd = year - 10;
            float amountEnd = gwEnd - 40;
            float category = amountEnd - 44 - 72;
            return new Cols(category, amountEnd, gwEnd, year, source, category - 10);
        }
    }

    @Override
    Block head(float width) {
        Cols c = Cols.of(width);
        Block top = titleBlock(title, width);
        float y = top.height();
        float h = 12f;
        List<Op> ops = new ArrayList<>(top.ops());
        ops.add(new Op.Box(0, y, width, h, Ink.SHADE, null, false));
        float base = y + 8.3f;
        ops.add(text(3, base, "CLAUSE"));
        ops.add(text(c.category(), base, "CATEGORY"));
        ops.add(text(c.amountEnd() - Wrap.width("AMOUNT", Face.BOLD, 6.2f), base, "AMOUNT"));
        ops.add(text(c.gwEnd() - Wrap.width("GW", Face.BOLD, 6.2f), base, "GW"));
        ops.add(text(c.year(), base, "YEAR"));
        ops.add(text(c.source(), base, "NOTE OF"));
        return new Block(y + h, ops);
    }

    private static Op text(float x, float y, String s) {
        return new Op.Text(x, y, s, Face.BOLD, 6.2f, Ink.MUTED);
    }

    @Override
    List<Row> rows(List<Line> lines, float width) {
        Cols c = Cols.of(width);
        List<Row> rows = new ArrayList<>();
        for (Line line : lines) {
            rows.add(new Row(row(line, c, width), 1));
        }
        return rows;
    }

    private Block row(Line line, Cols c, float width) {
        PartnershipTerm t = line.term();
        List<Op> ops = new ArrayList<>();
        float y = PAD;
        if (line.opensGroup() && t.agreement() != null) {
            String parties = t.parties().isEmpty() ? "" : "  ·  " + String.join(" & ", t.parties());
            y += 1.5f;
            ops.add(new Op.Text(3, y + 8, Wrap.fit(t.agreement() + parties, width - 6, Face.ITALIC, SMALL),
                    Face.ITALIC, SMALL, Ink.MUTED));
            y += SMALL_LEAD + 0.5f;
        }
        float indent = t.negated() ? CHIP + 4 : 0;
        List<String> clause = Wrap.lines(clauseText(t), c.clauseWidth() - 3 - indent, Face.REGULAR, BODY, 3);
        Block para = para(clause, 3 + indent, Face.REGULAR, BODY, BODY_LEAD, Ink.TEXT).at(0, y);
        float base = y + BODY_LEAD - (BODY_LEAD - BODY) / 2 - 1;
        if (t.negated()) {
            // A dark "NO" chip: a negated clause must never read as a granted one, even photocopied.
            // Drawn before the clause so copied or extracted text reads "NO right of ...".
            ops.add(new Op.Box(3, base - 7.2f, CHIP, 9.2f, Ink.ALERT, null, false));
            ops.add(new Op.Text(3 + (CHIP - Wrap.width("NO", Face.BOLD, 6.4f)) / 2, base - 0.6f, "NO",
                    Face.BOLD, 6.4f, Ink.WHITE));
        }
        ops.addAll(para.ops());
        ops.add(new Op.Text(c.category(), base, Fmt.category(t.category()), Face.REGULAR, SMALL + 0.4f,
                t.negated() ? Ink.ALERT : Ink.MUTED));
        right(ops, c.amountEnd(), base, Fmt.money(t.amountUsd()));
        right(ops, c.gwEnd(), base, Fmt.gigawatts(t.gigawatts()));
        ops.add(new Op.Text(c.year(), base, Fmt.year(t.year()), Face.BOLD, BODY, Ink.TEXT));
        ops.add(new Op.Text(c.source(), base, Fmt.date(t.noteDate()), Face.REGULAR, SMALL, Ink.FAINT));
        float h = y + Math.max(para.height(), BODY_LEAD) + PAD;
        ops.add(new Op.Line(0, h, width, h, 0.4f, Ink.RULE));
        return new Block(h, ops);
    }

    private static void right(List<Op> ops, float end, float base, String s) {
        if (!s.isEmpty()) {
            ops.add(new Op.Text(end - Wrap.width(s, Face.BOLD, BODY), base, s, Face.BOLD, BODY, Ink.TEXT));
        }
    }

    /** A negated clause drops its leading "no", which the chip now says. */
    static String clauseText(PartnershipTerm t) {
        String s = Wrap.clean(t.text());
        return t.negated() ? s.replaceFirst("(?i)^(no|not|without)\\b[\\s:,–—-]*", "") : s;
    }
}
