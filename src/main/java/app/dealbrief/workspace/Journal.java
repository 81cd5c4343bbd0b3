package app.dealbrief.workspace;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A small local journal of editor text not yet saved: one file per note in {@code journal/}, replaced
 * atomically on each write and deleted once the note is saved. Encrypted stores never write one (it would
 * be plaintext beside the store).
 */
final class Journal {
    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    record Entry(String noteId, Instant typedAt, String body) {
    }

    private final Path folder;

    Journal(Path dataDir) {
        this.folder = dataDir.resolve("journal");
    }

    void write(String noteId, String body) {
        if (!ID.matcher(noteId).matches()) {
            return;
        }
        try {
            Files.createDirectories(folder);
            Path tmp = folder.resolve(noteId + ".tmp");
            Files.writeString(tmp, body, StandardCharsets.UTF_8);
            Files.move(tmp, folder.resolve(noteId + ".md"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("could not write the unsaved-text journal", e);
        }
    }

    void drop(String noteId) {
        if (!ID.matcher(noteId).matches()) {
            return;
        }
        try {
            Files.deleteIfExists(folder.resolve(noteId + ".md"));
        } catch (IOException e) {
            LOG.warn("could not clear the unsaved-text journal", e);
        }
    }

    List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (var files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.endsWith(".md")) {
                    out.add(new Entry(name.substring(0, name.length() - 3), Files.getLastModifiedTime(f).toInstant(),
                            Files.readString(f, StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            LOG.warn("could not read the unsaved-text journal", e);
        }
        return out;
    }

    /** Deletes every entry (when the store becomes encrypted). */
    void clear() {
        entries().forEach(e -> drop(e.noteId()));
    }
}
