package app.dealbrief.sheet;

import java.util.ArrayList;
import java.util.List;

/** A measured piece of the sheet: its height and its ops relative to its own top-left corner. */
record Block(float height, List<Op> ops) {
    Block {
        ops = List.copyOf(ops);
    }

    static final Block EMPTY = new Block(0, List.of());

    Block at(float dx, float dy) {
        List<Op> out = new ArrayList<>(ops.size());
        for (Op op : ops) {
            out.add(op.moved(dx, dy));
        }
        return new Block(height, out);
    }

    /** Stacks blocks vertically with the given gap. */
    static Block stack(List<Block> blocks, float gap) {
        List<Op> ops = new ArrayList<>();
        float y = 0;
        for (int i = 0; i < blocks.size(); i++) {
            ops.addAll(blocks.get(i).at(0, y).ops());
            y += blocks.get(i).height() + (i < blocks.size() - 1 ? gap : 0);
        }
        return new Block(y, ops);
    }
}
