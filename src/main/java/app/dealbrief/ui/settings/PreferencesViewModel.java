package app.dealbrief.ui.settings;

import app.dealbrief.domain.UserSettings;
import app.dealbrief.ui.common.Background;
import app.dealbrief.ui.common.DialogService;
import app.dealbrief.ui.common.FormField;
import app.dealbrief.workspace.StoreAdmin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Preferences: who "Me" is (never listed among an account's people), the owner's company, the vault folders
 * import leaves out, account aliases and the staleness horizon of action items. Read and saved off the FX
 * thread; a bad value is said in a message naming the field, and nothing is saved then.
 */
public final class PreferencesViewModel {
    private final StoreAdmin workspace;
    private final Background background;
    private final DialogService dialogs;
    private final Runnable afterSave;

    public PreferencesViewModel(StoreAdmin workspace, Background background, DialogService dialogs, Runnable afterSave) {
        this.workspace = workspace;
        this.background = background;
        this.dialogs = dialogs;
        this.afterSave = afterSave;
    }

    public void open() {
        background.run(workspace::settings, this::ask, e -> dialogs.error("Could not read the preferences", e));
    }

    private void ask(UserSettings s) {
        Optional<Map<String, String>> answer = dialogs.form("Preferences", String.join("\n",
                        "Me: your name, never listed among an account's people (other spellings comma separated).",
                        "Your company: notes filed under it are internal, not an account.",
                        "Excluded folders: globs such as _archive/**, comma separated; import leaves them out.",
                        "Account aliases: Account = other name, other name; Next account = ...",
                        "Stale after: open items overdue longer than this many days fold into \"older\".",
                        "Saved in settings.json in the data folder."),
                List.of(FormField.text("me", "Me", s.me()),
                        FormField.text("meAliases", "Other spellings", String.join(", ", s.meAliases())),
                        FormField.text("myCompany", "Your company", s.myCompany()),
                        FormField.text("excluded", "Excluded folders", String.join(", ", s.excludedFolders())),
                        FormField.text("aliases", "Account aliases", aliases(s.aliases())),
                        FormField.text("staleDays", "Stale after (days)", Integer.toString(s.staleDays()))));
        if (answer.isEmpty()) {
            return;
        }
        UserSettings next;
        try {
            next = parse(answer.get());
        } catch (IllegalArgumentException e) {
            dialogs.info("Preferences not saved", e.getMessage());
            return;
        }
        background.run(() -> {
            workspace.saveSettings(next);
            return next;
        }, saved -> afterSave.run(), e -> dialogs.error("Could not save the preferences", e));
    }

    /** The form's answers as settings; a bad value throws with the field named. */
    static UserSettings parse(Map<String, String> a) {
        int stale;
        try {
            stale = Integer.parseInt(a.getOrDefault("staleDays", "60").strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("“Stale after (days)” must be a whole number of days.");
        }
        if (stale <= 0) {
            throw new IllegalArgumentException("“Stale after (days)” must be at least one day.");
        }
        return new UserSettings(blank(a.get("me")), list(a.get("meAliases")), list(a.get("excluded")),
                parseAliases(a.getOrDefault("aliases", "")), stale, blank(a.get("myCompany")));
    }

    static String aliases(Map<String, List<String>> aliases) {
        List<String> parts = new ArrayList<>();
        aliases.forEach((k, v) -> parts.add(k + " = " + String.join(", ", v)));
        return String.join("; ", parts);
    }

    static Map<String, List<String>> parseAliases(String text) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0 || part.substring(0, eq).isBlank()) {
                throw new IllegalArgumentException("Account aliases: “" + part.strip()
                        + "” needs the form Account = other name, other name.");
            }
            out.put(part.substring(0, eq).strip(), list(part.substring(eq + 1)));
        }
        return out;
    }

    private static List<String> list(String s) {
        if (s == null) {
            return List.of();
        }
        return Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
