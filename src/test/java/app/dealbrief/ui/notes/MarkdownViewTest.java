package app.dealbrief.ui.notes;

import org.junit.jupiter.api.Tag;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Renders markdown to nodes (needs the toolkit, not a stage). */
@Tag("slow")
class MarkdownViewTest {
    private final List<String> opened = new ArrayList<>();
    private final MarkdownView view = new MarkdownView(opened::add, url -> { });

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private VBox render(String md, String highlight) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> view.render(md, highlight, "Title")).get(10, TimeUnit.SECONDS);
    }

    @Test
    void headingsBulletsEmphasisAndWikiLinks() throws Exception {
        VBox root = render("# Title\n\n## Summary\n\nSome **bold** and *soft* `code`.\n\n- one [[OpenAI|Open AI]]\n- two\n", null);
        // The repeated "# Title" is dropped; the h2, the paragraph and the list remain.
        assertThat(root.getChildren()).hasSize(3);
        assertThat(root.getChildren().get(0).getStyleClass()).contains("md-h2");
        TextFlow para = (TextFlow) root.getChildren().get(1);
        assertThat(para.getChildren()).filteredOn(n -> n.getStyleClass().contains("md-strong"))
                .singleElement().extracting(n -> ((Text) n).getText()).isEqualTo("bold");
        Hyperlink link = (Hyperlink) root.lookup(".wiki-link");
        assertThat(link.getText()).isEqualTo("Open AI");
        link.fire();
        assertThat(opened).containsExactly("OpenAI");
    }

    @Test
    void theEvidenceSentenceIsMarked() throws Exception {
        VBox root = render("Intro.\n\n- Nvidia remains primary; MAIA lags.\n- Other.\n", "nvidia remains  primary; MAIA lags.");
        assertThat(root.lookupAll(".evidence")).hasSize(1);
    }

    @Test
    void gfmTablesRenderAsGridsOfCellsNotRawPipes() throws Exception {
        VBox root = render("| Term | Amount |\n|---|---:|\n| **Azure** spend | $250B |\n| Exclusivity | none |\n", null);
        javafx.scene.layout.GridPane grid = (javafx.scene.layout.GridPane) root.lookup(".md-table");
        assertThat(grid).isNotNull();
        assertThat(grid.getChildren()).hasSize(6);
        assertThat(grid.getChildren()).filteredOn(n -> n.getStyleClass().contains("md-th"))
                .extracting(n -> MarkdownView.plain((TextFlow) n)).containsExactly("Term", "Amount");
        assertThat(grid.getChildren()).filteredOn(n -> n.getStyleClass().contains("md-td"))
                .extracting(n -> MarkdownView.plain((TextFlow) n)).containsExactly("Azure spend", "$250B", "Exclusivity", "none");
        assertThat(allText(root)).doesNotContain("|").doesNotContain("---");
    }

    @Test
    void taskItemsRenderAsCheckBoxesNotLiteralBrackets() throws Exception {
        VBox root = render("- [ ] send the draft\n- [x] book the room\n- plain\n", null);
        List<javafx.scene.control.CheckBox> boxes = root.lookupAll(".md-task").stream()
                .map(n -> (javafx.scene.control.CheckBox) n).toList();
        assertThat(boxes).extracting(javafx.scene.control.CheckBox::isSelected).containsExactly(false, true);
        assertThat(allText(root)).doesNotContain("[ ]").doesNotContain("[x]").contains("send the draft").contains("plain");
    }

    private static String allText(javafx.scene.Parent p) {
        StringBuilder sb = new StringBuilder();
        for (javafx.scene.Node n : p.getChildrenUnmodifiable()) {
            if (n instanceof Text t) {
                sb.append(t.getText()).append(' ');
            } else if (n instanceof javafx.scene.control.Labeled l) {
                sb.append(l.getText()).append(' ');
            } else if (n instanceof javafx.scene.Parent q) {
                sb.append(allText(q));
            }
        }
        return sb.toString();
    }
}
