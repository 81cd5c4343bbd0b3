package app.dealbrief.ui.search;

import app.dealbrief.domain.AccountSummary;
import app.dealbrief.domain.NoteTitle;
import app.dealbrief.ui.common.Background;
import app.dealbrief.ui.common.DialogService;
import app.dealbrief.ui.common.Latest;
import app.dealbrief.workspace.NoteLibrary;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The quick-open palette: every account and note title, ranked by {@link FuzzyScorer} against a few typed
 * letters. Candidates are read when the palette opens; ranking runs in the background so typing never waits.
 */
public final class QuickOpenViewModel {
    static final int LIMIT = 50;
    /** At equal letters an account is the likelier target than a note about it. */
    private static final int ACCOUNT_BONUS = 40;

    private final NoteLibrary workspace;
    private final Background background;
    private final DialogService dialogs;
    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<QuickOpenItem> results = FXCollections.observableArrayList();
    private final ObservableList<QuickOpenItem> resultsView = FXCollections.unmodifiableObservableList(results);
    private volatile List<QuickOpenItem> candidates = List.of();
    private final Latest request = new Latest();
    private final Latest loads = new Latest();

    public QuickOpenViewModel(NoteLibrary workspace, Background background, DialogService dialogs) {
        this.workspace = workspace;
        this.background = background;
        this.dialogs = dialogs;
        query.addListener((obs, old, q) -> rank());
    }

    /** Shows the palette empty and reads the candidates afresh (notes may have been imported since). */
    public void open() {
        query.set("");
        showing.set(true);
        Latest.Ticket ticket = loads.next();
        background.run(() -> {
            List<QuickOpenItem> all = new ArrayList<>();
            for (AccountSummary a : workspace.accounts()) {
                all.add(QuickOpenItem.account(a.name()));
            }
            for (NoteTitle t : workspace.noteTitles()) {
                all.add(QuickOpenItem.note(t.id(), t.account(), t.title(), t.date()));
            }
            return List.copyOf(all);
        }, all -> {
            // Letters typed while the candidates were read are ranked now.
            if (ticket.isLatest() && showing.get()) {
                candidates = all;
                rank();
            }
        }, e -> dialogs.error("Could not list accounts and notes", e));
    }

    public void close() {
        showing.set(false);
        request.cancel();
        loads.cancel();
        results.clear();
    }

    private void rank() {
        Latest.Ticket ticket = request.next();
        String q = query.get();
        List<QuickOpenItem> from = candidates;
        background.run(() -> best(from, q), list -> {
            if (ticket.isLatest()) {
                results.setAll(list);
            }
        }, e -> dialogs.error("Quick open failed", e));
    }

    /** The best {@link #LIMIT} candidates for {@code q}; with nothing typed, accounts then the newest notes. */
    static List<QuickOpenItem> best(List<QuickOpenItem> from, String q) {
        if (q == null || q.isBlank()) {
            return from.stream().limit(LIMIT).toList();
        }
        record Scored(QuickOpenItem item, int score, boolean wordStarts) {
        }
        List<Scored> scored = new ArrayList<>();
        boolean anyWordStarts = false;
        for (QuickOpenItem item : from) {
            int s = FuzzyScorer.score(q, item.label());
            if (s != FuzzyScorer.NONE) {
                boolean w = FuzzyScorer.wordStarts(q, item.label());
                anyWordStarts |= w;
                scored.add(new Scored(item, s + (item.kind() == QuickOpenItem.Kind.ACCOUNT ? ACCOUNT_BONUS : 0), w));
            }
        }
        // Word-start and prefix matches first; letters scattered through words ("orac" in "stORAge Capacity")
        // only when nothing matches at word starts.
        if (anyWordStarts) {
            scored.removeIf(x -> !x.wordStarts());
        }
        // Stable sort: among equal scores the candidates keep their order (accounts, then newest notes first).
        scored.sort(Comparator.comparingInt(Scored::score).reversed());
        return scored.stream().limit(LIMIT).map(Scored::item).toList();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public ObservableList<QuickOpenItem> results() {
        return resultsView;
    }
}
