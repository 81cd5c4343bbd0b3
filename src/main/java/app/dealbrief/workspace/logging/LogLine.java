package app.dealbrief.workspace.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Context;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * One log line: {@code 2026-11-26 17:03:12.345 WARN  [thread] logger - message}, then the stack trace if
 * any. Written by hand rather than with logback's PatternLayout, whose set-up (a converter registry,
 * date formatters, a pattern parser) cost ~100 ms of every cold CLI start for a format that never changes.
 */
final class LogLine extends LayoutBase<ILoggingEvent> {
    private final ZoneId zone = ZoneId.systemDefault();

    /** A started encoder writing log lines in this layout, for any appender of {@code ctx}. */
    static LayoutWrappingEncoder<ILoggingEvent> encoder(Context ctx) {
        LayoutWrappingEncoder<ILoggingEvent> enc = new LayoutWrappingEncoder<>();
        enc.setContext(ctx);
        LogLine layout = new LogLine();
        layout.setContext(ctx);
        layout.start();
        enc.setLayout(layout);
        enc.start();
        return enc;
    }

    @Override
    public String doLayout(ILoggingEvent e) {
        StringBuilder b = new StringBuilder(128);
        LocalDateTime t = LocalDateTime.ofInstant(Instant.ofEpochMilli(e.getTimeStamp()), zone);
        b.append(t.getYear()).append('-');
        two(b, t.getMonthValue()).append('-');
        two(b, t.getDayOfMonth()).append(' ');
        two(b, t.getHour()).append(':');
        two(b, t.getMinute()).append(':');
        two(b, t.getSecond()).append('.');
        int ms = t.getNano() / 1_000_000;
        b.append(ms < 100 ? (ms < 10 ? "00" : "0") : "").append(ms).append(' ');
        String level = e.getLevel().toString();
        b.append(level).append(" ".repeat(Math.max(1, 6 - level.length())));
        b.append('[').append(e.getThreadName()).append("] ").append(shortName(e.getLoggerName()))
                .append(" - ").append(e.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
        IThrowableProxy thrown = e.getThrowableProxy();
        if (thrown != null) {
            b.append(ThrowableProxyUtil.asString(thrown)).append(CoreConstants.LINE_SEPARATOR);
        }
        return b.toString();
    }

    private static StringBuilder two(StringBuilder b, int v) {
        return (v < 10 ? b.append('0') : b).append(v);
    }

    /** {@code app.dealbrief.workspace.DefaultWorkspace} -> {@code a.d.w.DefaultWorkspace}. */
    static String shortName(String logger) {
        int last = logger.lastIndexOf('.');
        if (last < 0) {
            return logger;
        }
        StringBuilder b = new StringBuilder();
        int start = 0;
        while (start < last) {
            b.append(logger.charAt(start)).append('.');
            int dot = logger.indexOf('.', start);
            start = dot + 1;
        }
        return b.append(logger, last + 1, logger.length()).toString();
    }
}
