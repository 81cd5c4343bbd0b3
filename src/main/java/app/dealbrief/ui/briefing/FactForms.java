package app.dealbrief.ui.briefing;

import app.dealbrief.domain.AcceleratorRole;
import app.dealbrief.domain.AcceleratorUse;
import app.dealbrief.domain.DealBriefException;
import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.domain.Pitch;
import app.dealbrief.domain.TermCategory;
import app.dealbrief.ui.common.FormField;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The edit/add forms of each kind of fact, and reading the answers back with messages a user can act on. */
final class FactForms {
    private static final Pattern MONEY = Pattern.compile(
            "\\$?\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*\\+?\\s*(k|thousand|m|mn|million|b|bn|billion|t|tn|trillion)?\\+?",
            Pattern.CASE_INSENSITIVE);

    private FactForms() {
    }

    static List<FormField> term(PartnershipTerm t) {
        return List.of(
                FormField.text("text", "Clause", t == null ? "" : t.text()),
                FormField.choice("category", "Category", t == null ? TermCategory.OTHER.label() : t.category().label(),
                        Arrays.stream(TermCategory.values()).map(TermCategory::label).toList()),
                FormField.text("agreement", "Agreement", t == null ? "" : t.agreement()),
                FormField.text("parties", "Parties (comma-separated)", t == null ? "" : String.join(", ", t.parties())),
                FormField.text("amount", "Amount (USD, e.g. 250B)", t == null || t.amountUsd() == null ? "" : t.amountUsd().toString()),
                FormField.text("gigawatts", "Capacity (GW)", t == null || t.gigawatts() == null ? "" : BigDecimal.valueOf(t.gigawatts()).stripTrailingZeros().toPlainString()),
                FormField.text("year", "Year", t == null || t.year() == null ? "" : t.year().toString()),
                FormField.choice("negated", "Negated (\"no …\")", t != null && t.negated() ? "yes" : "no", List.of("no", "yes")));
    }

    static PartnershipTerm readTerm(Map<String, String> a) {
        String text = required(a, "text", "Clause");
        List<String> parties = Arrays.stream(a.getOrDefault("parties", "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new PartnershipTerm(blankToNull(a.get("agreement")), parties, TermCategory.fromLabel(a.get("category")),
                text, money(a.get("amount")), decimal(a.get("gigawatts"), "Capacity"), year(a.get("year")),
                "yes".equals(a.get("negated")), null, null, null, 0);
    }

    static List<FormField> accelerator(AcceleratorUse u) {
        return List.of(
                FormField.text("vendor", "Vendor (who designs the chip)", u == null ? "" : u.vendor()),
                FormField.text("family", "Family (GPU, TPU, MI450 …)", u == null ? "" : u.family()),
                FormField.choice("role", "Role", u == null ? AcceleratorRole.MENTIONED.label() : u.role().label(),
                        Arrays.stream(AcceleratorRole.values()).map(AcceleratorRole::label).toList()),
                FormField.text("evidence", "Where you heard it", u == null ? "" : u.evidence()));
    }

    static AcceleratorUse readAccelerator(Map<String, String> a) {
        String vendor = required(a, "vendor", "Vendor");
        String family = blankToNull(a.get("family"));
        return new AcceleratorUse(vendor, family == null ? vendor : family, AcceleratorRole.fromLabel(a.get("role")),
                blankToNull(a.get("evidence")), null, null, 0);
    }

    static List<FormField> pitch(Pitch p) {
        return List.of(FormField.text("headline", "Headline", p == null ? "" : p.headline()),
                FormField.text("rationale", "Why", p == null ? "" : p.rationale()));
    }

    static Pitch readPitch(Map<String, String> a) {
        return new Pitch(required(a, "headline", "Headline"), blankToNull(a.get("rationale")), Pitch.Origin.NOTE, null,
                null, Pitch.Status.TO_TRY);
    }

    /** "250000000000", "$250B+", "38 billion", "1.5 bn", "17,400 M" to dollars; blank to null. */
    static Long money(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        Matcher m = MONEY.matcher(s.trim());
        if (!m.matches()) {
            throw new DealBriefException("Amount \"" + s.trim() + "\" is not a dollar figure: write e.g. 250B, 38 billion or 250000000000.");
        }
        BigDecimal n = new BigDecimal(m.group(1).replace(",", ""));
        String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        long scale = switch (unit) {
            case "k", "thousand" -> 1_000L;
            case "m", "mn", "million" -> 1_000_000L;
            case "b", "bn", "billion" -> 1_000_000_000L;
            case "t", "tn", "trillion" -> 1_000_000_000_000L;
            default -> 1L;
        };
        return n.multiply(BigDecimal.valueOf(scale)).longValue();
    }

    private static Double decimal(String s, String field) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(s.trim().replaceAll("(?i)\\s*gw$", ""));
        } catch (NumberFormatException e) {
            throw new DealBriefException(field + " \"" + s.trim() + "\" is not a number of gigawatts, e.g. 1.5.");
        }
    }

    private static Integer year(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.trim();
        if (!t.matches("(19|20|21)\\d\\d")) {
            throw new DealBriefException("Year \"" + t + "\" is not a year such as 2032.");
        }
        return Integer.parseInt(t);
    }

    private static String required(Map<String, String> a, String key, String label) {
        String v = blankToNull(a.get(key));
        if (v == null) {
            throw new DealBriefException(label + " is empty: write what the fact says.");
        }
        return v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
