package app.dealbrief.workspace;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the data folder is: an explicit option, else env DEALBRIEF_HOME, else the platform's convention
 * (Linux $XDG_DATA_HOME/dealbrief or ~/.local/share/dealbrief, macOS ~/Library/Application Support/DealBrief,
 * Windows %APPDATA%\DealBrief).
 */
public final class DataDir {
    private DataDir() {
    }

    public static Path resolve(String option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    /** A folder the user named; one the platform cannot represent (say, accents under LANG=C) is said so. */
    private static Path path(String given, String from) {
        try {
            return Path.of(given).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new app.dealbrief.domain.DealBriefException("The data folder " + given + " (" + from
                    + ") cannot be used on this system: " + e.getReason()
                    + ". Check the name, or the locale's character encoding (LANG).", e);
        }
    }

    static Path resolve(String option, Map<String, String> env, String osName, String home) {
        if (option != null && !option.isBlank()) {
            return path(option, "--data-dir");
        }
        String explicit = env.get("DEALBRIEF_HOME");
        if (explicit != null && !explicit.isBlank()) {
            return path(explicit, "DEALBRIEF_HOME");
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("DealBrief");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "DealBrief");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("dealbrief");
    }

    /** The value of a GUI argument {@code --data-dir=PATH} (or {@code --data-dir PATH}), else null. */
    public static String fromArgs(java.util.List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--data-dir=")) {
                return a.substring("--data-dir=".length());
            }
            if (a.equals("--data-dir") && i + 1 < args.size()) {
                return args.get(i + 1);
            }
        }
        return null;
    }
}
