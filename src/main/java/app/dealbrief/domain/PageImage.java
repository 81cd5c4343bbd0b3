package app.dealbrief.domain;

/**
 * One page drawn for the screen: {@code width} by {@code height} pixels, row by row, each an opaque
 * 0xAARRGGBB int. Plain pixels, so neither the workspace nor the UI needs AWT to pass a page along.
 */
public record PageImage(int width, int height, int[] argb) {
    public PageImage {
        if (width <= 0 || height <= 0 || argb == null || argb.length != width * height) {
            throw new IllegalArgumentException("a page of " + width + "x" + height + " needs as many pixels");
        }
    }
}
