package app.dealbrief.ui.common;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How numbers and dates read on screen. */
public final class Format {
    private Format() {
    }

    /** $250B, $38B, $1.5B, $300M, $25K, $900. */
    public static String money(Long usd) {
        if (usd == null) {
            return "";
        }
        double v = usd;
        if (Math.abs(v) >= 1e12) {
            return "$" + trim(v / 1e12) + "T";
        }
        if (Math.abs(v) >= 1e9) {
            return "$" + trim(v / 1e9) + "B";
        }
        if (Math.abs(v) >= 1e6) {
            return "$" + trim(v / 1e6) + "M";
        }
        if (Math.abs(v) >= 1e3) {
            return "$" + trim(v / 1e3) + "K";
        }
        return "$" + usd;
    }

    public static String gigawatts(Double gw) {
        return gw == null ? "" : trim(gw) + " GW";
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    public static String date(LocalDate d) {
        return d == null ? "undated" : d.toString();
    }

    /** "newest note 12 days old", "newest note from today", "no dated notes". */
    public static String staleness(LocalDate newest, LocalDate today) {
        if (newest == null) {
            return "no dated notes";
        }
        long days = ChronoUnit.DAYS.between(newest, today);
        if (days <= 0) {
            return "newest note from today";
        }
        if (days == 1) {
            return "newest note 1 day old";
        }
        return "newest note " + days + " days old";
    }

    public static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
