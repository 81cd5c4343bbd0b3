package app.dealbrief.domain;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * What the folders around a note say about it: older copies kept by a note generator or a re-import
 * ({@code _archive/}, {@code duplicates/}, {@code pre-reimport-2025-10-01/}), the owner's own pages (daily
 * notes, journal, personal) and templates. Folder names are matched as whole names, ignoring case and a
 * leading underscore or number prefix ("01 Daily").
 */
public final class NoteFolders {
    private static final Set<String> ARCHIVE = Set.of("archive", "archives", "archived", "duplicates", "duplicate",
            "dupes", "old", "older", "backup", "backups", "trash", "deleted", "copies", "superseded", "obsolete");
    private static final Set<String> PERSONAL = Set.of("daily", "daily notes", "dailies", "journal", "journals",
            "personal", "private", "diary", "periodic notes", "weekly", "weekly notes", "monthly", "me", "life",
            "home", "family", "health");
    private static final Set<String> TEMPLATES = Set.of("templates", "template", "templater");

    private NoteFolders() {
    }

    public static boolean isArchive(String folder) {
        String f = plain(folder);
        return ARCHIVE.contains(f) || f.startsWith("pre reimport") || f.startsWith("prereimport")
                || f.startsWith("archive ") || f.endsWith(" archive") || f.startsWith("duplicates ");
    }

    public static boolean isPersonal(String folder) {
        return PERSONAL.contains(plain(folder));
    }

    public static boolean isTemplates(String folder) {
        return TEMPLATES.contains(plain(folder));
    }

    /** Whether any folder of {@code relative} (the file name itself excluded) passes the test. */
    public static boolean anyFolder(Path relative, java.util.function.Predicate<String> test) {
        if (relative == null) {
            return false;
        }
        for (int i = 0; i + 1 < relative.getNameCount(); i++) {
            if (test.test(relative.getName(i).toString())) {
                return true;
            }
        }
        return false;
    }

    /** The same test on a stored path string (either separator). */
    public static boolean anyFolder(String path, java.util.function.Predicate<String> test) {
        if (path == null) {
            return false;
        }
        String[] parts = path.split("[/\\\\]");
        for (int i = 0; i + 1 < parts.length; i++) {
            if (test.test(parts[i])) {
                return true;
            }
        }
        return false;
    }

    private static String plain(String folder) {
        String f = folder.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').strip();
        int i = 0;
        while (i < f.length() && (Character.isDigit(f.charAt(i)) || f.charAt(i) == '.' || f.charAt(i) == ' ')) {
            i++;
        }
        return i < f.length() ? f.substring(i).strip() : f;
    }
}
