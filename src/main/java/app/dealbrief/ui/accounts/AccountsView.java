package app.dealbrief.ui.accounts;

import app.dealbrief.domain.AccountSummary;
import app.dealbrief.ui.common.Format;
import app.dealbrief.ui.common.Icons;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** Left pane: filter field above the account list. */
public final class AccountsView extends VBox {
    private final ListView<AccountSummary> list = new ListView<>();
    private final TextField filter = new TextField();
    private boolean syncing;

    public AccountsView(AccountsViewModel vm) {
        getStyleClass().add("accounts-pane");
        filter.setId("accountFilter");
        filter.setPromptText("Filter accounts");
        filter.textProperty().bindBidirectional(vm.filterProperty());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DOWN) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().selectFirst();
                }
            } else if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                filter.clear();
            }
        });
        HBox filterBox = new HBox(6, Icons.of(Feather.FILTER), filter);
        filterBox.getStyleClass().add("filter-box");
        HBox.setHgrow(filter, Priority.ALWAYS);
        filterBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Label heading = new Label("Accounts");
        heading.getStyleClass().add("pane-title");

        list.setId("accountList");
        list.setItems(vm.accounts());
        list.setCellFactory(v -> new AccountCell());
        Label none = new Label();
        none.setId("accountListPlaceholder");
        none.textProperty().bind(javafx.beans.binding.Bindings.when(vm.loadingProperty())
                .then("Loading accounts…").otherwise("No accounts yet.\nFile → Import notes… to add some."));
        list.setPlaceholder(none);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, a) -> {
            if (!syncing && a != null) {
                vm.select(a.name());
            }
        });
        vm.selectedProperty().addListener((obs, old, name) -> showSelected(vm, name));
        // Filtering replaces the list's items; keep the chosen account highlighted when it is still shown.
        vm.accounts().addListener((javafx.collections.ListChangeListener<AccountSummary>) c ->
                showSelected(vm, vm.selectedProperty().get()));
        javafx.scene.control.MenuItem removeSamples = new javafx.scene.control.MenuItem("Remove sample accounts");
        removeSamples.setId("menuRemoveSamples");
        removeSamples.setOnAction(e -> vm.removeSamples());
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(removeSamples);
        menu.setOnShowing(e -> removeSamples.setDisable(!vm.hasSamples()));
        list.setContextMenu(menu);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, filterBox, list);
    }

    private void showSelected(AccountsViewModel vm, String name) {
        syncing = true;
        try {
            if (name == null) {
                list.getSelectionModel().clearSelection();
                return;
            }
            vm.find(name).ifPresent(a -> {
                int i = list.getItems().indexOf(a);
                if (i >= 0 && list.getSelectionModel().getSelectedIndex() != i) {
                    list.getSelectionModel().select(i);
                    list.scrollTo(i);
                }
            });
        } finally {
            syncing = false;
        }
    }

    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    private static final class AccountCell extends ListCell<AccountSummary> {
        private final Label name = new Label();
        private final Label meta = new Label();
        private final VBox box = new VBox(2, name, meta);

        AccountCell() {
            setPrefWidth(0); // long names ellipsize instead of scrolling sideways
            name.getStyleClass().add("account-name");
            meta.getStyleClass().add("account-meta");
            box.getStyleClass().add("account-cell");
        }

        @Override
        protected void updateItem(AccountSummary a, boolean empty) {
            super.updateItem(a, empty);
            if (empty || a == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            name.setText(a.name());
            meta.setText(describe(a));
            setText(null);
            setGraphic(box);
        }
    }

    /** "3 notes · newest 2025-11-12". */
    public static String describe(AccountSummary a) {
        String count = Format.plural(a.noteCount(), "note", "notes");
        return a.newestNote() == null ? count : count + " · newest " + a.newestNote();
    }
}
