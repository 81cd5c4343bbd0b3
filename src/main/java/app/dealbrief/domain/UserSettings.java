package app.dealbrief.domain;

import java.util.List;
import java.util.Map;

/**
 * What the user set in Preferences (kept in the data folder's {@code settings.json}).
 *
 * @param me              the vault owner's name, never listed as one of an account's people; null when unset
 * @param meAliases       other spellings of the owner ("Myself", a nickname, a common misspelling)
 * @param excludedFolders glob patterns of vault folders import leaves out, relative to the imported folder
 *                        ({@code _archive/**}), like Obsidian's "Excluded files"
 * @param aliases         canonical account -> other names that fold into it ("NVIDIA" -> "NVIDIA Corp.")
 * @param staleDays       open items overdue by more than this many days fold into "older"
 * @param myCompany       the owner's own company: notes filed under it are internal, not an account; null when unset
 */
public record UserSettings(String me, List<String> meAliases, List<String> excludedFolders,
                           Map<String, List<String>> aliases, int staleDays, String myCompany) {
    public static final int DEFAULT_STALE_DAYS = 60;
    public static final UserSettings NONE = new UserSettings(null, List.of(), List.of(), Map.of(), DEFAULT_STALE_DAYS, null);

    public UserSettings(String me, List<String> meAliases, List<String> excludedFolders,
                        Map<String, List<String>> aliases, int staleDays) {
        this(me, meAliases, excludedFolders, aliases, staleDays, null);
    }

    public UserSettings {
        meAliases = List.copyOf(meAliases);
        excludedFolders = List.copyOf(excludedFolders);
        aliases = Map.copyOf(aliases);
        staleDays = staleDays <= 0 ? DEFAULT_STALE_DAYS : staleDays;
    }

    public UserSettings withMe(String name, List<String> aka) {
        return new UserSettings(name, aka, excludedFolders, aliases, staleDays, myCompany);
    }

    public UserSettings withExcludedFolders(List<String> globs) {
        return new UserSettings(me, meAliases, globs, aliases, staleDays, myCompany);
    }

    public UserSettings withMyCompany(String company) {
        return new UserSettings(me, meAliases, excludedFolders, aliases, staleDays, company);
    }
}
