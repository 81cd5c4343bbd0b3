package app.dealbrief.ui.notes;

import app.dealbrief.domain.NoteSummary;
import app.dealbrief.domain.TaggedNote;
import app.dealbrief.ui.common.Background;
import app.dealbrief.ui.common.DialogService;
import app.dealbrief.ui.common.Latest;
import app.dealbrief.workspace.NoteLibrary;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Filters over an account's note list (the list {@link NotesViewModel} loads): tags, type, date range.
 * Filtering is in memory over what is listed; tags come from the workspace once per account.
 */
public final class NoteFiltersViewModel {
    public static final String ALL_TYPES = "All types";

    private final NoteLibrary workspace;
    private final Background background;
    private final DialogService dialogs;
    private final ObservableList<NoteSummary> source;
    private final FilteredList<NoteSummary> filtered;
    private final ObservableList<NoteSummary> shown;
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<String> tagsView = FXCollections.unmodifiableObservableList(tags);
    private final ObservableList<String> types = FXCollections.observableArrayList(ALL_TYPES);
    private final ObservableList<String> typesView = FXCollections.unmodifiableObservableList(types);
    private final ObservableList<String> selectedTags = FXCollections.observableArrayList();
    private final ObservableList<String> selectedTagsView = FXCollections.unmodifiableObservableList(selectedTags);
    private final ObjectProperty<String> type = new SimpleObjectProperty<>(ALL_TYPES);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    /** True while the account's tags are being read: the tag filter then says so instead of "none". */
    private final javafx.beans.property.ReadOnlyBooleanWrapper tagsLoading = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private Map<String, List<String>> tagsById = Map.of();
    private String account;
    private String tagsOf;
    private final Latest request = new Latest();

    public NoteFiltersViewModel(NoteLibrary workspace, Background background, DialogService dialogs,
                                ObservableList<NoteSummary> source) {
        this.workspace = workspace;
        this.background = background;
        this.dialogs = dialogs;
        this.source = source;
        this.filtered = new FilteredList<>(source);
        this.shown = FXCollections.unmodifiableObservableList(filtered);
        source.addListener((ListChangeListener<NoteSummary>) c -> sourceChanged());
        type.addListener((obs, old, t) -> apply());
        from.addListener((obs, old, d) -> apply());
        to.addListener((obs, old, d) -> apply());
        selectedTags.addListener((ListChangeListener<String>) c -> apply());
        sourceChanged();
    }

    private void sourceChanged() {
        String now = source.isEmpty() ? null : source.get(0).account();
        if (now != null && !now.equalsIgnoreCase(account)) {
            // Another account: its own tags, and no filter carried over from the last one.
            account = now;
            reset();
            loadTags(now);
        } else if (now != null) {
            // The same account's list again (a note added, retitled, trashed): its tags may have changed too.
            loadTags(now);
        }
        Set<String> t = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        source.forEach(n -> {
            if (n.type() != null && !n.type().isBlank()) {
                t.add(n.type());
            }
        });
        if (!types.subList(1, types.size()).equals(List.copyOf(t))) {
            types.subList(1, types.size()).clear();
            types.addAll(t);
        }
        apply();
    }

    private void loadTags(String name) {
        Latest.Ticket ticket = request.next();
        if (!name.equalsIgnoreCase(tagsOf)) {
            tagsById = Map.of();
            tags.clear();
        }
        tagsOf = name;
        tagsLoading.set(true);
        background.run(() -> workspace.taggedNotes(name), (List<TaggedNote> list) -> {
            if (!ticket.isLatest()) {
                return;
            }
            tagsLoading.set(false);
            Map<String, List<String>> byId = new HashMap<>();
            Set<String> all = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            for (TaggedNote t : list) {
                byId.put(t.note().id(), t.tags());
                all.addAll(t.tags());
            }
            tagsById = byId;
            if (!tags.equals(List.copyOf(all))) {
                tags.setAll(all);
            }
            apply();
        }, e -> {
            tagsLoading.set(false);
            dialogs.error("Could not read the tags of " + name, e);
        });
    }

    /** The filter as set now. */
    public NoteFilter filter() {
        String t = type.get() == null || ALL_TYPES.equals(type.get()) ? null : type.get();
        return new NoteFilter(Set.copyOf(selectedTags), t, from.get(), to.get());
    }

    private void apply() {
        NoteFilter f = filter();
        Map<String, List<String>> byId = tagsById;
        filtered.setPredicate(f.isEmpty() ? null : n -> f.test(n, byId.getOrDefault(n.id(), List.of())));
        count.set(f.isEmpty() ? "" : filtered.size() + " of " + source.size() + " notes");
    }

    public void setTags(Collection<String> chosen) {
        if (!selectedTags.equals(List.copyOf(chosen))) {
            selectedTags.setAll(chosen);
        }
    }

    /** Lets every note through again. */
    public void reset() {
        selectedTags.clear();
        type.set(ALL_TYPES);
        from.set(null);
        to.set(null);
    }

    /** The notes that pass: what {@code #noteList} shows. */
    public ObservableList<NoteSummary> shown() {
        return shown;
    }

    public ObservableList<String> tags() {
        return tagsView;
    }

    public ObservableList<String> types() {
        return typesView;
    }

    public ObservableList<String> selectedTags() {
        return selectedTagsView;
    }

    public ObjectProperty<String> typeProperty() {
        return type;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public javafx.beans.property.ReadOnlyBooleanProperty tagsLoadingProperty() {
        return tagsLoading.getReadOnlyProperty();
    }

    /** "3 of 12 notes" while a filter is on, else empty. */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}
