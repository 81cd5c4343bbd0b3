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

        // Five columns, not eight: at 1024 px eight columns cut every cell ("Am…", "2026-01…"). The agreement
        // carries its parties on a second line, and the figures (amount, gigawatts, year) share one cell.
        TableColumn<PartnershipTerm, PartnershipTerm> clause = new TableColumn<>("Clause");
        clause.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        clause.setComparator(java.util.Comparator.comparing(PartnershipTerm::text, String.CASE_INSENSITIVE_ORDER));
        clause.setCellFactory(c -> new ClauseCell(vm, clause));
        clause.setMinWidth(160);
        clause.setPrefWidth(380);

        TableColumn<PartnershipTerm, String> agreement = text("Agreement", TermsTable::agreement);
        agreement.setMinWidth(140);
        agreement.setPrefWidth(230);

        TableColumn<PartnershipTerm, String> category = text("Category", t -> t.category() == null ? "" : t.category().label());
        category.setMinWidth(132);
        category.setPrefWidth(150);

        TableColumn<PartnershipTerm, String> figures = text("Figures", TermsTable::figures);
        figures.getStyleClass().add("number-column");
        figures.setMinWidth(90);
        figures.setPrefWidth(120);

        TableColumn<PartnershipTerm, PartnershipTerm> note = new TableColumn<>("Note");
        note.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        note.setComparator(java.util.Comparator.comparing(PartnershipTerm::noteDate,
                java.util.Comparator.nullsLast(LocalDate::compareTo)));
        note.setCellFactory(c -> new NoteCell(nav));
        fixed(note, 104);

        getColumns().setAll(java.util.List.of(clause, agreement, category, figures, note));
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
        dismiss.setOnAction(e -> {
            DismissToast.show(row, vm);
            vm.dismiss(row.getItem());
        });
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(pin, edit, dismiss);
        menu.setOnShowing(e -> pin.setText(row.getItem() != null && vm.pinned(row.getItem()) ? "Unpin" : "Pin"));
        return menu;
    }

    /** "Microsoft–OpenAI Oct 28 agreement" and, on the next line, "Microsoft, OpenAI". */
    static String agreement(PartnershipTerm t) {
        String parties = String.join(", ", t.parties());
        if (t.agreement() == null || t.agreement().isBlank()) {
            return parties;
        }
        return parties.isEmpty() ? t.agreement() : t.agreement() + "\n" + parties;
    }

    /** "$250B · 1.2 GW · 2032", whichever the term names. */
    static String figures(PartnershipTerm t) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (t.amountUsd() != null) {
            parts.add(Format.money(t.amountUsd()));
        }
        if (t.gigawatts() != null) {
            parts.add(Format.gigawatts(t.gigawatts()));
        }
        if (t.year() != null) {
            parts.add(t.year().toString());
        }
        return String.join(" · ", parts);
    }

    /** A text column whose cells wrap: a long value makes its row taller, never "Am…". */
    private static TableColumn<PartnershipTerm, String> text(String title, Function<PartnershipTerm, String> f) {
        TableColumn<PartnershipTerm, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(f.apply(c.getValue())));
        col.setCellFactory(c -> new TableCell<>() {
            private final javafx.scene.text.Text text = wrapping(col);

            @Override
            protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                text.setText(empty || v == null ? "" : v);
                setText(null);
                setGraphic(empty ? null : text);
            }
        });
        return col;
    }

    /** A Text that wraps at its column's width (a Label in a cell would be cut with "…" instead). */
    static javafx.scene.text.Text wrapping(TableColumn<?, ?> col) {
        javafx.scene.text.Text t = new javafx.scene.text.Text();
        t.getStyleClass().add("term-text");
        t.wrappingWidthProperty().bind(col.widthProperty().subtract(16));
        return t;
    }

    /** Numbers and dates are never cut: their column is at least as wide as the widest value. */
    private static void fixed(TableColumn<?, ?> col, double width) {
        col.setMinWidth(width);
        col.setPrefWidth(width);
    }

    private static final class ClauseCell extends TableCell<PartnershipTerm, PartnershipTerm> {
        private final CorrectionsViewModel vm;
        private final javafx.scene.text.Text text;

        ClauseCell(CorrectionsViewModel vm, TableColumn<PartnershipTerm, PartnershipTerm> col) {
            this.vm = vm;
            this.text = wrapping(col);
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
            text.setText(t.text());
            text.getStyleClass().remove("negated-text");
            HBox badges = new HBox(6);
            badges.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            if (t.negated()) {
                Label no = new Label("NO");
                no.getStyleClass().addAll("badge", "badge-negated");
                no.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                text.getStyleClass().add("negated-text");
                badges.getChildren().add(no);
            }
            if (vm.pinned(t)) {
                badges.getChildren().add(0, badge("pinned", "badge-pinned"));
            }
            if (t.noteId() == null) {
                badges.getChildren().add(badge("added by you", "badge-added"));
            } else if (vm.edited(t)) {
                badges.getChildren().add(badge("edited", "badge-edited"));
            }
            if (t.supportCount() > 1) {
                Label n = new Label(t.supportCount() + " notes");
                n.getStyleClass().addAll("badge", "badge-muted");
                n.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                badges.getChildren().add(n);
            }
            // The clause wraps; its badges go on a line of their own under it.
            javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(3, text);
            if (!badges.getChildren().isEmpty()) {
                box.getChildren().add(badges);
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
