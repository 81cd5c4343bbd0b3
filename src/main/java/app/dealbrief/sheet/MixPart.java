package app.dealbrief.sheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import app.dealbrief.domain.AcceleratorUse;
import app.dealbrief.domain.SheetOptions.Panel;

/**
 * The accelerator mix as bars: length and lightness both follow the role (primary longest and darkest),
 * the role is written beside each bar, and weak roles are outlined, so it reads printed in grey.
 */
final class MixPart extends Part<AcceleratorUse> {
    private static final float ROLE_W = 52f;

    MixPart(List<AcceleratorUse> uses, String title) {
        super(Panel.ACCELERATORS, title, uses, 8f, 2, "accelerator", "accelerators");
    }

    static MixPart of(List<AcceleratorUse> uses) {
        List<AcceleratorUse> sorted = new ArrayList<>(uses);
        sorted.sort(Comparator.comparingInt(u -> u.role() == null ? 99 : u.role().ordinal()));
        return new MixPart(sorted, "Accelerator mix");
    }

    @Override
    Part<AcceleratorUse> with(List<AcceleratorUse> rest, String newTitle) {
        return new MixPart(rest, newTitle);
    }

    @Override
    List<Row> rows(List<AcceleratorUse> uses, float width) {
        List<Row> rows = new ArrayList<>();
        for (AcceleratorUse u : uses) {
            rows.add(new Row(row(u, width), 1));
        }
        return rows;
    }

    private Block row(AcceleratorUse u, float width) {
        List<Op> ops = new ArrayList<>();
        float labelW = Math.min(100, width * 0.36f);
        float trackX = labelW + 4;
        float trackW = width - trackX - ROLE_W - 6;
        float top = 3;
        float base = top + 8.4f;
        String name = Wrap.clean(u.vendor()) + " " + Wrap.clean(u.family());
        ops.add(new Op.Text(0, base, Wrap.fit(name, labelW, Face.BOLD, BODY), Face.BOLD, BODY, Ink.TEXT));

        var role = u.role() == null ? app.dealbrief.domain.AcceleratorRole.MENTIONED : u.role();
        ops.add(new Op.Box(trackX, top + 1, trackW, 9, null, Ink.RULE, false));
        float len = Math.max(4, trackW * Ink.roleStrength(role));
        ops.add(new Op.Box(trackX, top + 1, len, 9, Ink.role(role), Ink.outlined(role) ? Ink.MUTED : null,
                Ink.outlined(role)));
        ops.add(new Op.Text(width - ROLE_W, base, role.label(), Face.BOLD, SMALL, Ink.TEXT));

        String evidence = u.evidence() == null || u.evidence().isBlank() ? ""
                : "“" + Wrap.clean(u.evidence()) + "”  ";
        String src = evidence + Fmt.date(u.noteDate());
        ops.add(new Op.Text(trackX, base + SMALL_LEAD + 1, Wrap.fit(src, width - trackX, Face.ITALIC, 6.6f),
                Face.ITALIC, 6.6f, Ink.MUTED));
        return new Block(top + 24, ops);
    }
}
