package app.dealbrief.testutil.messy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * One file the generator writes, with what a careful reader concludes about it.
 *
 * @param account  canonical account, or null for a note that belongs to none
 * @param patterns the fixture patterns the file shows (for the summary and for tests that pick examples)
 * @param modified the file's last-modified time (copies of a cluster get later times for newer versions)
 */
record Doc(Path path, String text, String account, String cluster, boolean inAccountFolder,
           Set<String> patterns, boolean crlf, boolean bom, LocalDateTime modified) {
}
