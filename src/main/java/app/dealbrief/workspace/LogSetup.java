package app.dealbrief.workspace;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
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

    public static Path configure(Path dataDir) {
        Path logs = dataDir.resolve("logs");
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx)) {
            return logs;
        }
        ctx.reset();
        PatternLayoutEncoder enc = new PatternLayoutEncoder();
        enc.setContext(ctx);
        enc.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{30} - %msg%n");
        enc.start();

        RollingFileAppender<ch.qos.logback.classic.spi.ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(ctx);
        file.setFile(logs.resolve("dealbrief.log").toString());
        SizeAndTimeBasedRollingPolicy<ch.qos.logback.classic.spi.ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(ctx);
        policy.setParent(file);
        policy.setFileNamePattern(logs.resolve("dealbrief.%d{yyyy-MM-dd}.%i.log").toString());
        policy.setMaxFileSize(FileSize.valueOf("5MB"));
        policy.setMaxHistory(14);
        policy.setTotalSizeCap(FileSize.valueOf("50MB"));
        policy.start();
        file.setRollingPolicy(policy);
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
