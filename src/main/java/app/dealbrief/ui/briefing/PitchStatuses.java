package app.dealbrief.ui.briefing;

import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.Pitch;
import app.dealbrief.ui.common.Background;
import app.dealbrief.ui.common.DialogService;
import app.dealbrief.workspace.Briefings;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** The status the user sets on each pitch of the shown briefing: shown at once, stored in the background. */
public final class PitchStatuses {
    private final Briefings workspace;
    private final Background background;
    private final DialogService dialogs;
    private final Supplier<Briefing> shown;
    // Statuses set in this session, shown at once while the workspace stores them; keyed by account and headline.
    private final Map<String, Pitch.Status> statuses = new HashMap<>();

    PitchStatuses(Briefings workspace, Background background, DialogService dialogs, Supplier<Briefing> shown) {
        this.workspace = workspace;
        this.background = background;
        this.dialogs = dialogs;
        this.shown = shown;
    }

    public Pitch.Status status(Pitch p) {
        Briefing b = shown.get();
        Pitch.Status s = b == null ? null : statuses.get(key(b.account(), p));
        return s != null ? s : p.status() != null ? p.status() : Pitch.Status.TO_TRY;
    }

    /** Shows the status at once and stores it in the background; a failed store puts the old one back. */
    public void setStatus(Pitch p, Pitch.Status s) {
        Briefing b = shown.get();
        if (b == null || s == null || s == status(p)) {
            return;
        }
        String account = b.account();
        String key = key(account, p);
        Pitch.Status before = statuses.put(key, s);
        background.run(() -> workspace.setPitchStatus(account, p.headline(), s), e -> {
            if (before == null) {
                statuses.remove(key);
            } else {
                statuses.put(key, before);
            }
            dialogs.error("Could not save the pitch status", e);
        });
    }

    private static String key(String account, Pitch p) {
        return account.toLowerCase(Locale.ROOT) + "\u0000" + p.headline();
    }
}
