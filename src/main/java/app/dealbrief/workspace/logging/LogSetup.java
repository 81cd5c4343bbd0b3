package app.dealbrief.workspace.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.Duration;
import ch.qos.logback.core.util.FileSize;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * Sends the log to {@code logs/} of the data folder, rotated, and nowhere else: CLI output stays exactly
 * what the contract says. Logs carry file names and errors, never note text.
 */
public final class LogSetup {
    private LogSetup() {
    }

    /** Size at which {@code dealbrief.log} rolls over to {@code dealbrief.1.log} (the oldest kept is .5). */
    static final String MAX_FILE_SIZE = "5MB";
    static final int KEPT = 5;

    public static Path configure(Path dataDir) {
        return configure(dataDir, MAX_FILE_SIZE, 1000);
    }

    /** {@code checkMillis}: how often the file size is looked at (logback's default is once a minute). */
    static Path configure(Path dataDir, String maxFileSize, long checkMillis) {
        Path logs = dataDir.resolve("logs");
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx)) {
            return logs;
        }
        ctx.reset();
        LayoutWrappingEncoder<ILoggingEvent> enc = LogLine.encoder(ctx);

        // Fixed-window rolling by size: dealbrief.log, then .1 (newest) to .5. A date-based policy cost
        // ~100 ms at every start (calendar and pattern set-up) for file names nobody reads.
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(ctx);
        file.setFile(logs.resolve("dealbrief.log").toString());
        FixedWindowRollingPolicy policy = new FixedWindowRollingPolicy();
        policy.setContext(ctx);
        policy.setParent(file);
        policy.setFileNamePattern(logs.resolve("dealbrief.%i.log").toString());
        policy.setMinIndex(1);
        policy.setMaxIndex(KEPT);
        policy.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(ctx);
        trigger.setMaxFileSize(FileSize.valueOf(maxFileSize));
        trigger.setCheckIncrement(Duration.buildByMilliseconds(checkMillis));
        trigger.start();
        file.setRollingPolicy(policy);
        file.setTriggeringPolicy(trigger);
        file.setEncoder(enc);
        file.start();

        Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        ctx.getLogger("org.flywaydb").setLevel(Level.WARN);
        ctx.getLogger("org.apache.pdfbox").setLevel(Level.ERROR);
        ctx.getLogger("org.apache.fontbox").setLevel(Level.ERROR);
        return logs;
    }
}
