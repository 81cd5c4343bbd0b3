package app.dealbrief.sheet;

import java.util.List;

/**
 * Cuts rows until the slots fit the height available. Each step drops the shown row worth least
 * (see {@link Plan#value}) among those whose removal actually shortens the page, so panels shrink in
 * proportion to their importance and a tall column is trimmed before its shorter neighbour.
 */
final class Fitter {
    /** One band of the page: a full-width panel, or two panels side by side (right may be null). */
    record Slot(Plan<?> left, Plan<?> right) {
        float height() {
            return Math.max(left.height(), right == null ? 0 : right.height());
        }
    }

    private Fitter() {
    }

    static float total(List<Slot> slots, float gap) {
        float h = 0;
        for (Slot s : slots) {
            h += s.height();
        }
        return h + gap * Math.max(0, slots.size() - 1);
    }

    /** Returns true when everything fits; false means even empty panels are too tall (tiny paper). */
    static boolean fit(List<Slot> slots, float available, float gap) {
        while (total(slots, gap) > available) {
            Plan<?> best = null;
            boolean bestShrinks = false;
            float bestValue = Float.MAX_VALUE;
            float before = total(slots, gap);
            for (Slot s : slots) {
                for (Plan<?> p : s.right() == null ? List.of(s.left()) : List.of(s.left(), s.right())) {
                    if (p.shown == 0) {
                        continue;
                    }
                    p.shown--;
                    boolean shrinks = total(slots, gap) < before - 0.01f;
                    p.shown++;
                    float v = p.value(p.shown - 1);
                    if ((shrinks && !bestShrinks) || (shrinks == bestShrinks && v < bestValue)) {
                        best = p;
                        bestShrinks = shrinks;
                        bestValue = v;
                    }
                }
            }
            if (best == null) {
                return false;
            }
            best.shown--;
        }
        return true;
    }
}
