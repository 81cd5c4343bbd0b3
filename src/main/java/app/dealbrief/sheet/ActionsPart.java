package app.dealbrief.sheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import app.dealbrief.domain.ActionItem;
import app.dealbrief.domain.SheetOptions.Panel;

/** Open action items: overdue first, then by due date; an empty box to tick in the meeting. */
final class ActionsPart extends Part<ActionItem> {
    private final LocalDate today;

    ActionsPart(List<ActionItem> items, String title, LocalDate today) {
        super(Panel.ACTIONS, title, items, 7f, 2, "action item", "action items");
        this.today = today;
    }

    static ActionsPart of(List<ActionItem> all, LocalDate today) {
        List<ActionItem> open = new ArrayList<>(all.stream().filter(ActionItem::isOpen).toList());
        open.sort(Comparator.comparing((ActionItem a) -> !overdue(a, today))
                .thenComparing(ActionItem::due, Comparator.nullsLast(Comparator.naturalOrder())));
        return new ActionsPart(open, "Open action items", today);
    }

    static boolean overdue(ActionItem a, LocalDate today) {
        return a.due() != null && today != null && a.due().isBefore(today);
    }

    @Override
    Part<ActionItem> with(List<ActionItem> rest, String newTitle) {
        return new ActionsPart(rest, newTitle, today);
    }

    @Override
    List<Row> rows(List<ActionItem> items, float width) {
        List<Row> rows = new ArrayList<>();
        for (ActionItem a : items) {
            rows.add(new Row(row(a, width), 1));
        }
        return rows;
    }

    private Block row(ActionItem a, float width) {
        List<Op> ops = new ArrayList<>();
        float x = 12;
        float top = 2;
        Block text = para(Wrap.lines(a.text(), width - x, Face.REGULAR, BODY, 2), x, Face.REGULAR, BODY,
                BODY_LEAD, Ink.TEXT).at(0, top);
        ops.addAll(text.ops());
        float base = top + BODY_LEAD - (BODY_LEAD - BODY) / 2 - 1;
        ops.add(new Op.Box(0.5f, base - 6.8f, 7, 7, null, Ink.MUTED, false));

        float y = top + text.height() + SMALL_LEAD - 2.5f;
        float cx = x;
        if (overdue(a, today)) {
            String flag = "OVERDUE  ";
            ops.add(new Op.Text(cx, y, flag, Face.BOLD, SMALL - 0.4f, Ink.ALERT));
            cx += Wrap.width(flag, Face.BOLD, SMALL - 0.4f);
        }
        List<String> meta = new ArrayList<>();
        meta.add(a.due() == null ? "no due date" : "due " + Fmt.date(a.due()));
        if (a.owner() != null && !a.owner().isBlank()) {
            meta.add(Wrap.clean(a.owner()));
        }
        if (a.state() == ActionItem.State.QUESTION) {
            meta.add("open question");
        }
        ops.add(new Op.Text(cx, y, Wrap.fit(String.join("  ·  ", meta), width - cx, Face.REGULAR, SMALL),
                Face.REGULAR, SMALL, overdue(a, today) ? Ink.ALERT : Ink.MUTED));
        return new Block(top + text.height() + SMALL_LEAD + 2, ops);
    }
}
