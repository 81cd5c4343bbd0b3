package app.dealbrief.sheet;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import app.dealbrief.domain.Figures;
import app.dealbrief.domain.TermCategory;

/** How numbers, dates and labels read on paper. */
final class Fmt {
    // Day-month-year with a month name is unambiguous on both sides of the Atlantic.
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Fmt() {
    }

    static String date(LocalDate d) {
        return d == null ? "—" : DATE.format(d);
    }

    /** $250B, -$250B, $1.5T, $300M, $40K, $900: as on screen. */
    static String money(Long usd) {
        return Figures.money(usd);
    }

    /** 1.2 GW; below one gigawatt in MW, as people say it: as on screen. */
    static String gigawatts(Double gw) {
        return Figures.gigawatts(gw);
    }

    static String year(Integer y) {
        return y == null ? "" : y.toString();
    }

    static String category(TermCategory c) {
        if (c == null) {
            return "";
        }
        return switch (c) {
            case IP_RIGHTS -> "IP rights";
            case SPEND_COMMITMENT -> "Spend commitment";
            case RIGHT_OF_FIRST_REFUSAL -> "First refusal";
            case MOST_FAVORED_NATION -> "Most favored";
            case REVENUE_SHARE -> "Revenue share";
            default -> capital(c.label());
        };
    }

    static String capital(String s) {
        return s == null || s.isEmpty() ? "" : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
