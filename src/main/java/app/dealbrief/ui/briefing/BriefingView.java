package app.dealbrief.ui.briefing;

import app.dealbrief.domain.ActionItem;
import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.Person;
import app.dealbrief.domain.Pitch;
import app.dealbrief.ui.common.Icons;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.time.LocalDate;

/** The briefing page: everything worth knowing about an account before a meeting, each fact one click from its note. */
public final class BriefingView extends ScrollPane {
    private final BriefingViewModel vm;
    private final Navigator nav;
    private final Label title = new Label("Choose an account");
    private final Label subtitle = new Label("Pick an account on the left to see its briefing.");
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final Label summary = new Label();
    private final ListView<String> signals = new ListView<>();
    private final AcceleratorPanel accelerators;
    private final TermsTable terms;
    private final ListView<Pitch> pitches = new ListView<>();
    private final VBox actions = new VBox(4);
    private final VBox people = new VBox(4);
    private final FlowPane related = new FlowPane(6, 6);
    private final VBox panels;
    /** The rows a long list shows before "Show all …": a screen's worth, ranked best first. */
    static final int TOP_TERMS = 15;
    static final int TOP_PITCHES = 10;
    static final int TOP_PEOPLE = 12;
    private final ShowMore<app.dealbrief.domain.PartnershipTerm> termRows;
    private final ShowMore<Pitch> pitchRows;
    private final ShowMore<Person> peopleRows;

    public BriefingView(BriefingViewModel vm, Navigator nav) {
        this.vm = vm;
        this.nav = nav;
        setId("briefingView");
        getStyleClass().add("briefing-view");
        setFitToWidth(true);
        accelerators = new AcceleratorPanel(nav, vm.corrections());
        terms = new TermsTable(nav, vm.corrections());
        // Every list is as tall as its rows: the page is the only thing that scrolls.
        FitToContent.fit(terms, 130);
        FitToContent.fit(signals, 60);
        FitToContent.fit(pitches, 80);
        termRows = new ShowMore<>("termsShowAll", TOP_TERMS, "terms", rows -> terms.getItems().setAll(rows));
        pitchRows = new ShowMore<>("pitchesShowAll", TOP_PITCHES, "pitches", rows -> pitches.getItems().setAll(rows));
        peopleRows = new ShowMore<>("peopleShowAll", TOP_PEOPLE, "people", this::showPeople);

        title.getStyleClass().add("briefing-title");
        subtitle.getStyleClass().add("briefing-subtitle");
        spinner.setMaxSize(22, 22);
        spinner.visibleProperty().bind(vm.loadingProperty());
        HBox titleRow = new HBox(10, title, spinner);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        // Related accounts come after the content (the briefing first), as the sheet prints them.
        Label relatedLabel = new Label("Related", Icons.of(Feather.LINK));
        relatedLabel.getStyleClass().add("related-label");
        HBox relatedRow = new HBox(8, relatedLabel, related);
        relatedRow.setAlignment(Pos.CENTER_LEFT);
        relatedRow.getStyleClass().add("related-row");
        VBox header = new VBox(4, titleRow, subtitle, new CorrectionBar(vm.corrections()));
        header.getStyleClass().add("briefing-header");

        summary.setWrapText(true);
        summary.getStyleClass().add("summary-text");

        signals.setId("signalsList");
        signals.getStyleClass().add("signals-list");
        signals.setCellFactory(v -> new WrappingCell(signals));
        signals.setPlaceholder(new Label("No signals."));

        pitches.setId("pitchList");
        pitches.getStyleClass().add("pitch-list");
        pitches.setCellFactory(v -> new PitchCell(pitches, vm.corrections(), vm.pitchStatuses(), nav));
        pitches.setPlaceholder(new Label("No pitches yet."));

        related.setId("relatedAccounts");
        related.getStyleClass().add("related");
        related.setAlignment(Pos.CENTER_LEFT);

        HBox row1 = row(panel("Key signals", Feather.ACTIVITY, signals),
                panel("Accelerator mix", Feather.CPU, accelerators, addButton("addAccelerator", "Add accelerator…", vm.corrections()::addAccelerator)));
        VBox side = new VBox(12, panel("Open action items", Feather.CHECK_SQUARE, actions),
                panel("People", Feather.USERS, new VBox(4, people, peopleRows.link())));
        VBox pitchPanel = panel("Suggested pitches", Feather.TARGET, new VBox(4, pitches, pitchRows.link()),
                addButton("addPitch", "Add pitch…", vm.corrections()::addPitch));
        HBox row2 = new HBox(12, pitchPanel, side);
        HBox.setHgrow(pitchPanel, Priority.ALWAYS);
        side.setPrefWidth(330);
        side.setMinWidth(260);
        panels = new VBox(12, panel("Summary", Feather.FILE_TEXT, summary), row1,
                panel("Partnership terms", Feather.FILE, new VBox(4, terms, termRows.link()),
                        addButton("addTerm", "Add term…", vm.corrections()::addTerm)), row2);
        VBox page = new VBox(14, header, panels, relatedRow);
        page.getStyleClass().add("briefing-page");
        setContent(page);
        keepScrollAcrossCorrections();

        vm.briefingProperty().addListener((obs, old, b) -> show(b));
        show(vm.briefingProperty().get());
        // The account just chosen is named at once; its sections fill when the briefing arrives (the previous
        // account's sections are hidden meanwhile, never shown under the new name).
        vm.pendingProperty().addListener((obs, old, account) -> pending(account));
    }

    private static HBox row(VBox left, VBox right) {
        HBox row = new HBox(12, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(400);
        right.setPrefWidth(400);
        return row;
    }

    private static VBox panel(String name, Feather icon, Node content) {
        return panel(name, icon, content, null);
    }

    /** A panel whose heading carries an action on the right (e.g. "Add term…"). */
    private static VBox panel(String name, Feather icon, Node content, Node action) {
        Label heading = new Label(name, Icons.of(icon));
        heading.getStyleClass().add("panel-title");
        Node top = heading;
        if (action != null) {
            javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox bar = new HBox(8, heading, spacer, action);
            bar.setAlignment(Pos.CENTER_LEFT);
            heading.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            if (action instanceof javafx.scene.control.Button b) {
                // A narrow panel keeps its heading whole: the action shrinks to its "+" icon (the tooltip names it).
                b.setTooltip(new javafx.scene.control.Tooltip(b.getText()));
                b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                double[] full = {0};
                bar.widthProperty().addListener((obs, was, w) -> {
                    if (b.getContentDisplay() != javafx.scene.control.ContentDisplay.GRAPHIC_ONLY) {
                        full[0] = b.prefWidth(-1);
                    }
                    boolean narrow = w.doubleValue() < heading.prefWidth(-1) + full[0] + 24;
                    b.setContentDisplay(narrow ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY
                            : javafx.scene.control.ContentDisplay.LEFT);
                });
            }
            top = bar;
        }
        VBox box = new VBox(8, top, content);
        box.getStyleClass().add("panel");
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }

    private void showPeople(java.util.List<Person> shown) {
        people.getChildren().clear();
        for (Person p : shown) {
            Label l = new Label(p.name());
            l.getStyleClass().add("person-name");
            String who = java.util.stream.Stream.of(p.role(), p.company()).filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.joining(" · "));
            String when2 = p.lastContact() == null ? "" : "last contact " + p.lastContact()
                    + (p.noteCount() > 1 ? " · " + p.noteCount() + " notes" : "");
            Label when = new Label(who.isEmpty() ? when2 : when2.isEmpty() ? who : who + " — " + when2);
            when.setWrapText(true);
            when.getStyleClass().add("muted");
            people.getChildren().add(new VBox(0, l, when));
        }
        empty(people, "No people named in the notes.");
    }

    private void pending(String account) {
        if (account == null) {
            Briefing b = vm.briefingProperty().get();
            if (b == null || !b.account().equals(title.getText())) {
                show(b); // the briefing could not be built: back to what is shown
            }
            return;
        }
        title.setText(account);
        subtitle.setText("Loading briefing\u2026");
        panels.setVisible(false);
        related.getParent().setVisible(false);
    }

    private void show(Briefing b) {
        panels.setVisible(b != null);
        related.getParent().setVisible(b != null);
        if (b == null) {
            title.setText("Choose an account");
            subtitle.setText("Pick an account on the left to see its briefing.");
            return;
        }
        LocalDate today = vm.today();
        boolean same = b.account().equals(lastShown);
        title.setText(b.account());
        subtitle.setText(BriefingFormat.subtitle(b, today));
        summary.setText(b.summary() == null || b.summary().isBlank() ? "No summary in the notes."
                : b.summaryDate() == null ? b.summary() : "From the note of " + b.summaryDate() + ": " + b.summary());

        signals.getItems().setAll(b.signals());

        accelerators.show(b);

        termRows.show(b.partnershipTerms(), same);

        pitchRows.show(b.pitches(), same);

        actions.getChildren().clear();
        for (ActionItem a : BriefingFormat.openItems(b.actionItems(), today)) {
            actions.getChildren().add(actionRow(a, today));
        }
        empty(actions, "Nothing open.");
        actions.getChildren().add(actionsFooter(b));

        peopleRows.show(b.people(), same);

        related.getChildren().clear();
        for (String r : b.related()) {
            Hyperlink link = new Hyperlink(r);
            link.getStyleClass().add("related-link");
            link.setOnAction(e -> nav.openAccount(r));
            related.getChildren().add(link);
        }
        if (b.related().isEmpty()) {
            related.getChildren().add(hint("None."));
        }
        // A correction (dismiss, pin, tick) rebuilds the same account's page: keep the reader where they were.
        String shown = b.account();
        if (!shown.equals(lastShown)) {
            keptOffset = Double.NaN;
            setVvalue(0);
        }
        lastShown = shown;
    }

    private String lastShown;
    /** Pixels from the top to keep while the rebuilt page's lists settle their heights; NaN when free. */
    private double keptOffset = Double.NaN;

    /**
     * The vertical position is a fraction of the scrollable range, and a rebuilt page changes that range (lists
     * re-measure their rows): hold the position in pixels until the reader scrolls or clicks again.
     */
    private void keepScrollAcrossCorrections() {
        vm.briefingProperty().addListener((obs, old, b) -> {
            if (old != null && b != null && old.account().equals(b.account())) {
                keptOffset = offset();
            }
        });
        getContent().layoutBoundsProperty().addListener((obs, was, now) -> {
            if (!Double.isNaN(keptOffset)) {
                double range = now.getHeight() - getViewportBounds().getHeight();
                setVvalue(range <= 0 ? 0 : Math.min(1, keptOffset / range));
            }
        });
        addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> keptOffset = Double.NaN);
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> keptOffset = Double.NaN);
    }

    private double offset() {
        double range = getContent().getLayoutBounds().getHeight() - getViewportBounds().getHeight();
        return range <= 0 ? 0 : getVvalue() * range;
    }

    /** A real checkbox that marks the item done in its note; the text opens the note. */
    private Node actionRow(ActionItem a, LocalDate today) {
        boolean late = BriefingFormat.overdue(a, today);
        javafx.scene.control.CheckBox tick = new javafx.scene.control.CheckBox();
        tick.getStyleClass().add("action-check");
        tick.setDisable(a.noteId() == null);
        tick.setAccessibleText("Mark done: " + a.text());
        tick.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                vm.actionItems().markDone(a);
            }
        });
        Label text = new Label(a.text(), late ? Icons.of(Feather.ALERT_CIRCLE) : null);
        text.setWrapText(true);
        text.getStyleClass().add("action-text");
        String status = a.state() == ActionItem.State.IN_PROGRESS ? "in progress · "
                : a.state() == ActionItem.State.QUESTION ? "proposed · " : "";
        String meta = status + (a.owner() == null ? "" : "@" + a.owner() + " ") + (a.due() == null ? "" : "due " + a.due())
                + (a.copies() > 1 ? " · " + a.copies() + " notes" : "");
        Label due = new Label(meta.trim().replaceAll("·$", "").trim());
        due.getStyleClass().add("muted");
        VBox words = new VBox(0, text, due);
        HBox.setHgrow(words, javafx.scene.layout.Priority.ALWAYS);
        HBox box = new HBox(6, tick, words);
        box.getStyleClass().add("action-item");
        if (late) {
            box.getStyleClass().add("overdue");
        }
        if (a.noteId() != null) {
            words.setOnMouseClicked(e -> nav.openNote(a.noteId(), a.text()));
            words.setCursor(javafx.scene.Cursor.HAND);
        }
        return box;
    }

    /** "Done: … — Undo" after a tick; "N older items" when stale ones were folded away. */
    private Node actionsFooter(app.dealbrief.domain.Briefing b) {
        Label done = new Label();
        done.setId("actionDone");
        done.getStyleClass().add("muted");
        done.textProperty().bind(vm.actionItems().messageProperty());
        javafx.scene.control.Hyperlink undo = new javafx.scene.control.Hyperlink("Undo");
        undo.setId("undoActionDone");
        undo.visibleProperty().bind(vm.actionItems().undoableProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> vm.actionItems().undo());
        HBox line = new HBox(6, done, undo);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        line.visibleProperty().bind(vm.actionItems().messageProperty().isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        VBox box = new VBox(2, line);
        if (!b.olderActionItems().isEmpty()) {
            Label older = new Label(app.dealbrief.ui.common.Format.plural(b.olderActionItems().size(), "older item", "older items")
                    + " overdue for more than two months, left out");
            older.setId("olderActionItems");
            older.getStyleClass().add("muted");
            box.getChildren().add(older);
        }
        return box;
    }

    private static javafx.scene.control.Button addButton(String id, String text, Runnable action) {
        javafx.scene.control.Button b = new javafx.scene.control.Button(text, Icons.of(Feather.PLUS));
        b.setId(id);
        b.getStyleClass().addAll("flat", "small");
        b.setOnAction(e -> action.run());
        return b;
    }

    private static void empty(VBox box, String text) {
        if (box.getChildren().isEmpty()) {
            box.getChildren().add(hint(text));
        }
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("empty-hint");
        return l;
    }

    /** A list cell whose text wraps to the list's width, for sentences (never cut to one line). */
    private static final class WrappingCell extends ListCell<String> {
        // A Text wraps at its wrapping width and reports the wrapped height; a Label in a cell is cut instead.
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();

        WrappingCell(ListView<String> list) {
            text.getStyleClass().add("signal-text");
            text.wrappingWidthProperty().bind(list.widthProperty().subtract(28));
            setPrefWidth(0); // else the cell asks for the sentence's full width and nothing wraps
        }

        @Override
        protected void updateItem(String s, boolean empty) {
            super.updateItem(s, empty);
            setText(null);
            text.setText(empty || s == null ? "" : s);
            setGraphic(empty ? null : text);
        }
    }
}
