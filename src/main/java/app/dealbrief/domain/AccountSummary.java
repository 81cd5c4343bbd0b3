package app.dealbrief.domain;

import java.time.LocalDate;

/**
 * An account as listed: note count and newest note date (null when no note is dated).
 *
 * @param sample true for the bundled demo accounts, which are kept apart from real accounts of the same name
 */
public record AccountSummary(String name, int noteCount, LocalDate newestNote, boolean sample) {
    /** Demo accounts carry this suffix, so "Microsoft (sample)" never merges into the user's own Microsoft. */
    public static final String SAMPLE_SUFFIX = " (sample)";

    public AccountSummary(String name, int noteCount, LocalDate newestNote) {
        this(name, noteCount, newestNote, isSample(name));
    }

    /** The company a (sample) account is about: "Microsoft (sample)" -> "Microsoft". */
    public static String company(String account) {
        return isSample(account) ? account.substring(0, account.length() - SAMPLE_SUFFIX.length()) : account;
    }

    public static boolean isSample(String account) {
        return account != null && account.endsWith(SAMPLE_SUFFIX);
    }
}
