package app.dealbrief.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shipped font family plus an optional system fallback, loaded once per JVM.
 * Text is split into runs by the font that has its glyphs; a glyph no font has becomes a visible '?'.
 */
final class FontSet {
    /** Where DejaVu lives on Debian-like systems; it covers Greek, Cyrillic and more, but not CJK. */
    private static final Path FALLBACK_DIR = Path.of("/usr/share/fonts/truetype/dejavu");

    record Run(String text, FontFile font) {
    }

    private static volatile FontSet shared;

    private final Map<Face, FontFile> main = new EnumMap<>(Face.class);
    // Read when a text first needs a glyph the shipped font lacks: most sheets never do, and each
    // system font costs a parse at the first sheet of a cold start.
    private final Map<Face, Optional<FontFile>> fallback = new ConcurrentHashMap<>();

    private FontSet() {
        for (Face f : Face.values()) {
            main.put(f, loadResource(f.file));
        }
    }

    private FontFile fallback(Face face) {
        return fallback.computeIfAbsent(face, f -> Optional.ofNullable(loadSystem(FALLBACK_DIR.resolve(f.fallbackFile))))
                .orElse(null);
    }

    static FontSet get() {
        FontSet s = shared;
        if (s == null) {
            synchronized (FontSet.class) {
                if (shared == null) {
                    shared = new FontSet();
                }
                s = shared;
            }
        }
        return s;
    }

    FontFile main(Face face) {
        return main.get(face);
    }

    /** Splits text into runs per font; control characters become spaces. */
    List<Run> runs(String text, Face face) {
        FontFile primary = main.get(face);
        FontFile backup = null;
        boolean backupTried = false;
        List<Run> runs = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        FontFile curFont = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp)) {
                cp = ' ';
            }
            FontFile font;
            if (!primary.has(cp) && !backupTried) {
                backup = fallback(face);
                backupTried = true;
            }
            if (primary.has(cp)) {
                font = primary;
            } else if (backup != null && backup.has(cp)) {
                font = backup;
            } else {
                font = primary;
                cp = '?';
            }
            if (font != curFont && cur.length() > 0) {
                runs.add(new Run(cur.toString(), curFont));
                cur.setLength(0);
            }
            curFont = font;
            cur.appendCodePoint(cp);
        }
        if (cur.length() > 0) {
            runs.add(new Run(cur.toString(), curFont));
        }
        return runs;
    }

    float width(String text, Face face, float size) {
        float w = 0;
        for (Run r : runs(text, face)) {
            for (int i = 0; i < r.text().length(); ) {
                int cp = r.text().codePointAt(i);
                w += r.font().advance(cp);
                i += Character.charCount(cp);
            }
        }
        return w * size / 1000f;
    }

    private static FontFile loadResource(String file) {
        String path = "/fonts/" + file;
        try (InputStream in = FontSet.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Font " + path + " is missing from the classpath");
            }
            return new FontFile(file, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + path, e);
        }
    }

    private static FontFile loadSystem(Path p) {
        try {
            return Files.isReadable(p) ? new FontFile(p.getFileName().toString(), Files.readAllBytes(p)) : null;
        } catch (IOException | RuntimeException e) {
            return null; // a broken system font only loses the fallback
        }
    }
}
