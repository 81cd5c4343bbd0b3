package app.dealbrief.insight;

import app.dealbrief.domain.ActionItem;
import app.dealbrief.domain.Note;
import app.dealbrief.domain.Section;
import app.dealbrief.domain.WikiLink;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds Notes from markdown-ish text: "## X" starts a section, "- " lines are bullets, "- [ ] " lines
 * are open tasks, other non-blank lines paragraphs; [[Target|Alias]] becomes its display text and a link.
 */
final class NoteFixture {
    private static final Pattern LINK = Pattern.compile("\\[\\[([^\\]|#]+)(?:#[^\\]|]*)?(?:\\|([^\\]]+))?\\]\\]");

    private String id = "n1";
    private String account = "Microsoft";
    private LocalDate date = LocalDate.of(2025, 11, 12);
    private List<String> participants = List.of();
    private final List<ActionItem> tasks = new ArrayList<>();
    private String body = "";

    static NoteFixture note(String body) {
        NoteFixture f = new NoteFixture();
        f.body = body;
        return f;
    }

    NoteFixture id(String v) {
        id = v;
        return this;
    }

    NoteFixture account(String v) {
        account = v;
        return this;
    }

    NoteFixture date(String v) {
        date = v == null ? null : LocalDate.parse(v);
        return this;
    }

    NoteFixture participants(String... v) {
        participants = List.of(v);
        return this;
    }

    NoteFixture task(String text, String due, ActionItem.State state) {
        tasks.add(new ActionItem(text, null, due == null ? null : LocalDate.parse(due), null, state, null, null));
        return this;
    }

    Note build() {
        List<Section> sections = new ArrayList<>();
        List<WikiLink> links = new ArrayList<>();
        String heading = null;
        int level = 0;
        List<Section.Block> blocks = new ArrayList<>();
        for (String raw : body.split("\r?\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                if (heading != null || !blocks.isEmpty()) {
                    sections.add(new Section(heading, level, blocks));
                }
                level = (int) line.chars().takeWhile(c -> c == '#').count();
                heading = line.substring(level).strip();
                blocks = new ArrayList<>();
                continue;
            }
            Section.Block.Kind kind = Section.Block.Kind.PARAGRAPH;
            if (line.startsWith("- [ ] ")) {
                kind = Section.Block.Kind.TASK;
                line = line.substring(6);
            } else if (line.startsWith("- ")) {
                kind = Section.Block.Kind.BULLET;
                line = line.substring(2);
            }
            blocks.add(new Section.Block(kind, plain(line, links)));
        }
        if (heading != null || !blocks.isEmpty()) {
            sections.add(new Section(heading, level, blocks));
        }
        return new Note(id, account, "title " + id, date, "customer", "transcript", null, participants, List.of(),
                null, body, Map.of(), body, sections, links, tasks, List.of());
    }

    private static String plain(String line, List<WikiLink> links) {
        Matcher m = LINK.matcher(line);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            links.add(new WikiLink(m.group(1), null, m.group(2)));
            m.appendReplacement(b, Matcher.quoteReplacement(m.group(2) != null ? m.group(2) : m.group(1)));
        }
        m.appendTail(b);
        return b.toString().replace("**", "").replace("*", "");
    }
}
