package app.dealbrief.testutil.messy;

import app.dealbrief.testutil.messy.Meeting.Copy;
import app.dealbrief.testutil.messy.Meeting.Kind;
import app.dealbrief.testutil.messy.Meeting.Style;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Writes one copy of a meeting as markdown, in the copy's front matter style. */
final class Render {
    private final Meeting m;
    private final Copy c;
    private final Truth truth;
    private final Set<String> patterns;
    private final Random rr;
    private final String account;

    private Render(Meeting m, Copy c, Truth truth, Set<String> patterns) {
        this.m = m;
        this.c = c;
        this.truth = truth;
        this.patterns = patterns;
        this.rr = new Random(c.rewordSeed());
        this.account = m.account.name();
    }

    static String copy(Meeting m, Copy c, Truth truth, Set<String> patterns) {
        return new Render(m, c, truth, patterns).render();
    }

    private boolean newest() {
        return c.version() == m.copies.size() - 1;
    }

    private String render() {
        if (m.kind == Kind.STUB) {
            return Stubs.render(this, m, c, truth, patterns);
        }
        StringBuilder b = new StringBuilder();
        switch (c.style()) {
            case GENERATOR -> generator(b);
            case KEPANO -> kepano(b);
            case HAND -> hand(b);
            case NONE -> none(b);
        }
        return b.toString();
    }

    /** @param v the account as written in the front matter (for a kepano note, the org entry) */
    void recordValue(String v) {
        if (Layout.PLACEHOLDERS.contains(v)) {
            truth.placeholder(v);
            patterns.add("placeholder-account");
        } else {
            truth.alias(account, v);
            if (!v.equals(account)) {
                patterns.add("alias-account");
            }
            if (v.startsWith("\u00a0")) {
                patterns.add("nbsp-account");
            }
            if (v.startsWith("[[")) {
                patterns.add("wikilink-account");
            }
        }
    }

    // ---- content shared by the styles ----

    private List<String> summary() {
        return new ArrayList<>(newest() ? m.summary : Prose.reword(m.summary, rr));
    }

    /** The summary and the "X is the role at Company" sentences; for an e-mail, a line saying what it is. */
    private List<String> summaryWithIntroductions() {
        List<String> s = m.kind == Kind.EMAIL ? new ArrayList<>(List.of(emailLine())) : summary();
        s.addAll(m.introductions);
        return s;
    }

    private String emailLine() {
        Cast.Person p = m.theirs.get(0);
        return (incoming() ? "Email from " : "My email to ") + p.name() + " about " + m.topic + ", " + m.date + ".";
    }

    private boolean incoming() {
        return m.id.hashCode() % 2 == 0;
    }

    private List<String> bullets() {
        List<String> b = new ArrayList<>(newest() ? m.bullets : Prose.reword(m.bullets, rr));
        if (!newest() && b.size() > 2 && rr.nextBoolean()) {
            java.util.Collections.swap(b, 0, b.size() - 1);
        }
        if (c.dropBullet() >= 0 && c.dropBullet() < b.size()) {
            b.remove(c.dropBullet());
        }
        if (c.withExtra() && m.extra != null) {
            b.add(rr.nextInt(b.size() + 1), m.extra);
        }
        return b;
    }

    private List<String> taskLines() {
        List<String> out = new ArrayList<>();
        for (Meeting.TaskSpec t : m.tasks) {
            if (t.boxes[c.version()] != 0) {
                out.add(t.line(c.version()));
            }
        }
        if (!out.isEmpty()) {
            patterns.add("tasks");
        }
        return out;
    }

    /** "Greg Halvorsen (Microsoft)" for people whose company is only known that way, and for partners. */
    String attendee(Cast.Person p) {
        truth.named(account, p);
        if (p.clue() == Cast.Clue.PARENS || !p.company().equals(account)) {
            return p.name() + " (" + p.company() + ")";
        }
        return p.name();
    }

    private String me() {
        List<String> spellings = new ArrayList<>(Cast.ME_ALIASES);
        spellings.add(Cast.ME);
        String s = spellings.get(Math.floorMod(c.rewordSeed() >> 8, spellings.size()));
        truth.me(s);
        return s;
    }

    private List<String> attendees() {
        List<String> out = new ArrayList<>();
        for (Cast.Person p : m.theirs) {
            out.add(attendee(p));
        }
        for (Cast.Person p : m.guests) {
            out.add(attendee(p));
            patterns.add("partner-in-meeting");
        }
        if (Math.floorMod(c.rewordSeed() >> 4, 7) != 0) {
            out.add(me());
        }
        for (Cast.Person p : m.ours) {
            out.add(rr.nextBoolean() ? p.name() : p.first());
        }
        return out;
    }

    private String date() {
        if (c.isoDateTime()) {
            patterns.add("iso-datetime");
            return m.date + "T" + m.time;
        }
        return m.date.toString();
    }

    static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The raw value as YAML: placeholders and wiki links quoted (bar a few bare wiki links), the rest either way. */
    String yaml(String v) {
        boolean quote = (c.rewordSeed() & 1) == 0;
        if (v.isEmpty() || v.startsWith("{{") || v.equals("[[]]")) {
            return q(v);
        }
        if (v.startsWith("[[")) {
            return (c.rewordSeed() & 6) == 0 ? v : q(v);
        }
        return quote ? q(v) : v;
    }

    private String accountLine() {
        String v = c.accountValue();
        return Layout.PLACEHOLDERS.contains(v) ? v : "[[" + account + "]]";
    }

    private void paragraph(StringBuilder b, List<String> sentences) {
        b.append(String.join(" ", sentences)).append('\n');
    }

    private void list(StringBuilder b, List<String> items) {
        for (String s : items) {
            b.append("- ").append(s).append('\n');
        }
    }

    private void body(StringBuilder b, String notesHeading, String tasksHeading, boolean introduce) {
        if (notesHeading != null) {
            b.append(notesHeading).append('\n');
        }
        if (m.kind == Kind.EMAIL) {
            email(b, introduce);
            return;
        }
        List<String> bullets = bullets();
        if (m.prose) {
            patterns.add("prose-only");
            b.append('\n');
            paragraph(b, bullets);
        } else {
            list(b, bullets);
        }
        tasks(b, tasksHeading);
    }

    private void tasks(StringBuilder b, String heading) {
        List<String> tl = taskLines();
        if (!tl.isEmpty()) {
            b.append(heading).append('\n');
            for (String t : tl) {
                b.append(t).append('\n');
            }
        }
    }

    /** @param introduce whether the "X is the role at Company" sentences go in the mail (no summary section above) */
    private void email(StringBuilder b, boolean introduce) {
        patterns.add("email");
        Cast.Person p = m.theirs.get(0);
        boolean incoming = incoming();
        String them = p.name() + " <" + p.email(m.account.domain()) + ">";
        String us = Cast.ME + " <jordan.reyes@vastdata.com>";
        truth.named(account, p);
        truth.me(Cast.ME);
        b.append("From: ").append(incoming ? them : us).append('\n');
        b.append("To: ").append(incoming ? us : them).append('\n');
        b.append("Subject: RE: ").append(m.topic).append("\n\n");
        b.append("Hi ").append(incoming ? "Jordan" : p.first()).append(",\n\n");
        List<String> opening = summary();
        if (introduce) {
            opening.addAll(m.introductions);
        }
        paragraph(b, opening);
        b.append('\n');
        paragraph(b, bullets());
        tasks(b, "\nNext steps:");
        b.append("\nThanks,\n").append(incoming ? p.first() : "Jordan").append('\n');
    }

    private void logistics(StringBuilder b) {
        patterns.add("logistics");
        b.append(m.logistics).append('\n');
        if (!newest()) {
            b.append("\nSent from my phone\n");
        }
    }

    // ---- the four styles (empty stubs are in Stubs) ----

    private void generator(StringBuilder b) {
        b.append("---\n");
        b.append("type: \"customer\"\n");
        b.append("title: ").append(q(m.title)).append('\n');
        b.append("date: ").append(c.isoDateTime() ? date() : q(date())).append('\n');
        b.append("account: ").append(yaml(c.accountValue())).append('\n');
        recordValue(c.accountValue());
        List<String> att = attendees();
        if ((c.rewordSeed() & 24) == 0) {
            b.append("participants: []\n");
        } else {
            b.append("participants:\n");
            for (String a : att) {
                b.append("  - ").append(q(a.contains("(") ? a : "[[" + a + "]]")).append('\n');
            }
        }
        b.append("source: ").append(q(m.kind == Kind.EMAIL ? "email" : m.kind == Kind.LOGISTICS ? "calendar" : "transcript")).append('\n');
        b.append("source_ref: ").append(q(c.sourceRef())).append('\n');
        boolean placeholder = Layout.PLACEHOLDERS.contains(c.accountValue());
        String accTag = placeholder ? null : "account/" + m.account.slug();
        if (c.commaTags()) {
            patterns.add("comma-tags");
            b.append("tags: ").append(q("type/customer, " + (accTag == null ? "" : accTag + ", ") + "generated")).append('\n');
        } else {
            b.append("tags:\n  - \"type/customer\"\n");
            if (accTag != null) {
                b.append("  - ").append(q(accTag)).append('\n');
            }
            b.append("  - \"generated\"\n");
        }
        b.append("---\n\n# ").append(m.title).append("\n\n");
        b.append("**Date**: ").append(m.date).append('\n');
        b.append("**Account**: ").append(accountLine()).append('\n');
        b.append("**Attendees**: ").append(String.join(", ", att)).append("\n\n");
        b.append("## Summary\n\n");
        patterns.add("summary-section");
        if (m.kind == Kind.LOGISTICS) {
            logistics(b);
            return;
        }
        paragraph(b, summaryWithIntroductions());
        body(b, m.kind == Kind.EMAIL ? "## Email\n" : "## Key Information", "## Action Items", false);
        b.append("\n---\n\n*Source: [[").append(c.sourceRef()).append('|').append(m.stem).append("]]*\n\n## Related\n\n");
        for (String rel : m.related) {
            b.append("- [[").append(rel).append("]]\n");
        }
    }

    private void kepano(StringBuilder b) {
        patterns.add("kepano-style");
        patterns.add("unknown-keys");
        b.append("---\n");
        String cat = m.kind == Kind.EMAIL ? "Emails" : "Meetings";
        b.append((c.rewordSeed() & 32) == 0 ? "categories: [[" + cat + "]]\n" : "categories:\n  - \"[[" + cat + "]]\"\n");
        b.append("type: []\n");
        b.append("date: ").append(date()).append('\n');
        String v = c.accountValue();
        if (Layout.PLACEHOLDERS.contains(v) || v.startsWith("\u00a0")) {
            b.append("org: ").append(yaml(v)).append('\n');
            recordValue(v);
        } else {
            String org = v.startsWith("[[") ? v : "[[" + v + "]]";
            b.append("org:\n  - ").append(q(org)).append('\n');
            recordValue(org);
        }
        b.append("loc:\n  - Remote\n");
        b.append("people:\n");
        for (Cast.Person p : m.theirs) {
            truth.named(account, p);
            b.append("  - \"[[").append(p.name()).append("]]\"\n");
        }
        b.append("  - \"[[").append(Cast.ME).append("]]\"\n");
        truth.me(Cast.ME);
        b.append("topics:\n  - \"[[").append(Character.toUpperCase(m.topic.charAt(0))).append(m.topic.substring(1))
                .append("]]\"\n");
        b.append("---\n");
        if (m.kind == Kind.LOGISTICS) {
            logistics(b);
            return;
        }
        if (m.kind == Kind.EMAIL) {
            b.append('\n');
            email(b, true);
            return;
        }
        list(b, summaryWithIntroductions());
        body(b, null, "", false);
    }

    private void hand(StringBuilder b) {
        patterns.add("unknown-keys");
        b.append("---\n");
        b.append("date: ").append(date()).append('\n');
        b.append("account: ").append(yaml(c.accountValue())).append('\n');
        recordValue(c.accountValue());
        b.append("attendees: ").append(String.join(", ", attendees())).append('\n');
        if (c.commaTags()) {
            patterns.add("comma-tags");
            b.append("tags: customer, ").append(m.kind.name().toLowerCase()).append(", storage\n");
        } else {
            b.append("tags: [customer, ").append(m.kind.name().toLowerCase()).append("]\n");
        }
        b.append("deal_stage: ").append(List.of("Discovery", "PoC", "Negotiation", "Expansion").get(Math.floorMod(m.id.hashCode(), 4))).append('\n');
        b.append("opportunity_id: ").append(m.opportunity).append('\n');
        b.append("---\n");
        String t = c.inFolder() ? Character.toUpperCase(m.topic.charAt(0)) + m.topic.substring(1) : m.title;
        b.append("# ").append(t).append("\n\n");
        if (m.kind == Kind.LOGISTICS) {
            logistics(b);
            return;
        }
        b.append("## Summary\n");
        patterns.add("summary-section");
        paragraph(b, summaryWithIntroductions());
        b.append('\n');
        body(b, "## Notes", "\n## Next steps", false);
    }

    private void none(StringBuilder b) {
        patterns.add("no-front-matter");
        patterns.add(c.inFolder() ? "no-front-matter-in-folder" : "no-front-matter-outside-folder");
        String date = m.date.toString();
        if (c.inFolder()) {
            b.append(rr.nextBoolean() ? "# " + m.stem + "\n\n" : "Sync notes " + date + "\n\n");
        } else {
            String name = firstLineName();
            String topic = m.kind == Kind.LOGISTICS ? "scheduling" : m.topic;
            b.append(rr.nextBoolean() ? "# Call with [[" + name + "]] — " + topic + "\n\n"
                    : name + " — " + topic + " (" + date + ")\n\n");
        }
        if (m.kind == Kind.LOGISTICS) {
            logistics(b);
            return;
        }
        if (m.kind != Kind.EMAIL) {
            b.append("Attendees: ").append(String.join(", ", attendees())).append("\n\n");
            paragraph(b, summaryWithIntroductions());
            b.append('\n');
        }
        body(b, null, "\nNext steps:", true);
    }

    /** The account as named in the first line of a note with no front matter: its name or a plain alias. */
    private String firstLineName() {
        List<String> plain = new ArrayList<>();
        for (String a : m.account.aliases()) {
            if (!a.startsWith("[[") && !a.startsWith("\u00a0") && !a.equals(a.toLowerCase())) {
                plain.add(a);
            }
        }
        if (plain.isEmpty() || rr.nextInt(3) > 0) {
            return account;
        }
        String alias = plain.get(rr.nextInt(plain.size()));
        truth.alias(account, alias);
        patterns.add("alias-account");
        return alias;
    }
}
