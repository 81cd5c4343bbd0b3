package app.dealbrief.ui.briefing;

import app.dealbrief.domain.Pitch;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * A pitch as a card: headline, why, where it came from, and the status the user sets (stored through the
 * workspace). The card's context menu pins, edits or dismisses the pitch.
 */
final class PitchCell extends ListCell<Pitch> {
    private final CorrectionsViewModel vm;
    private final PitchStatuses statuses;
    private final Navigator nav;
    // Text, not Label: a Text wraps at its wrapping width and reports the wrapped height to the cell.
    private final javafx.scene.text.Text headline = new javafx.scene.text.Text();
    private final javafx.scene.text.Text rationale = new javafx.scene.text.Text();
    private final Label origin = new Label();
    private final Hyperlink evidence = new Hyperlink("evidence");
    private final ChoiceBox<Pitch.Status> status = new ChoiceBox<>();
    private final VBox card;
    private final javafx.scene.control.ContextMenu menu;
    private boolean filling;

    PitchCell(ListView<Pitch> list, CorrectionsViewModel vm, PitchStatuses statuses, Navigator nav) {
        this.vm = vm;
        this.statuses = statuses;
        this.nav = nav;
        headline.getStyleClass().add("pitch-headline");
        rationale.getStyleClass().add("pitch-rationale");
        headline.wrappingWidthProperty().bind(list.widthProperty().subtract(64));
        rationale.wrappingWidthProperty().bind(list.widthProperty().subtract(64));
        setPrefWidth(0); // the card wraps to the list's width instead of widening the cell
        origin.getStyleClass().add("badge");
        evidence.getStyleClass().add("evidence-link");
        status.getItems().setAll(Pitch.Status.values());
        status.getStyleClass().add("pitch-status");
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(Pitch.Status s) {
                return s == null ? "" : s.label();
            }

            @Override
            public Pitch.Status fromString(String s) {
                return null;
            }
        });
        status.valueProperty().addListener((obs, old, s) -> {
            if (!filling && getItem() != null && s != null) {
                statuses.setStatus(getItem(), s);
                styleStatus(s);
            }
        });
        origin.setMinWidth(Region.USE_PREF_SIZE);
        evidence.setMinWidth(Region.USE_PREF_SIZE);
        status.setMinWidth(Region.USE_PREF_SIZE);
        // Badge, link and status on one line where they fit; in a narrow window the status moves to the next
        // line rather than being cut at the card's edge.
        javafx.scene.layout.FlowPane footer = new javafx.scene.layout.FlowPane(8, 4, origin, evidence, status);
        footer.prefWrapLengthProperty().bind(list.widthProperty().subtract(80));
        footer.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        card = new VBox(4, headline, rationale, footer);
        card.getStyleClass().add("pitch-card");
        javafx.scene.control.MenuItem pin = new javafx.scene.control.MenuItem("Pin");
        pin.setOnAction(e -> vm.togglePin(getItem()));
        javafx.scene.control.MenuItem edit = new javafx.scene.control.MenuItem("Edit…");
        edit.setOnAction(e -> vm.edit(getItem()));
        javafx.scene.control.MenuItem dismiss = new javafx.scene.control.MenuItem("Dismiss");
        dismiss.setOnAction(e -> {
            DismissToast.show(this, vm);
            vm.dismiss(getItem());
        });
        menu = new javafx.scene.control.ContextMenu(pin, edit, dismiss);
        menu.setOnShowing(e -> pin.setText(getItem() != null && vm.pinned(getItem()) ? "Unpin" : "Pin"));
    }

    @Override
    protected void updateItem(Pitch p, boolean empty) {
        super.updateItem(p, empty);
        if (empty || p == null) {
            setGraphic(null);
            setContextMenu(null);
            return;
        }
        setContextMenu(menu);
        filling = true;
        try {
            headline.setText(p.headline());
            rationale.setText(p.rationale() == null ? "" : p.rationale());
            rationale.setManaged(p.rationale() != null && !p.rationale().isBlank());
            rationale.setVisible(rationale.isManaged());
            boolean fromNote = p.origin() == Pitch.Origin.NOTE;
            origin.setText(p.noteId() == null && fromNote ? "added by you" : fromNote ? "from note" : "playbook");
            card.getStyleClass().remove("pinned");
            if (vm.pinned(p)) {
                card.getStyleClass().add("pinned");
            }
            origin.getStyleClass().removeAll("badge-note", "badge-playbook");
            origin.getStyleClass().add(fromNote ? "badge-note" : "badge-playbook");
            evidence.setVisible(p.noteId() != null);
            evidence.setManaged(p.noteId() != null);
            evidence.setText(fromNote ? "open note" : "open the facts");
            evidence.setOnAction(e -> nav.openNote(p.noteId(), fromNote ? p.evidence() : null));
            Pitch.Status s = statuses.status(p);
            status.setValue(s);
            styleStatus(s);
        } finally {
            filling = false;
        }
        setGraphic(card);
    }

    private void styleStatus(Pitch.Status s) {
        card.getStyleClass().removeIf(c -> c.startsWith("status-"));
        card.getStyleClass().add("status-" + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
}
