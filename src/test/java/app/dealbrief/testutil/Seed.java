package app.dealbrief.testutil;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared real note and vault, read in place (never copied into the project). */
public final class Seed {
    private Seed() {
    }

    public static Path shared() {
        for (Path p : new Path[] {Path.of("../shared"), Path.of("/work/shared")}) {
            if (Files.isDirectory(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        return Path.of("../shared").toAbsolutePath().normalize();
    }

    /** The seed note; skips the calling test with a reason when the shared folder is absent. */
    public static Path note() {
        Path dir = shared().resolve("seed");
        Assumptions.assumeTrue(Files.isDirectory(dir), "shared seed folder absent: " + dir);
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.txt")) {
            for (Path p : ds) {
                return p;
            }
        } catch (IOException e) {
            Assumptions.abort("cannot list " + dir + ": " + e.getMessage());
        }
        Assumptions.abort("no seed note in " + dir);
        return null;
    }

    /** The seed note as a .md file in {@code dir} (import takes markdown files only). */
    public static Path noteAsMarkdown(Path dir) throws IOException {
        Path target = dir.resolve("2025-11-12 - Announcements.md");
        Files.copy(note(), target);
        return target;
    }

    public static Path vault() {
        Path dir = shared().resolve("vaults").resolve("kepano-obsidian");
        Assumptions.assumeTrue(Files.isDirectory(dir), "shared vault absent: " + dir);
        return dir;
    }
}
