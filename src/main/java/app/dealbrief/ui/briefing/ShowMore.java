package app.dealbrief.ui.briefing;

import javafx.scene.control.Hyperlink;

import java.util.List;
import java.util.function.Consumer;

/**
 * The first few rows of a long briefing list, best first, and "Show all 253 terms" under them. A briefing is read
 * in the minutes before a meeting: the top of each ranked list is what matters, and laying out hundreds of rows
 * would keep the window busy for a second on every account switch. The choice holds while the same account is
 * shown (a correction rebuilds the page) and resets for another account.
 */
final class ShowMore<T> {
    private final int top;
    private final String noun;
    private final Consumer<List<T>> apply;
    private final Hyperlink link = new Hyperlink();
    private List<T> all = List.of();
    private boolean expanded;

    ShowMore(String id, int top, String noun, Consumer<List<T>> apply) {
        this.top = top;
        this.noun = noun;
        this.apply = apply;
        link.setId(id);
        link.getStyleClass().add("show-more");
        link.setOnAction(e -> {
            expanded = !expanded;
            render();
        });
    }

    /** Shows {@code rows} (best first); {@code sameAccount} keeps an expanded list expanded. */
    void show(List<T> rows, boolean sameAccount) {
        all = List.copyOf(rows);
        if (!sameAccount) {
            expanded = false;
        }
        render();
    }

    private void render() {
        boolean more = all.size() > top;
        apply.accept(expanded || !more ? all : all.subList(0, top));
        link.setText(expanded ? "Show the top " + top : "Show all " + all.size() + " " + noun);
        link.setVisible(more);
        link.setManaged(more);
    }

    Hyperlink link() {
        return link;
    }
}
