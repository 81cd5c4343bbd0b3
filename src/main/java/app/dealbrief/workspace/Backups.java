package app.dealbrief.workspace;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Automatic backups in {@code backups/} of the data folder: on close when something changed, and at least
 * daily; the newest {@value #KEEP} are kept. Manual and pre-restore backups are never pruned.
 */
final class Backups {
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    static final int KEEP = 10;
    static final String PREFIX = "auto-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path folder;

    Backups(Path dataDir) {
        this.folder = dataDir.resolve("backups");
    }

    /** Whether a backup is due: something changed, or the newest automatic one is a day old. */
    boolean due(boolean changed) {
        if (changed) {
            return true;
        }
        return newest().map(p -> {
            try {
                return Files.getLastModifiedTime(p).toInstant().isBefore(Instant.now().minus(Duration.ofDays(1)));
            } catch (IOException e) {
                return true;
            }
        }).orElse(false);
    }

    /** Writes a new automatic backup with {@code writer}, then prunes old ones. Never throws: closing must go on. */
    void run(Consumer<Path> writer) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(PREFIX + LocalDateTime.now().format(STAMP) + ".zip");
            writer.accept(file);
            prune();
        } catch (IOException | RuntimeException e) {
            LOG.warn("automatic backup failed", e);
        }
    }

    List<Path> automatic() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(PREFIX) && p.toString().endsWith(".zip"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Deletes every automatic backup (used when a store becomes encrypted: old ones hold plaintext). */
    void deleteAutomatic() {
        for (Path p : automatic()) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                LOG.warn("could not delete {}", p, e);
            }
        }
    }

    private java.util.Optional<Path> newest() {
        return automatic().stream().findFirst();
    }

    private void prune() throws IOException {
        List<Path> all = automatic();
        for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            Files.deleteIfExists(old);
        }
    }
}
