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
 * import leaves out, account aliases, the staleness horizon of action items, and the window's theme and font size. Read and saved off the FX
 * thread; a bad value is said in a message naming the field, and nothing is saved then.
 */
public final class PreferencesViewModel {
    private final StoreAdmin workspace;
    private final Background background;
    private final DialogService dialogs;
    private final Runnable afterSave;
    private final Display display;

    /** The window's own look, set at once on OK (the window keeps it across starts). */
    public interface Display {
        boolean dark();

        void setDark(boolean dark);

        int fontSize();

        void setFontSize(int px);
    }

    /** Font sizes offered (px); Ctrl+= and Ctrl+- step through the same range. */
    static final List<String> FONT_SIZES = java.util.stream.IntStream.rangeClosed(10, 24).mapToObj(Integer::toString).toList();
    static final String LIGHT = "Light";
    static final String DARK = "Dark";

    public PreferencesViewModel(StoreAdmin workspace, Background background, DialogService dialogs, Runnable afterSave,
                                Display display) {
        this.workspace = workspace;
        this.background = background;
        this.dialogs = dialogs;
        this.afterSave = afterSave;
        this.display = display;
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
                        "Saved in settings.json in the data folder; theme and font size apply to this window at once."),
                List.of(FormField.text("me", "Me", s.me()),
                        FormField.text("meAliases", "Other spellings", String.join(", ", s.meAliases())),
                        FormField.text("myCompany", "Your company", s.myCompany()),
                        FormField.text("excluded", "Excluded folders", String.join(", ", s.excludedFolders())),
                        FormField.text("aliases", "Account aliases", aliases(s.aliases())),
                        FormField.text("staleDays", "Stale after (days)", Integer.toString(s.staleDays())),
                        FormField.choice("theme", "Theme", display.dark() ? DARK : LIGHT, List.of(LIGHT, DARK)),
                        FormField.choice("fontSize", "Font size (px)", Integer.toString(display.fontSize()), FONT_SIZES)));
        if (answer.isEmpty()) {
            return;
        }
        display.setDark(DARK.equals(answer.get().get("theme")));
        String size = answer.get().get("fontSize");
        if (size != null && FONT_SIZES.contains(size)) {
            display.setFontSize(Integer.parseInt(size));
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
