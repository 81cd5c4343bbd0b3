package app.dealbrief.ui.common;

import app.dealbrief.domain.Figures;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How numbers and dates read on screen. */
public final class Format {
    private Format() {
    }

    /** As on the printed sheet: $250B, -$250B, $1.5B, $300M, $25K, $900. */
    public static String money(Long usd) {
        return Figures.money(usd);
    }

    /** As on the printed sheet: 1.2 GW, and below one gigawatt in MW (500 MW). */
    public static String gigawatts(Double gw) {
        return Figures.gigawatts(gw);
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
