package app.dealbrief.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.SheetOptions;
import app.dealbrief.domain.SheetOptions.Panel;

/**
 * The sheet as pages of drawing ops, decided before any PDF exists: which panels go where, which rows
 * fit, and where "+N more" lines stand. Pure, so tests can check it without reading PDFs.
 */
record SheetLayout(List<Page> pages) {
    record Page(float width, float height, List<Op> ops) {
    }

    static final float LETTER_W = 612f;
    static final float LETTER_H = 792f;
    static final float A4_W = 595.28f;
    static final float A4_H = 841.89f;
    static final float SIDE = 40f;
    static final float TOP = 34f;
    static final float BOTTOM = 28f;
    static final float GAP = 13f;
    static final float GUTTER = 22f;

    static SheetLayout of(Briefing b, SheetOptions o) {
        float pw = o.paper() == SheetOptions.Paper.A4 ? A4_W : LETTER_W;
        float ph = o.paper() == SheetOptions.Paper.A4 ? A4_H : LETTER_H;
        float w = pw - 2 * SIDE;

        Block header = Chrome.header(b, o, w);
        float top = TOP + header.height() + GAP + 2;
        float bottom = ph - BOTTOM - Chrome.FOOTER_H - 8;
        List<Fitter.Slot> slots = slots(parts(b, o), w);
        Fitter.fit(slots, bottom - top, GAP);

        List<Fitter.Slot> more = new ArrayList<>();
        boolean continued = false;
        if (o.maxPages() > 1 && slots.stream().anyMatch(SheetLayout::isCut)) {
            continued = true;
            for (Fitter.Slot s : slots) {
                addRest(more, s.left(), w);
                if (s.right() != null) {
                    addRest(more, s.right(), w);
                }
            }
        }
        int pageCount = continued ? 2 : 1;

        List<Op> first = new ArrayList<>(header.at(SIDE, TOP).ops());
        place(first, slots, top, continued);
        first.addAll(Chrome.footer(b, o, 1, pageCount, w).at(SIDE, ph - BOTTOM - Chrome.FOOTER_H).ops());
        List<Page> pages = new ArrayList<>();
        pages.add(new Page(pw, ph, first));

        if (continued) {
            Block head2 = Chrome.continuationHeader(b, w);
            float top2 = TOP + head2.height() + GAP;
            Fitter.fit(more, bottom - top2, GAP);
            List<Op> second = new ArrayList<>(head2.at(SIDE, TOP).ops());
            place(second, more, top2, false);
            second.addAll(Chrome.footer(b, o, 2, 2, w).at(SIDE, ph - BOTTOM - Chrome.FOOTER_H).ops());
            pages.add(new Page(pw, ph, second));
        }
        return new SheetLayout(pages);
    }

    /** The parts asked for and not empty, in reading order. */
    static List<Part<?>> parts(Briefing b, SheetOptions o) {
        Set<Panel> on = o.panels();
        List<Part<?>> parts = new ArrayList<>();
        String summary = Wrap.clean(b.summary());
        if (on.contains(Panel.SUMMARY) && !summary.isEmpty()) {
            parts.add(new SummaryPart(summary));
        }
        if (on.contains(Panel.TERMS) && !b.partnershipTerms().isEmpty()) {
            parts.add(TermsPart.of(b.partnershipTerms()));
        }
        if (on.contains(Panel.ACCELERATORS) && !b.acceleratorMix().isEmpty()) {
            parts.add(MixPart.of(b.acceleratorMix()));
        }
        if (on.contains(Panel.ACTIONS)) {
            ActionsPart actions = ActionsPart.of(b.actionItems(), o.preparedOn());
            if (!actions.items.isEmpty()) {
                parts.add(actions);
            }
        }
        if (on.contains(Panel.PITCHES)) {
            PitchesPart pitches = PitchesPart.of(b.pitches());
            if (!pitches.items.isEmpty()) {
                parts.add(pitches);
            }
        }
        if (on.contains(Panel.PEOPLE) && !b.people().isEmpty()) {
            parts.add(PeoplePart.of(b.people()));
        }
        if (on.contains(Panel.RELATED) && !b.related().isEmpty()) {
            parts.add(new RelatedPart(b.related(), "Related accounts"));
        }
        return parts;
    }

    /**
     * Bands of the page: summary, terms and pitches take the full width; the accelerator mix pairs with
     * the action items, and key people with related accounts, when both of a pair are present.
     */
    private static List<Fitter.Slot> slots(List<Part<?>> parts, float w) {
        float half = (w - GUTTER) / 2;
        List<Fitter.Slot> slots = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part<?> p = parts.get(i);
            Part<?> next = i + 1 < parts.size() ? parts.get(i + 1) : null;
            if (next != null && pairs(p.id, next.id)) {
                slots.add(new Fitter.Slot(new Plan<>(p, half), new Plan<>(next, half)));
                i++;
            } else {
                slots.add(new Fitter.Slot(new Plan<>(p, w), null));
            }
        }
        return slots;
    }

    private static boolean pairs(Panel a, Panel b) {
        return a == Panel.ACCELERATORS && b == Panel.ACTIONS || a == Panel.PEOPLE && b == Panel.RELATED;
    }

    private static boolean isCut(Fitter.Slot s) {
        return s.left().isCut() || s.right() != null && s.right().isCut();
    }

    private static <T> void addRest(List<Fitter.Slot> out, Plan<T> p, float w) {
        // The summary's rest is never continued: a cut summary ends in "…".
        if (p.isCut() && p.part.one != null && !p.rest().isEmpty()) {
            out.add(new Fitter.Slot(new Plan<>(p.part.with(p.rest(), p.part.title + " (continued)"), w), null));
        }
    }

    private static void place(List<Op> ops, List<Fitter.Slot> slots, float top, boolean continued) {
        float y = top;
        for (Fitter.Slot s : slots) {
            ops.addAll(s.left().draw(continued && s.left().part.one != null).at(SIDE, y).ops());
            if (s.right() != null) {
                float x = SIDE + s.left().width + GUTTER;
                ops.addAll(s.right().draw(continued && s.right().part.one != null).at(x, y).ops());
            }
            y += s.height() + GAP;
        }
    }
}
