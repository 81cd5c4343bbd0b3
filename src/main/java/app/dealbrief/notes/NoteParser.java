package app.dealbrief.notes;

import app.dealbrief.domain.ActionItem;
import app.dealbrief.domain.Note;
import app.dealbrief.domain.Section;
import app.dealbrief.domain.WikiLink;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Markdown with YAML front matter -> {@link Note}. Never throws: whatever a vault holds, the user gets a
 * note, with warnings saying what needs repair.
 */
public final class NoteParser {
    public static final String UNASSIGNED = "Unassigned";

    /**
     * @param path          the file the text came from, or null
     * @param folderAccount the account implied by the folder the file sits in, or null
     */
    public Note parse(String text, String path, String folderAccount) {
        return parse(read(text), path, folderAccount);
    }

    /**
     * What a note's text says, before the file's name and folder are looked at: the expensive part of a
     * parse (front matter, markdown, links). Copies of one file with the same bytes share one reading.
     */
    public static final class Text {
        private final String text;
        private final Map<String, Object> fm;
        private final String body;
        private final List<String> warnings;
        private final MarkdownSections.Result md;
        private final FieldLines fields;
        private final List<String> tags;
        private final List<String> people;
        private final List<WikiLink> links;

        private Text(String text, Map<String, Object> fm, String body, List<String> warnings,
                     MarkdownSections.Result md, FieldLines fields, List<String> tags, List<String> people,
                     List<WikiLink> links) {
            this.text = text;
            this.fm = fm;
            this.body = body;
            this.warnings = warnings;
            this.md = md;
            this.fields = fields;
            this.tags = tags;
            this.people = people;
            this.links = links;
        }

        /** The markdown after the front matter (what fingerprints and the index read). */
        public String body() {
            return body;
        }
    }

    /** The path-independent reading of {@code text}; see {@link #parse(Text, String, String)}. */
    public Text read(String text) {
        String t = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        FrontMatter.Split split = FrontMatter.split(t);
        Map<String, Object> fm = split.map();
        String body = split.body();
        List<String> warnings = new ArrayList<>();
        if (split.warning() != null) {
            warnings.add(split.warning());
        }

        WikiLinks.Protected protectedBody = WikiLinks.protect(body);
        MarkdownSections.Result md;
        try {
            md = MarkdownSections.read(protectedBody);
        } catch (RuntimeException | StackOverflowError e) {
            // a safety net: the markdown library failing must not cost the user the note
            md = new MarkdownSections.Result(List.of(new Section(null, 0,
                    List.of(new Section.Block(Section.Block.Kind.PARAGRAPH, body.strip())))), List.of());
            warnings.add("body could not be read as markdown");
        }
        FieldLines fields = FieldLines.read(body);

        List<String> tags = tags(fm);
        List<String> people = new ArrayList<>(Values.list(fm.get("participants")));
        people.addAll(Values.list(fm.get("attendees")));
        people.addAll(Values.list(fm.get("people"))); // Obsidian's meeting template: people: [[Steph Ango]]
        people.addAll(fields.attendees());

        List<WikiLink> links = new ArrayList<>();
        for (Object v : fm.values()) {
            frontMatterLinks(v, links, 0);
        }
        WikiLinks.collect(body, links);
        return new Text(t, fm, body, List.copyOf(warnings), md, fields, tags, Values.distinctIgnoreCase(people),
                List.copyOf(links));
    }

    /** The note a file at {@code path} with this text is: title, date and account may come from its name and folder. */
    public Note parse(Text read, String path, String folderAccount) {
        Map<String, Object> fm = read.fm;
        String title = firstNonNull(Values.text(fm.get("title")), firstHeading(read.md.sections()), fileStem(path),
                "Untitled");
        LocalDate date = Values.date(fm.get("date"));
        if (date == null) {
            date = read.fields.date();
        }
        if (date == null) {
            date = Values.isoDateAt(fileName(path), 0);
        }
        String account = firstNonNull(frontMatterAccount(fm), AccountValues.clean(tagAccount(read.tags)),
                AccountValues.clean(read.fields.account()), AccountValues.clean(folderAccount), UNASSIGNED);
        return new Note(null, account, title, date, Values.text(fm.get("type")), Values.text(fm.get("source")),
                Values.text(fm.get("source_ref")), read.people, read.tags, path, read.text, fm, read.body,
                read.md.sections(), read.links, read.md.actionItems(), read.warnings);
    }

    /**
     * What the search index needs of a stored note's text, without reading its markdown (the costly part of
     * a parse, and of an index rebuild): the body after the front matter, tags and people. Title, date, type,
     * source and account come from the store's columns, which import filled from the full parse.
     */
    public record Indexed(String body, List<String> tags, List<String> people) {
    }

    public Indexed indexed(String text) {
        String t = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        FrontMatter.Split split = FrontMatter.split(t);
        Map<String, Object> fm = split.map();
        String body = split.body();
        List<String> people = new ArrayList<>(Values.list(fm.get("participants")));
        people.addAll(Values.list(fm.get("attendees")));
        people.addAll(Values.list(fm.get("people")));
        people.addAll(FieldLines.read(body).attendees());
        return new Indexed(body, tags(fm), Values.distinctIgnoreCase(people));
    }

    /** Keys that name the account a note (or a person note's employer) belongs to, in order of trust. */
    private static final List<String> ACCOUNT_KEYS = List.of("account", "accounts", "customer", "client", "company",
            "org", "organization", "organisation", "employer");

    /** The first account key whose value names an account; template leftovers and blanks name none. */
    static String frontMatterAccount(Map<String, Object> fm) {
        for (String k : ACCOUNT_KEYS) {
            Object v = fm.get(k);
            if (v == null) {
                for (Map.Entry<String, Object> e : fm.entrySet()) {
                    if (e.getKey().equalsIgnoreCase(k)) {
                        v = e.getValue();
                        break;
                    }
                }
            }
            for (String candidate : Values.list(v)) {
                String a = AccountValues.clean(candidate);
                if (a != null) {
                    return a;
                }
            }
            if (v != null && !(v instanceof java.util.Collection<?>)) {
                String a = AccountValues.clean(String.valueOf(v));
                if (a != null) {
                    return a;
                }
            }
        }
        return null;
    }

    private static List<String> tags(Map<String, Object> fm) {
        List<String> raw = new ArrayList<>(Values.list(fm.get("tags")));
        raw.addAll(Values.list(fm.get("tag")));
        List<String> tags = new ArrayList<>();
        for (String t : raw) {
            String s = t.startsWith("#") ? t.substring(1).strip() : t;
            if (!s.isEmpty()) {
                tags.add(s);
            }
        }
        return Values.distinctIgnoreCase(tags);
    }

    /**
     * {@code account/microsoft} -> "Microsoft". The store matches account names case-insensitively, so
     * this is only the display form used when the account is new: an all-lowercase tag gets a capital.
     */
    static String tagAccount(List<String> tags) {
        for (String t : tags) {
            String lower = t.toLowerCase(Locale.ROOT);
            String prefix = lower.startsWith("account/") ? "account/" : lower.startsWith("accounts/") ? "accounts/" : null;
            if (prefix == null) {
                continue;
            }
            String name = t.substring(prefix.length());
            int slash = name.indexOf('/');
            name = (slash >= 0 ? name.substring(0, slash) : name).strip();
            if (name.isEmpty()) {
                continue;
            }
            if (name.equals(name.toLowerCase(Locale.ROOT))) {
                name = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
            }
            return name;
        }
        return null;
    }

    private static void frontMatterLinks(Object v, List<WikiLink> out, int depth) {
        if (depth > 20) {
            return;
        }
        if (v instanceof CharSequence s) {
            WikiLinks.collect(s.toString(), out);
        } else if (v instanceof Collection<?> c) {
            for (Object o : c) {
                frontMatterLinks(o, out, depth + 1);
            }
        } else if (v instanceof Map<?, ?> m) {
            for (Object o : m.values()) {
                frontMatterLinks(o, out, depth + 1);
            }
        }
    }

    private static String firstHeading(List<Section> sections) {
        for (Section s : sections) {
            if (s.level() == 1 && s.heading() != null && !s.heading().isBlank()) {
                return s.heading();
            }
        }
        return null;
    }

    private static String fileName(String path) {
        if (path == null) {
            return "";
        }
        int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(cut + 1);
    }

    private static String fileStem(String path) {
        String name = fileName(path);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md")) {
            name = name.substring(0, name.length() - 3);
        } else if (lower.endsWith(".markdown")) {
            name = name.substring(0, name.length() - 9);
        }
        return blankToNull(name.strip());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
