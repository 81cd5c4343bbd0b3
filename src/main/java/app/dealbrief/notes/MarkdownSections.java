package app.dealbrief.notes;

import app.dealbrief.domain.ActionItem;
import app.dealbrief.domain.Section;
import app.dealbrief.domain.Section.Block.Kind;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns a (link-protected) markdown body into sections of plain-text blocks, collecting tasks on the way. */
final class MarkdownSections {
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create()))
            .build();
    /** Plain bullets under these headings are to-dos even without a checkbox. */
    private static final Set<String> ACTION_HEADINGS = Set.of("action items", "action item", "actions",
            "next steps", "next step", "to do", "todo", "to-do", "todos", "to-dos", "follow-ups", "follow ups",
            "followups", "follow-up");
    // deeper nesting than this is flattened into one block, so hostile input cannot exhaust the stack
    private static final int MAX_DEPTH = 40;

    private final WikiLinks.Protected links;
    private final List<Section> sections = new ArrayList<>();
    private final List<ActionItem> actions = new ArrayList<>();
    private String heading;
    private int level;
    private List<Section.Block> blocks = new ArrayList<>();

    private MarkdownSections(WikiLinks.Protected links) {
        this.links = links;
    }

    record Result(List<Section> sections, List<ActionItem> actionItems) {
    }

    static Result read(WikiLinks.Protected body) {
        MarkdownSections m = new MarkdownSections(body);
        Node doc = PARSER.parse(body.text());
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            m.block(n, 0, false);
        }
        m.close();
        return new Result(m.sections, m.actions);
    }

    private void block(Node n, int depth, boolean quoted) {
        if (depth > MAX_DEPTH) {
            add(quoted ? Kind.QUOTE : Kind.PARAGRAPH, plain(n));
        } else if (n instanceof Heading h) {
            close();
            heading = links.resolve(plain(h));
            level = h.getLevel();
        } else if (n instanceof Paragraph) {
            add(quoted ? Kind.QUOTE : Kind.PARAGRAPH, calloutless(plain(n), quoted));
        } else if (n instanceof ListBlock) {
            for (Node li = n.getFirstChild(); li != null; li = li.getNext()) {
                item(li, depth + 1, quoted);
            }
        } else if (n instanceof BlockQuote) {
            children(n, depth + 1, true);
        } else if (n instanceof TableBlock) {
            table(n);
        } else if (!(n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock || n instanceof HtmlBlock
                || n instanceof ThematicBreak)) {
            // code, HTML and rules carry no prose worth briefing on; anything else, walk into
            children(n, depth + 1, quoted);
        }
    }

    private void children(Node n, int depth, boolean quoted) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            block(c, depth, quoted);
        }
    }

    private void item(Node li, int depth, boolean quoted) {
        if (!(li instanceof ListItem) || depth > MAX_DEPTH) {
            block(li, depth, quoted);
            return;
        }
        StringBuilder text = new StringBuilder();
        List<Node> rest = new ArrayList<>();
        for (Node c = li.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Paragraph && rest.isEmpty()) {
                text.append(text.length() > 0 ? " " : "").append(plain(c));
            } else {
                rest.add(c);
            }
        }
        String s = text.toString();
        ActionItem.State state = Tasks.checkbox(s);
        if (state != null) {
            String task = Tasks.afterCheckbox(s);
            add(Kind.TASK, task);
            actions.add(Tasks.parse(task, state, links));
        } else if (!s.isEmpty()) {
            add(quoted ? Kind.QUOTE : Kind.BULLET, s);
            if (!quoted && heading != null && isActionHeading(heading)) {
                actions.add(Tasks.parse(s, ActionItem.State.OPEN, links));
            }
        }
        for (Node c : rest) {
            block(c, depth, quoted);
        }
    }

    static boolean isActionHeading(String h) {
        String k = h.strip().toLowerCase(Locale.ROOT);
        while (k.endsWith(":")) {
            k = k.substring(0, k.length() - 1).strip();
        }
        return ACTION_HEADINGS.contains(k);
    }

    private void table(Node table) {
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(table);
        List<TableRow> rows = new ArrayList<>();
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (n instanceof TableRow r) {
                rows.add(r);
                continue;
            }
            List<Node> kids = new ArrayList<>();
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                kids.add(c);
            }
            for (int i = kids.size() - 1; i >= 0; i--) {
                todo.push(kids.get(i));
            }
        }
        for (TableRow r : rows) {
            List<String> cells = new ArrayList<>();
            for (Node c = r.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof TableCell) {
                    cells.add(plain(c));
                }
            }
            add(Kind.TABLE_ROW, String.join(" | ", cells));
        }
    }

    /** Obsidian callouts start with {@code [!note]}; the marker is layout, not content. */
    private static String calloutless(String s, boolean quoted) {
        if (quoted && s.startsWith("[!")) {
            int end = s.indexOf(']');
            if (end > 0 && end < 40) {
                String rest = s.substring(end + 1);
                if (rest.startsWith("+") || rest.startsWith("-")) {
                    rest = rest.substring(1);
                }
                return rest.strip();
            }
        }
        return s;
    }

    private void add(Kind kind, String placeholderText) {
        String s = collapse(links.resolve(placeholderText));
        if (!s.isEmpty()) {
            blocks.add(new Section.Block(kind, s));
        }
    }

    private void close() {
        if (heading != null || !blocks.isEmpty()) {
            sections.add(new Section(heading, level, blocks));
        }
        blocks = new ArrayList<>();
    }

    /** Text content without markup, whitespace collapsed; iterative so deep nesting cannot overflow. */
    static String plain(Node root) {
        StringBuilder sb = new StringBuilder();
        Deque<Node> todo = new ArrayDeque<>();
        for (Node c = root.getLastChild(); c != null; c = c.getPrevious()) {
            todo.push(c);
        }
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (n instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (n instanceof Code c) {
                sb.append(c.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak || n instanceof Paragraph
                    || n instanceof TableCell) {
                sb.append(' ');
            }
            for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
                todo.push(c);
            }
        }
        return collapse(sb);
    }

    private static String collapse(CharSequence text) {
        String s = text.toString();
        if (collapsed(s)) {
            return s; // most blocks: add() collapses plain()'s already collapsed text again after resolving links
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** No whitespace but single spaces between words, none at either end: what collapse would return. */
    private static boolean collapsed(String s) {
        int n = s.length();
        boolean afterSpace = true; // a leading space needs collapsing
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < 0x7F) { // printable ASCII, never whitespace
                afterSpace = false;
            } else if (c == ' ') {
                if (afterSpace) {
                    return false;
                }
                afterSpace = true;
            } else if (Character.isWhitespace(c) || c == '\u00A0') {
                return false;
            } else {
                afterSpace = false;
            }
        }
        return !afterSpace || n == 0;
    }
}
