package app.dealbrief.domain;

import java.util.List;

/**
 * A part of a note under one heading.
 *
 * @param heading heading text, null for text before the first heading
 * @param level   heading level (1-6), 0 for text before the first heading
 * @param blocks  plain-text blocks in order: each paragraph and each list item is one block,
 *                inline markdown removed and wiki links shown as their display text
 */
public record Section(String heading, int level, List<Block> blocks) {
    public Section {
        blocks = List.copyOf(blocks);
    }

    /** A paragraph or a list item. */
    public record Block(Kind kind, String text) {
        public enum Kind { PARAGRAPH, BULLET, TASK, QUOTE, TABLE_ROW }
    }
}
