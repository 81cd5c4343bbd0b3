package app.dealbrief.ui.search;

import app.dealbrief.domain.SearchHit;
import app.dealbrief.ui.common.Background;
import app.dealbrief.ui.common.DialogService;
import app.dealbrief.ui.common.Latest;
import app.dealbrief.workspace.NoteLibrary;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Full-text search over all notes; only the newest query's results are kept. */
public final class SearchViewModel {
    static final int LIMIT = 30;
    private final NoteLibrary workspace;
    private final Background background;
    private final DialogService dialogs;
    private final ObservableList<SearchHit> results = FXCollections.observableArrayList();
    // One wrapper, kept: a wrapper made per call is only weakly attached and its listeners vanish on GC.
    private final ObservableList<SearchHit> resultsView = FXCollections.unmodifiableObservableList(results);
    private final Latest request = new Latest();
    private volatile String lastQuery = "";

    public SearchViewModel(NoteLibrary workspace, Background background, DialogService dialogs) {
        this.workspace = workspace;
        this.background = background;
        this.dialogs = dialogs;
    }

    public void search(String query) {
        Latest.Ticket ticket = request.next();
        if (query == null || query.isBlank()) {
            results.clear();
            return;
        }
        String q = query.trim();
        lastQuery = q;
        background.run(() -> workspace.search(q, LIMIT), hits -> {
            if (ticket.isLatest()) {
                results.setAll(hits);
            }
        }, e -> {
            if (ticket.isLatest()) {
                results.clear();
                dialogs.error("Search failed", e);
            }
        });
    }

    /**
     * Finds where in its note the last query matched, then hands that passage (null when only the title
     * matched, or on failure) to {@code then}: the note opens scrolled to it, highlighted.
     */
    public void locate(SearchHit hit, java.util.function.Consumer<String> then) {
        String q = lastQuery;
        background.run(() -> workspace.matchingPassage(hit.noteId(), q).orElse(null), then, e -> then.accept(null));
    }

    public ObservableList<SearchHit> results() {
        return resultsView;
    }
}
