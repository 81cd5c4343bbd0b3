package app.dealbrief.ui.accounts;

import app.dealbrief.domain.AccountSummary;
import app.dealbrief.ui.common.Background;
import app.dealbrief.ui.common.DialogService;
import app.dealbrief.workspace.NoteLibrary;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The account list: loads, filters as the user types, and knows which account is selected. */
public final class AccountsViewModel {
    private final NoteLibrary workspace;
    private final Background background;
    private final DialogService dialogs;
    private final ObservableList<AccountSummary> all = FXCollections.observableArrayList();
    private final FilteredList<AccountSummary> filtered = new FilteredList<>(all, a -> true);
    // One wrapper, kept: a wrapper made per call is only weakly attached and its listeners vanish on GC.
    private final ObservableList<AccountSummary> filteredView = FXCollections.unmodifiableObservableList(filtered);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<String> selected = new ReadOnlyObjectWrapper<>();
    /** True until the first list arrives: the empty list then says "Loading accounts…", not "No accounts yet". */
    private final javafx.beans.property.ReadOnlyBooleanWrapper loading = new javafx.beans.property.ReadOnlyBooleanWrapper(true);
    /** Asked for before the list arrived (last account at start, a wiki link): selected once loaded. */
    private String pending;

    public AccountsViewModel(NoteLibrary workspace, Background background, DialogService dialogs) {
        this.workspace = workspace;
        this.background = background;
        this.dialogs = dialogs;
        filter.addListener((obs, old, text) -> filtered.setPredicate(matcher(text)));
    }

    static java.util.function.Predicate<AccountSummary> matcher(String text) {
        String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return a -> true;
        }
        return a -> a.name().toLowerCase(Locale.ROOT).contains(needle);
    }

    public void load() {
        background.run(workspace::accounts, this::setAccounts, e -> {
            loading.set(false);
            dialogs.error("Could not list accounts", e);
        });
    }

    public javafx.beans.property.ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    void setAccounts(List<AccountSummary> accounts) {
        all.setAll(accounts);
        loading.set(false);
        if (pending != null) {
            String p = pending;
            pending = null;
            select(p);
        } else if (selected.get() != null && find(selected.get()).isEmpty()) {
            selected.set(null);
        }
    }

    /**
     * Selects an account by name, case-insensitively. A name not in the list is kept as pending when the list
     * is still empty (it may be loading); otherwise it is reported in the return value.
     */
    public boolean select(String name) {
        if (name == null) {
            selected.set(null);
            return true;
        }
        Optional<AccountSummary> match = find(name);
        if (match.isPresent()) {
            String n = match.get().name();
            if (!filtered.contains(match.get())) {
                filter.set(""); // a link must land on a visible row
            }
            selected.set(n);
            return true;
        }
        if (all.isEmpty()) {
            pending = name;
        }
        return false;
    }

    public Optional<AccountSummary> find(String name) {
        return all.stream().filter(a -> a.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    /** Whether the list holds bundled demo accounts ("X (sample)"). */
    public boolean hasSamples() {
        return all.stream().anyMatch(AccountSummary::sample);
    }

    /** Moves every sample account's notes to the trash, after asking; the list reloads. */
    public void removeSamples() {
        if (!hasSamples() || !dialogs.confirm("Remove the sample accounts?",
                "The demo accounts marked \"(sample)\" go to the trash (File → Trash brings them back).",
                "Remove samples")) {
            return;
        }
        background.run(workspace::removeSampleAccounts, n -> load(),
                e -> dialogs.error("Could not remove the sample accounts", e));
    }

    public ObservableList<AccountSummary> accounts() {
        return filteredView;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<String> selectedProperty() {
        return selected.getReadOnlyProperty();
    }
}
