package app.dealbrief.sheet;

/**
 * One drawing instruction of the layout model. Coordinates are points from the page's top-left corner
 * (y grows downwards), so the model reads like the page; the painter flips them for PDF.
 */
sealed interface Op permits Op.Text, Op.Box, Op.Line {

    Op moved(float dx, float dy);

    /** A single line of text; y is its baseline. */
    record Text(float x, float y, String text, Face face, float size, Ink.Rgb color) implements Op {
        public Op moved(float dx, float dy) {
            return new Text(x + dx, y + dy, text, face, size, color);
        }
    }

    /** A rectangle; fill and stroke may each be null. */
    record Box(float x, float y, float w, float h, Ink.Rgb fill, Ink.Rgb stroke, boolean dashed) implements Op {
        public Op moved(float dx, float dy) {
            return new Box(x + dx, y + dy, w, h, fill, stroke, dashed);
        }
    }

    record Line(float x1, float y1, float x2, float y2, float width, Ink.Rgb color) implements Op {
        public Op moved(float dx, float dy) {
            return new Line(x1 + dx, y1 + dy, x2 + dx, y2 + dy, width, color);
        }
    }
}
