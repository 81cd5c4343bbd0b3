package app.dealbrief.ui.notes;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to JavaFX nodes (no WebView: it is heavy, and text must follow the theme). Wiki links become
 * hyperlinks that call back with their target.
 */
public final class MarkdownView {
    private static final Pattern WIKI = Pattern.compile("\\[\\[([^\\]|#]+)(#[^\\]|]*)?(\\|([^\\]]+))?]]");
    private static final String WIKI_SCHEME = "wiki:";
    /** GitHub-flavoured tables, "- [ ]" task items and ~~strikethrough~~, as Obsidian and GitHub show them. */
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            TaskListItemsExtension.create(), StrikethroughExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private final Consumer<String> onWikiLink;
    private final Consumer<String> onWebLink;

    public MarkdownView(Consumer<String> onWikiLink, Consumer<String> onWebLink) {
        this.onWikiLink = onWikiLink;
        this.onWebLink = onWebLink;
    }

    /** commonmark does not know [[links]]: rewrite them as ordinary links with our own scheme. */
    static String rewriteWikiLinks(String markdown) {
        Matcher m = WIKI.matcher(markdown);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String target = m.group(1).trim();
            String display = m.group(4) != null ? m.group(4).trim() : target;
            String dest = WIKI_SCHEME + URLEncoder.encode(target, StandardCharsets.UTF_8);
            m.appendReplacement(sb, Matcher.quoteReplacement("[" + display.replace("]", "\\]") + "](" + dest + ")"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Renders markdown; blocks whose text contains {@code highlight} get the "evidence" style. */
    public VBox render(String markdown, String highlight) {
        return render(markdown, highlight, null);
    }

    /** As above, dropping a leading "# Title" that repeats {@code title} (the reader shows it already). */
    public VBox render(String markdown, String highlight, String title) {
        VBox root = new VBox();
        root.getStyleClass().add("markdown");
        org.commonmark.node.Node doc = PARSER.parse(rewriteWikiLinks(markdown == null ? "" : markdown));
        org.commonmark.node.Node first = doc.getFirstChild();
        if (title != null && first instanceof Heading h && h.getLevel() == 1
                && normalise(plain(inline(h))).equals(normalise(title))) {
            first = first.getNext();
        }
        for (org.commonmark.node.Node n = first; n != null; n = n.getNext()) {
            Node block = block(n, 0);
            if (block != null) {
                root.getChildren().add(block);
            }
        }
        if (highlight != null && !highlight.isBlank()) {
            mark(root, normalise(highlight));
        }
        return root;
    }

    private Node block(org.commonmark.node.Node n, int depth) {
        if (n instanceof Heading h) {
            TextFlow flow = inline(h);
            flow.getStyleClass().addAll("md-heading", "md-h" + Math.min(h.getLevel(), 4));
            return flow;
        }
        if (n instanceof Paragraph p) {
            TextFlow flow = inline(p);
            flow.getStyleClass().add("md-paragraph");
            return flow;
        }
        if (n instanceof BulletList || n instanceof OrderedList) {
            VBox list = new VBox();
            list.getStyleClass().add("md-list");
            int number = n instanceof OrderedList ol && ol.getMarkerStartNumber() != null ? ol.getMarkerStartNumber() : 1;
            for (org.commonmark.node.Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                String marker = n instanceof OrderedList ? (number++) + "." : "•";
                list.getChildren().add(listItem((ListItem) item, marker, depth));
            }
            return list;
        }
        if (n instanceof FencedCodeBlock c) {
            return code(c.getLiteral());
        }
        if (n instanceof IndentedCodeBlock c) {
            return code(c.getLiteral());
        }
        if (n instanceof BlockQuote q) {
            VBox box = new VBox();
            box.getStyleClass().add("md-quote");
            for (org.commonmark.node.Node c = q.getFirstChild(); c != null; c = c.getNext()) {
                Node b = block(c, depth);
                if (b != null) {
                    box.getChildren().add(b);
                }
            }
            return box;
        }
        if (n instanceof TableBlock t) {
            return table(t);
        }
        if (n instanceof ThematicBreak) {
            javafx.scene.control.Separator s = new javafx.scene.control.Separator();
            s.getStyleClass().add("md-rule");
            return s;
        }
        return null; // html blocks and the like: not worth showing raw
    }

    /**
     * A table as a grid: header cells bold, every cell wraps (a long cell grows its row, never cut to "…"),
     * columns share the width by how much they hold.
     */
    private Node table(TableBlock t) {
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.getStyleClass().add("md-table");
        int row = 0;
        int columns = 0;
        List<Integer> longest = new ArrayList<>();
        for (org.commonmark.node.Node section = t.getFirstChild(); section != null; section = section.getNext()) {
            boolean head = section instanceof TableHead;
            for (org.commonmark.node.Node r = section.getFirstChild(); r != null; r = r.getNext()) {
                if (!(r instanceof TableRow)) {
                    continue;
                }
                int col = 0;
                for (org.commonmark.node.Node c = r.getFirstChild(); c != null; c = c.getNext(), col++) {
                    TextFlow cell = inline(c);
                    cell.getStyleClass().add(head ? "md-th" : "md-td");
                    if (head) {
                        cell.getChildren().forEach(x -> x.getStyleClass().add("md-strong"));
                    }
                    if (c instanceof TableCell tc && tc.getAlignment() == TableCell.Alignment.RIGHT) {
                        cell.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
                    }
                    cell.setMaxWidth(Double.MAX_VALUE);
                    cell.setMaxHeight(Double.MAX_VALUE);
                    grid.add(cell, col, row);
                    while (longest.size() <= col) {
                        longest.add(1);
                    }
                    longest.set(col, Math.max(longest.get(col), Math.min(60, plain(cell).length())));
                }
                columns = Math.max(columns, col);
                row++;
            }
        }
        int total = longest.stream().mapToInt(Integer::intValue).sum();
        for (int c = 0; c < columns; c++) {
            javafx.scene.layout.ColumnConstraints cc = new javafx.scene.layout.ColumnConstraints();
            cc.setPercentWidth(100.0 * longest.get(c) / Math.max(1, total));
            cc.setFillWidth(true);
            grid.getColumnConstraints().add(cc);
        }
        return grid;
    }

    private Node listItem(ListItem item, String marker, int depth) {
        VBox content = new VBox();
        TaskListItemMarker m = taskMarker(item);
        if (m != null) {
            javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox();
            box.setSelected(m.isChecked());
            box.getStyleClass().add("md-task");
            // Shown, not edited here: the preview follows the text, which the editor changes.
            box.setMouseTransparent(true);
            box.setFocusTraversable(false);
            javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(6, box, content);
            javafx.scene.layout.HBox.setHgrow(content, javafx.scene.layout.Priority.ALWAYS);
            row.getStyleClass().addAll("md-item", m.isChecked() ? "md-task-done" : "md-task-open");
            addItemContent(item, content, depth);
            return row;
        }
        addItemContent(item, content, depth);
        Label bullet = new Label(marker);
        bullet.getStyleClass().add("md-bullet");
        bullet.setMinWidth(18);
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(4, bullet, content);
        javafx.scene.layout.HBox.setHgrow(content, javafx.scene.layout.Priority.ALWAYS);
        row.getStyleClass().add("md-item");
        return row;
    }

    /** The extension puts the marker first in the item, or first in its paragraph. */
    private static TaskListItemMarker taskMarker(ListItem item) {
        org.commonmark.node.Node first = item.getFirstChild();
        if (first instanceof TaskListItemMarker m) {
            return m;
        }
        return first != null && first.getFirstChild() instanceof TaskListItemMarker m ? m : null;
    }

    private void addItemContent(ListItem item, VBox content, int depth) {
        for (org.commonmark.node.Node c = item.getFirstChild(); c != null; c = c.getNext()) {
            Node b = c instanceof Paragraph p ? inline(p) : block(c, depth + 1);
            if (b != null) {
                content.getChildren().add(b);
            }
        }
    }

    private Node code(String literal) {
        Text t = new Text(literal.stripTrailing());
        t.getStyleClass().add("md-code-text");
        TextFlow flow = new TextFlow(t);
        flow.getStyleClass().add("md-code-block");
        return flow;
    }

    private TextFlow inline(org.commonmark.node.Node parent) {
        TextFlow flow = new TextFlow();
        List<Node> out = new ArrayList<>();
        parent.accept(new Inline(out, List.of()));
        flow.getChildren().setAll(out);
        return flow;
    }

    /** Walks inline nodes, carrying the styles of the enclosing emphasis. */
    private final class Inline extends AbstractVisitor {
        private final List<Node> out;
        private final List<String> styles;

        Inline(List<Node> out, List<String> styles) {
            this.out = out;
            this.styles = styles;
        }

        private void nested(org.commonmark.node.Node n, String style) {
            List<String> s = new ArrayList<>(styles);
            s.add(style);
            Inline v = new Inline(out, s);
            for (org.commonmark.node.Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                c.accept(v);
            }
        }

        @Override
        public void visit(org.commonmark.node.Text text) {
            Text t = new Text(text.getLiteral());
            t.getStyleClass().add("md-text");
            t.getStyleClass().addAll(styles);
            out.add(t);
        }

        @Override
        public void visit(StrongEmphasis e) {
            nested(e, "md-strong");
        }

        @Override
        public void visit(CustomNode n) {
            if (n instanceof Strikethrough) {
                nested(n, "md-strike");
            } else if (!(n instanceof TaskListItemMarker)) {
                visitChildren(n);
            }
        }

        @Override
        public void visit(Emphasis e) {
            nested(e, "md-em");
        }

        @Override
        public void visit(Code code) {
            Text t = new Text(code.getLiteral());
            t.getStyleClass().addAll("md-text", "md-code");
            out.add(t);
        }

        @Override
        public void visit(SoftLineBreak b) {
            out.add(styled(" "));
        }

        @Override
        public void visit(HardLineBreak b) {
            out.add(styled("\n"));
        }

        private Text styled(String s) {
            Text t = new Text(s);
            t.getStyleClass().add("md-text");
            return t;
        }

        @Override
        public void visit(Link link) {
            StringBuilder label = new StringBuilder();
            link.accept(new AbstractVisitor() {
                @Override
                public void visit(org.commonmark.node.Text text) {
                    label.append(text.getLiteral());
                }

                @Override
                public void visit(Code code) {
                    label.append(code.getLiteral());
                }
            });
            String dest = link.getDestination();
            Hyperlink h = new Hyperlink(label.toString());
            h.getStyleClass().add("md-link");
            if (dest.startsWith(WIKI_SCHEME)) {
                String target = URLDecoder.decode(dest.substring(WIKI_SCHEME.length()), StandardCharsets.UTF_8);
                h.getStyleClass().add("wiki-link");
                h.setOnAction(e -> onWikiLink.accept(target));
                h.setTooltip(new javafx.scene.control.Tooltip("Open " + target));
            } else {
                h.setOnAction(e -> onWebLink.accept(dest));
                h.setTooltip(new javafx.scene.control.Tooltip(dest));
            }
            out.add(h);
        }
    }

    private static void mark(javafx.scene.Parent parent, String needle) {
        for (Node n : parent.getChildrenUnmodifiable()) {
            if (n instanceof TextFlow flow) {
                String text = normalise(plain(flow));
                if (!text.isEmpty() && (text.contains(needle) || needle.contains(text) && text.length() > 20)) {
                    flow.getStyleClass().add("evidence");
                }
            } else if (n instanceof javafx.scene.Parent p) {
                mark(p, needle);
            }
        }
    }

    static String plain(TextFlow flow) {
        StringBuilder sb = new StringBuilder();
        for (Node n : flow.getChildren()) {
            if (n instanceof Text t) {
                sb.append(t.getText());
            } else if (n instanceof Hyperlink h) {
                sb.append(h.getText());
            }
        }
        return sb.toString();
    }

    static String normalise(String s) {
        return s.replaceAll("[\\s\\u00a0]+", " ").trim().toLowerCase(Locale.ROOT);
    }
}
