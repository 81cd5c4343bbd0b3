package app.dealbrief.insight;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money, power and years named in a clause. The patterns have no nested or overlapping quantifiers
 * (possessive where it matters), so each find is linear in the input.
 */
final class Quantities {
    private static final Pattern DOLLARS = Pattern.compile(
            "(?:US|USD)?\\$ ?(\\d{1,3}(?:,\\d{3})++|\\d++)(?:\\.(\\d++))?+[ -]?"
                    + "(trillion|billion|million|thousand|tn|bln|bn|mln|mm|mn|b|m|k|t)?+(?![a-z])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD_DOLLARS = Pattern.compile(
            "(?<![\\d.,$])(\\d{1,3}(?:,\\d{3})++|\\d++)(?:\\.(\\d++))?+ ?"
                    + "(trillion|billion|million|bln|bn|mln|mn)(?: (?:US )?(?:dollars|usd))",
            Pattern.CASE_INSENSITIVE);
    /** "two billion dollars", "half a billion dollars": a spelled-out number, with the currency written out. */
    private static final Pattern SPELLED_DOLLARS = Pattern.compile(
            "\\b(half a|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|fifty|hundred)[ -]"
                    + "(trillion|billion|million) (?:US )?(?:dollars|usd)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern USD_PREFIX = Pattern.compile(
            "\\bUSD ?(\\d{1,3}(?:,\\d{3})++|\\d++)(?:\\.(\\d++))?+ ?(trillion|billion|million|bln|bn|mln|mm|mn|b|m)?+(?![a-z])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POWER = Pattern.compile(
            "(?<![\\d.])(\\d++)(?:\\.(\\d++))?+\\+? ?-?(gigawatts?|gw|megawatts?|mw)(?![a-z])",
            Pattern.CASE_INSENSITIVE);

    private static final java.util.Map<String, Double> NUMBER_WORDS = java.util.Map.ofEntries(
            java.util.Map.entry("a", 1.0), java.util.Map.entry("one", 1.0), java.util.Map.entry("two", 2.0),
            java.util.Map.entry("three", 3.0), java.util.Map.entry("four", 4.0), java.util.Map.entry("five", 5.0),
            java.util.Map.entry("six", 6.0), java.util.Map.entry("seven", 7.0), java.util.Map.entry("eight", 8.0),
            java.util.Map.entry("nine", 9.0), java.util.Map.entry("ten", 10.0), java.util.Map.entry("eleven", 11.0),
            java.util.Map.entry("twelve", 12.0), java.util.Map.entry("fifteen", 15.0), java.util.Map.entry("twenty", 20.0),
            java.util.Map.entry("half a", 0.5), java.util.Map.entry("first", 1.0), java.util.Map.entry("initial", 1.0));
    /** "two gigawatts", "a gigawatt", "half a gigawatt" (not "gigawatts of" with no number: "tens of gigawatts"). */
    private static final Pattern WORD_POWER = Pattern.compile(
            "\\b(half a|a|first|initial|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
                    + "[ -](gigawatts?|megawatts?)(?![a-z])", Pattern.CASE_INSENSITIVE);

    /** Below this a dollar figure is a price ("$0.01 a share"), never a deal's amount. */
    private static final long MIN_DEAL_USD = 1_000;
    /** A figure per unit ("/GB", "per hour") is a price below this; above it, "$2bn/yr" is a contract's value. */
    private static final long MIN_CONTRACT_USD = 1_000_000;
    private static final List<Pattern> AMOUNT_PATTERNS = List.of(DOLLARS, WORD_DOLLARS, USD_PREFIX);

    private Quantities() {
    }

    /** The first dollar amount, in dollars; null when none is stated as a number. */
    static Long amountUsd(String s) {
        if (s.indexOf('$') < 0 && !containsIgnoreCase(s, "usd") && !containsIgnoreCase(s, "dollar")) {
            return null;
        }
        Long best = null;
        int at = Integer.MAX_VALUE;
        for (Pattern p : AMOUNT_PATTERNS) {
            Matcher m = p.matcher(s);
            while (m.find() && m.start() < at) {
                Long v = toLong(m.group(1), m.group(2), m.group(3));
                if (v != null && v < MIN_CONTRACT_USD && unitPrice(s, m.end())) {
                    continue; // "$0.07/GB", "$2 per GPU-hour": a price, not an amount ("$6.2bn / 5 yrs" is one)
                }
                if (v != null && v < MIN_DEAL_USD) {
                    continue; // "@ $0.01 a share", "$5 each": a price, not a deal's amount
                }
                if (v != null) {
                    best = v;
                    at = m.start();
                }
                break;
            }
        }
        if (best == null && containsIgnoreCase(s, "dollar") || best == null && containsIgnoreCase(s, "usd")) {
            Matcher m = SPELLED_DOLLARS.matcher(s);
            if (m.find()) {
                double n = SPELLED.get(m.group(1).toLowerCase(Locale.ROOT));
                long scale = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                    case "trillion" -> 1_000_000_000_000L;
                    case "billion" -> 1_000_000_000L;
                    default -> 1_000_000L;
                };
                best = Math.round(n * scale);
            }
        }
        return best;
    }

    private static final java.util.Map<String, Double> SPELLED = java.util.Map.ofEntries(
            java.util.Map.entry("half a", 0.5), java.util.Map.entry("a", 1.0), java.util.Map.entry("one", 1.0),
            java.util.Map.entry("two", 2.0), java.util.Map.entry("three", 3.0), java.util.Map.entry("four", 4.0),
            java.util.Map.entry("five", 5.0), java.util.Map.entry("six", 6.0), java.util.Map.entry("seven", 7.0),
            java.util.Map.entry("eight", 8.0), java.util.Map.entry("nine", 9.0), java.util.Map.entry("ten", 10.0),
            java.util.Map.entry("twelve", 12.0), java.util.Map.entry("fifteen", 15.0), java.util.Map.entry("twenty", 20.0),
            java.util.Map.entry("fifty", 50.0), java.util.Map.entry("hundred", 100.0));

    /** Every dollar amount in order, as {dollars, start, end}; prices per unit and below a deal's size left out. */
    static List<long[]> allAmounts(String s) {
        List<long[]> out = new java.util.ArrayList<>();
        if (amountUsd(s) == null) {
            return out;
        }
        for (Pattern p : AMOUNT_PATTERNS) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                Long v = toLong(m.group(1), m.group(2), m.group(3));
                if (v == null || v < MIN_DEAL_USD || v < MIN_CONTRACT_USD && unitPrice(s, m.end())) {
                    continue;
                }
                int start = m.start();
                if (out.stream().noneMatch(a -> a[1] <= start && start < a[2])) {
                    out.add(new long[] {v, start, m.end()});
                }
            }
        }
        out.sort(java.util.Comparator.comparingLong(a -> a[1]));
        return out;
    }

    private static boolean unitPrice(String s, int end) {
        int i = end;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '/') {
            return true;
        }
        return s.regionMatches(true, i, "per ", 0, 4) || s.regionMatches(true, i, "a month", 0, 7)
                || s.regionMatches(true, i, "an hour", 0, 7);
    }

    private static Long toLong(String whole, String frac, String unit) {
        BigDecimal v = new BigDecimal(whole.replace(",", "") + (frac == null ? "" : "." + frac));
        long scale = switch (unit == null ? "" : unit.toLowerCase(Locale.ROOT)) {
            case "trillion", "tn", "t" -> 1_000_000_000_000L;
            case "billion", "bn", "bln", "b" -> 1_000_000_000L;
            case "million", "mn", "mln", "mm", "m" -> 1_000_000L;
            case "thousand", "k" -> 1_000L;
            default -> 1L;
        };
        try {
            return v.multiply(BigDecimal.valueOf(scale)).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        } catch (ArithmeticException e) {
            return null; // beyond a long: not a real amount
        }
    }

    /** The first power figure, in gigawatts (megawatts converted); null when none. */
    static Double gigawatts(String s) {
        // Cheap pre-filter, a superset of what POWER can match: a digit and a unit's letters.
        boolean watt = containsIgnoreCase(s, "watt");
        if (!(watt || hasDigit(s) && (containsIgnoreCase(s, "gw") || containsIgnoreCase(s, "mw")))) {
            return null;
        }
        Matcher m = POWER.matcher(s);
        Matcher w = WORD_POWER.matcher(s);
        boolean digits = m.find();
        boolean words = w.find();
        if (words && (!digits || w.start() < m.start())) {
            double v = NUMBER_WORDS.get(w.group(1).toLowerCase(Locale.ROOT));
            return w.group(2).toLowerCase(Locale.ROOT).startsWith("m") ? v / 1000.0 : v;
        }
        if (!digits) {
            return null;
        }
        double v = Double.parseDouble(m.group(1) + (m.group(2) == null ? "" : "." + m.group(2)));
        return m.group(3).toLowerCase(Locale.ROOT).startsWith("m") ? v / 1000.0 : v;
    }

    /** Every power figure in order, as {gigawatts, start, end}: "6 GW ..., beginning with 1 GW". */
    static List<double[]> allGigawatts(String s) {
        List<double[]> out = new java.util.ArrayList<>();
        if (gigawatts(s) == null) {
            return out;
        }
        Matcher m = POWER.matcher(s);
        while (m.find()) {
            double v = Double.parseDouble(m.group(1) + (m.group(2) == null ? "" : "." + m.group(2)));
            out.add(new double[] {m.group(3).toLowerCase(Locale.ROOT).startsWith("m") ? v / 1000.0 : v, m.start(), m.end()});
        }
        Matcher w = WORD_POWER.matcher(s);
        while (w.find()) {
            double v = NUMBER_WORDS.get(w.group(1).toLowerCase(Locale.ROOT));
            out.add(new double[] {w.group(2).toLowerCase(Locale.ROOT).startsWith("m") ? v / 1000.0 : v, w.start(), w.end()});
        }
        out.sort(java.util.Comparator.comparingDouble(a -> a[1]));
        return out;
    }

    /** The first year (1990-2099) among the tokens, skipping ISO dates' month parts; null when none. */
    private static final java.util.regex.Pattern PERIOD = java.util.regex.Pattern.compile("q[1-4]|h[12]|[12]h");

    static Integer year(List<Tokens.Tok> toks) {
        for (int i = 0; i < toks.size(); i++) {
            Tokens.Tok t = toks.get(i);
            String w = t.w();
            // "Q1 '26", "H2 27": a quarter or half with a two-digit year
            if (i + 1 < toks.size() && w.length() == 2 && PERIOD.matcher(w).matches()
                    && toks.get(i + 1).w().length() == 2 && Character.isDigit(toks.get(i + 1).w().charAt(0))
                    && Character.isDigit(toks.get(i + 1).w().charAt(1))) {
                return 2000 + Integer.parseInt(toks.get(i + 1).w());
            }
            if (Tokens.isYear(w) && !agreementDate(toks, i)) {
                return Integer.parseInt(w);
            }
            // "2H26", "1H27": a half year as call notes write it
            if (w.length() == 4 && (w.charAt(0) == '1' || w.charAt(0) == '2') && w.charAt(1) == 'h'
                    && Character.isDigit(w.charAt(2)) && Character.isDigit(w.charAt(3))) {
                return 2000 + Integer.parseInt(w.substring(2));
            }
        }
        return null;
    }

    /** Words that date the agreement itself: "(announced November 2025)", "signed in 2024" is no term year. */
    private static final java.util.Set<String> DATED = java.util.Set.of("announced", "signed", "agreed", "inked",
            "struck", "dated", "unveiled", "disclosed");
    private static final java.util.Set<String> DATE_FILLER = java.util.Set.of("in", "on", "of", "early", "late", "mid",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private static boolean agreementDate(List<Tokens.Tok> toks, int year) {
        for (int j = year - 1; j >= 0 && j >= year - 4; j--) {
            String w = toks.get(j).w();
            if (DATED.contains(w)) {
                return true;
            }
            if (!DATE_FILLER.contains(w) && !(w.length() <= 2 && !w.isEmpty() && Character.isDigit(w.charAt(0)))) {
                return false;
            }
        }
        return false;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code part} (lower case) in s ignoring case, as {@link String#regionMatches(boolean, int, String, int, int)}
     * decides it; a char compare skips positions that cannot start a match (non-ASCII chars always get the full check).
     */
    static boolean containsIgnoreCase(String s, String part) {
        int n = part.length();
        char lo = part.charAt(0);
        char up = Character.toUpperCase(lo);
        for (int i = 0; i + n <= s.length(); i++) {
            char c = s.charAt(i);
            if ((c == lo || c == up || c > 127) && s.regionMatches(true, i, part, 0, n)) {
                return true;
            }
        }
        return false;
    }
}
