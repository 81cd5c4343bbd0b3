package app.dealbrief.sheet;

/** The type faces the sheet uses; each maps to one shipped font file. */
enum Face {
    REGULAR("NotoSans-Regular.ttf", "DejaVuSans.ttf"),
    BOLD("NotoSans-Bold.ttf", "DejaVuSans-Bold.ttf"),
    ITALIC("NotoSans-Italic.ttf", "DejaVuSans-Oblique.ttf");

    final String file;
    final String fallbackFile;

    Face(String file, String fallbackFile) {
        this.file = file;
        this.fallbackFile = fallbackFile;
    }
}
