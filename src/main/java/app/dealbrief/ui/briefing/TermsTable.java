package app.dealbrief.ui.briefing;

import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.ui.common.Format;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * Partnership terms, one clause a row; negated clauses carry a visible "NO" badge. A row's context menu pins,
 * edits or dismisses the term.
 */
final class TermsTable extends TableView<PartnershipTerm> {

    TermsTable(Navigator nav, CorrectionsViewModel vm) {
        setId("termsTable");
        getStyleClass().add("terms-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        setPlaceholder(new Label("No partnership terms found in the notes."));

        TableColumn<PartnershipTerm, String> agreement = text("Agreement", t -> t.agreement() == null ? "" : t.agreement());
        agreement.setPrefWidth(190);
        TableColumn<PartnershipTerm, String> parties = text("Parties", t -> String.join(", ", t.parties()));
        parties.setPrefWidth(120);

        TableColumn<PartnershipTerm, PartnershipTerm> clause = new TableColumn<>("Clause");
        clause.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        clause.setComparator(java.util.Comparator.comparing(PartnershipTerm::text, String.CASE_INSENSITIVE_ORDER));
        clause.setCellFactory(c -> new ClauseCell(vm));
        clause.setPrefWidth(360);

        TableColumn<PartnershipTerm, String> category = text("Category", t -> t.category() == null ? "" : t.category().label());
        category.setPrefWidth(150);

        TableColumn<PartnershipTerm, Long> amount = new TableColumn<>("Amount");
        amount.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().amountUsd()));
        amount.setCellFactory(c -> formatted(Format::money));
        amount.setPrefWidth(80);

        TableColumn<PartnershipTerm, Double> gw = new TableColumn<>("GW");
        gw.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().gigawatts()));
        gw.setCellFactory(c -> formatted(Format::gigawatts));
        gw.setPrefWidth(72);

        TableColumn<PartnershipTerm, Integer> year = new TableColumn<>("Year");
        year.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().year()));
        year.setCellFactory(c -> formatted(y -> y == null ? "" : y.toString()));
        year.setPrefWidth(56);

        TableColumn<PartnershipTerm, PartnershipTerm> note = new TableColumn<>("Note");
        note.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        note.setComparator(java.util.Comparator.comparing(PartnershipTerm::noteDate,
                java.util.Comparator.nullsLast(LocalDate::compareTo)));
        note.setCellFactory(c -> new NoteCell(nav));
        note.setPrefWidth(100);

        getColumns().setAll(java.util.List.of(agreement, parties, clause, category, amount, gw, year, note));
        setRowFactory(tv -> {
            javafx.scene.control.TableRow<PartnershipTerm> row = new javafx.scene.control.TableRow<>() {
                @Override
                protected void updateItem(PartnershipTerm t, boolean empty) {
                    super.updateItem(t, empty);
                    getStyleClass().remove("pinned");
                    if (!empty && t != null && vm.pinned(t)) {
                        getStyleClass().add("pinned");
                    }
                }
            };
            row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty())
                    .then((javafx.scene.control.ContextMenu) null).otherwise(menu(row, vm)));
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && row.getItem().noteId() != null) {
                    nav.openNote(row.getItem().noteId(), row.getItem().sentence());
                }
            });
            return row;
        });
    }

    private static javafx.scene.control.ContextMenu menu(javafx.scene.control.TableRow<PartnershipTerm> row,
                                                          CorrectionsViewModel vm) {
        javafx.scene.control.MenuItem pin = new javafx.scene.control.MenuItem("Pin");
        pin.setOnAction(e -> vm.togglePin(row.getItem()));
        javafx.scene.control.MenuItem edit = new javafx.scene.control.MenuItem("Edit…");
        edit.setOnAction(e -> vm.edit(row.getItem()));
        javafx.scene.control.MenuItem dismiss = new javafx.scene.control.MenuItem("Dismiss");
        dismiss.setOnAction(e -> vm.dismiss(row.getItem()));
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(pin, edit, dismiss);
        menu.setOnShowing(e -> pin.setText(row.getItem() != null && vm.pinned(row.getItem()) ? "Unpin" : "Pin"));
        return menu;
    }

    private static TableColumn<PartnershipTerm, String> text(String title, Function<PartnershipTerm, String> f) {
        TableColumn<PartnershipTerm, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(f.apply(c.getValue())));
        return col;
    }

    private static <T> TableCell<PartnershipTerm, T> formatted(Function<T, String> f) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : f.apply(v));
                getStyleClass().add("number-cell");
            }
        };
    }

    private static final class ClauseCell extends TableCell<PartnershipTerm, PartnershipTerm> {
        private final CorrectionsViewModel vm;

        ClauseCell(CorrectionsViewModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(PartnershipTerm t, boolean empty) {
            super.updateItem(t, empty);
            if (empty || t == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            Label text = new Label(t.text());
            text.setMinWidth(0);
            HBox box = new HBox(6);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            if (t.negated()) {
                Label no = new Label("NO");
                no.getStyleClass().addAll("badge", "badge-negated");
                no.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                text.getStyleClass().add("negated-text");
                box.getChildren().add(no);
            }
            box.getChildren().add(text);
            if (vm.pinned(t)) {
                box.getChildren().add(0, badge("pinned", "badge-pinned"));
            }
            if (t.noteId() == null) {
                box.getChildren().add(badge("added by you", "badge-added"));
            } else if (vm.edited(t)) {
                box.getChildren().add(badge("edited", "badge-edited"));
            }
            if (t.supportCount() > 1) {
                Label n = new Label(t.supportCount() + " notes");
                n.getStyleClass().addAll("badge", "badge-muted");
                n.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                box.getChildren().add(n);
            }
            setText(null);
            setGraphic(box);
            setTooltip(new Tooltip(t.sentence() != null ? t.sentence() : t.text()));
        }
    }

    static Label badge(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().addAll("badge", style);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static final class NoteCell extends TableCell<PartnershipTerm, PartnershipTerm> {
        private final Navigator nav;

        NoteCell(Navigator nav) {
            this.nav = nav;
        }

        @Override
        protected void updateItem(PartnershipTerm t, boolean empty) {
            super.updateItem(t, empty);
            if (empty || t == null || t.noteId() == null) {
                setGraphic(null);
                return;
            }
            Hyperlink link = new Hyperlink(Format.date(t.noteDate()));
            link.getStyleClass().add("evidence-link");
            link.setOnAction(e -> nav.openNote(t.noteId(), t.sentence()));
            link.setTooltip(new Tooltip("Open the note that says so"));
            setGraphic(link);
        }
    }
}
