package app.dealbrief.ui.notes;

import app.dealbrief.domain.Backlink;
import app.dealbrief.ui.common.Background;
import app.dealbrief.ui.common.DialogService;
import app.dealbrief.ui.common.Latest;
import app.dealbrief.workspace.NoteLibrary;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/** "Mentioned in": notes of other accounts that link to or name the selected account. */
public final class BacklinksViewModel {
    private final NoteLibrary workspace;
    private final Background background;
    private final DialogService dialogs;
    private final ObservableList<Backlink> links = FXCollections.observableArrayList();
    private final ObservableList<Backlink> linksView = FXCollections.unmodifiableObservableList(links);
    private final Latest request = new Latest();

    public BacklinksViewModel(NoteLibrary workspace, Background background, DialogService dialogs) {
        this.workspace = workspace;
        this.background = background;
        this.dialogs = dialogs;
    }

    public void load(String account) {
        Latest.Ticket ticket = request.next();
        links.clear();
        if (account == null) {
            return;
        }
        background.run(() -> workspace.backlinks(account), (List<Backlink> list) -> {
            if (ticket.isLatest()) {
                links.setAll(list);
            }
        }, e -> dialogs.error("Could not find the notes that mention " + account, e));
    }

    public ObservableList<Backlink> links() {
        return linksView;
    }
}
