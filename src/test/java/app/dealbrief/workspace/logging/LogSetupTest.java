package app.dealbrief.workspace.logging;

import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The log a user (or support) opens in logs/: readable lines, stack traces, bounded size. */
class LogSetupTest {
    @TempDir
    Path dir;

    @AfterEach
    void restoreDefaults() {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        ctx.reset();
        new LogDefaults().configure(ctx);
    }

    @Test
    void writesDatedLinesWithLevelLoggerAndStackTrace() throws Exception {
        Path logs = LogSetup.configure(dir);
        Logger log = LoggerFactory.getLogger("app.dealbrief.workspace.Example");
        log.info("opened {} notes", 3);
        log.warn("could not read a file", new IllegalStateException("disk said no"));
        log.debug("not written at the default level");

        String text = Files.readString(logs.resolve("dealbrief.log"));
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO +\\[.+] "
                + "a\\.d\\.w\\.Example - opened 3 notes");
        assertThat(lines.get(1)).contains("WARN", "could not read a file");
        assertThat(text).contains("java.lang.IllegalStateException: disk said no", "at app.dealbrief.workspace.logging.LogSetupTest")
                .doesNotContain("not written at the default level");
    }

    @Test
    void rollsOverBySizeAndKeepsAFewOldFiles() throws Exception {
        Path logs = LogSetup.configure(dir, "2KB", 0);
        Logger log = LoggerFactory.getLogger("app.dealbrief.Example");
        String line = "x".repeat(200);
        for (int i = 0; i < 400; i++) {
            log.info("{} {}", i, line);
        }
        try (var files = Files.list(logs)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).contains("dealbrief.log", "dealbrief.1.log")
                    .hasSizeLessThanOrEqualTo(1 + LogSetup.KEPT)
                    .allMatch(n -> n.matches("dealbrief(\\.\\d)?\\.log"));
        }
        // the newest line is in the live file, and no file grew far past the limit
        assertThat(Files.readString(logs.resolve("dealbrief.log"))).contains("399 ");
        try (var files = Files.list(logs)) {
            assertThat(files.mapToLong(p -> p.toFile().length()).max().orElse(0)).isLessThan(8 * 1024);
        }
    }

    @Test
    void shortNamesKeepTheClassAndInitialsOfPackages() {
        assertThat(LogLine.shortName("app.dealbrief.store.Database")).isEqualTo("a.d.s.Database");
        assertThat(LogLine.shortName("Plain")).isEqualTo("Plain");
    }
}
