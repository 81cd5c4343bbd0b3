package app.dealbrief.testutil.messy;

import app.dealbrief.testutil.messy.Meeting.Kind;
import app.dealbrief.testutil.messy.Meeting.TaskSpec;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Account hub notes and person notes. */
final class Directory {
    private static final List<String> HUB_LINES = List.of(
            "{A} is one of the five accounts that decide my number this year; the focus is {site} and the {work} tier behind it.",
            "Installed base today: {pb} across two clusters, with the renewal due in {month}.",
            "Buying centre: infrastructure engineering recommends, finance and procurement decide anything above {usd}.",
            "Main competitor here is {comp}; we win on {work} and lose on price per TB.",
            "Land-and-expand plan: start with {work} at {site}, then take the {pb2} capacity tier in {q}.",
            "Their accelerator mix is mostly {gpu}, with {gpu2} being evaluated for the next phase.");

    /** Person -> how their note spells the company, when not the canonical name. */
    private static final Map<String, String> SPELLING = Map.of(
            "Greg Halvorsen", "\u00a0Microsoft", "Elena Sato", "NVIDIA Corporation",
            "Sunil Varma", "[[Oracle Cloud Infrastructure]]", "Derek Molina", "Coreweave",
            "Chris Delgado", "[[Lambda Labs]]", "Julia Brandt", "Meta Platforms", "Maren Solberg", "[[Halvard Systems]]");
    private static final Map<String, String> FOLDER = Map.of(
            "Anita Kowalczyk", "Customers and Partners/Microsoft/People", "Derek Molina", "Clients/CoreWeave/People",
            "Luis Navarro", "Contacts", "Dana Whitfield", "Contacts");

    private final Random r;
    private final Prose prose;
    private final Truth truth;

    Directory(Random r, Prose prose, Truth truth) {
        this.r = r;
        this.prose = prose;
        this.truth = truth;
    }

    void write() {
        int i = 0;
        for (Cast.Account a : Cast.ACCOUNTS) {
            if (a.hub() != null) {
                hub(a, i++);
            }
        }
        i = 0;
        for (Cast.Person p : Cast.PEOPLE) {
            if (p.clue() == Cast.Clue.PERSON_NOTE || p.name().equals("Kwame Asante") || p.name().equals("Victor Huang")) {
                person(p, i++);
            }
        }
        for (Cast.Person p : Cast.COLLEAGUES) {
            if (p.clue() == Cast.Clue.PERSON_NOTE) {
                person(p, i++);
            }
        }
        owner();
        leftoverPerson();
    }

    private Meeting pseudo(Cast.Account a, String id) {
        Meeting m = new Meeting(id, a, Layout.LAST, LocalTime.NOON, Kind.MEETING);
        m.theirs.addAll(Cast.peopleOf(a.name()));
        m.ours.add(Cast.COLLEAGUES.get(r.nextInt(Cast.COLLEAGUES.size())));
        return m;
    }

    private void hub(Cast.Account a, int i) {
        String path = (a.folder() != null ? a.folder() : "Companies") + "/" + a.hub();
        Set<String> patterns = new LinkedHashSet<>(List.of("hub"));
        Meeting m = pseudo(a, "hub-" + a.slug());
        StringBuilder b = new StringBuilder();
        switch (i % 3) {
            case 0 -> {
                b.append("---\ntype: account\naliases:\n");
                for (String al : a.aliases()) {
                    if (!al.startsWith("[[") && !al.startsWith("\u00a0")) {
                        b.append("  - ").append(al).append('\n');
                    }
                }
                b.append("industry: AI infrastructure\nstage: Expansion\nowner: \"[[").append(Cast.ME).append("]]\"\n");
                b.append("tags: [account, tier-1]\n---\n");
                truth.me(Cast.ME);
                patterns.add("unknown-keys");
            }
            case 1 -> {
                b.append("---\ncategories:\n  - \"[[Companies]]\"\ntype: []\npeople:\n");
                for (Cast.Person p : m.theirs) {
                    b.append("  - \"[[").append(p.name()).append("]]\"\n");
                }
                b.append("url: https://").append(a.domain()).append("/\n---\n");
                patterns.add("kepano-style");
                patterns.add("unknown-keys");
            }
            default -> patterns.add("no-front-matter");
        }
        b.append("# ").append(a.name()).append("\n\n");
        b.append(String.join(" ", prose.pick(HUB_LINES, m, 3))).append("\n\n## Key contacts\n\n");
        for (Cast.Person p : m.theirs) {
            truth.named(a.name(), p);
            switch (p.clue()) {
                case PERSON_NOTE -> b.append("- [[").append(p.name()).append("]] — ").append(p.role()).append('\n');
                case SENTENCE -> b.append("- ").append(p.name()).append(" is the ").append(p.role()).append(" at ")
                        .append(a.name()).append(".\n");
                case PARENS -> b.append("- ").append(p.name()).append(" (").append(a.name()).append(") — ")
                        .append(p.role()).append('\n');
            }
        }
        b.append("- Our side: [[").append(m.ours.get(0).name()).append("]] and me\n\n## Opportunities\n\n");
        b.append("- ").append(m.opportunity == null ? "OPP-" + (20000 + i * 37) : m.opportunity).append(": ")
                .append(prose.one(List.of("{pb} hot tier for {site}, stage {q} commit",
                        "{work} platform at {site}, {years}-year term under discussion"), m)).append('\n');
        if (i % 2 == 0) {
            List<TaskSpec> ts = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                char box = k == 0 ? ' ' : (i % 4 == 0 ? '/' : 'x');
                LocalDate due = k == 0 ? LocalDate.of(2025, 12, 19 + i % 8) : null;
                ts.add(new TaskSpec(prose.task(m), k == 0 ? "Jordan" : null, due, null, 1, box));
            }
            b.append("\n## Open items\n\n");
            for (TaskSpec t : ts) {
                b.append(t.line(0)).append('\n');
            }
            patterns.add("tasks");
            truth.tasks(a.name(), "n:" + path, ts, 1);
        }
        if (a.folder() != null && !a.folder().endsWith("/" + a.name())) {
            truth.alias(a.name(), a.folder().substring(a.folder().lastIndexOf('/') + 1));
            patterns.add("alias-folder");
        }
        truth.single(path, b.toString(), a.name(), patterns, i == 4, i == 7,
                Layout.LAST.atTime(17, 0).minusDays(i));
    }

    private void person(Cast.Person p, int i) {
        boolean ours = p.company().equals(Cast.OWN_COMPANY);
        String account = ours ? null : p.company();
        String spelling = SPELLING.getOrDefault(p.name(), p.company());
        String dir = FOLDER.getOrDefault(p.name(), "People");
        String path = dir + "/" + p.name() + ".md";
        Set<String> patterns = new LinkedHashSet<>(List.of("person-note"));
        Cast.Account acc = ours ? null : Cast.account(p.company());
        String email = acc == null ? p.name().toLowerCase().replace(' ', '.') + "@vastdata.com" : p.email(acc.domain());
        StringBuilder b = new StringBuilder();
        int style = p.name().equals("Kwame Asante") || p.name().equals("Victor Huang") || p.name().equals("Luis Navarro")
                ? 3 : p.name().equals("Greg Halvorsen") ? 2 : i % 3;
        switch (style) {
            case 0 -> {
                String org = spelling.startsWith("[[") ? spelling : "[[" + spelling + "]]";
                b.append("---\ncategories:\n  - \"[[People]]\"\norg:\n  - \"").append(org).append("\"\ntitle: ")
                        .append(p.role()).append("\ncreated: 2025-0").append(6 + i % 4).append("-1").append(i % 10)
                        .append("\n---\n");
                spelling = org;
                patterns.add("kepano-style");
            }
            case 1 -> b.append("---\ntype: person\ncompany: ").append(spelling).append("\nrole: ").append(p.role())
                    .append("\nemail: ").append(email).append("\n---\n");
            case 2 -> b.append("---\ntype: person\nemployer: ").append(spelling).append("\ntitle: \"").append(p.role())
                    .append("\"\nlinkedin: https://www.linkedin.com/in/").append(p.name().toLowerCase().replace(' ', '-'))
                    .append("\n---\n");
            default -> patterns.add("no-front-matter");
        }
        if (style != 3 && !ours) {
            truth.alias(p.company(), spelling);
            if (!spelling.equals(p.company())) {
                patterns.add("alias-account");
            }
        }
        b.append("# ").append(p.name()).append("\n\n");
        if (style == 3 || style == 2 || i % 2 == 0) {
            b.append(p.name()).append(" is the ").append(p.role()).append(" at ").append(p.company()).append(". ");
        }
        b.append(p.first()).append(List.of(" and I met at GTC; sharp on data pipelines.",
                " was introduced by our partner team in the spring.", " prefers short written updates over calls.",
                " came over from a hyperscaler last year.", " is very numbers-driven: bring TCO, not slides.",
                " has the final say on the storage shortlist.").get(i % 6)).append("\n\n## Notes\n\n");
        b.append("- Email: ").append(email).append('\n');
        b.append("- ").append(List.of("Based in Seattle", "Based in San Francisco", "Based in Austin", "Remote, Eastern time",
                "Based in London", "Based in Amsterdam").get((i + 2) % 6)).append('\n');
        if (!ours) {
            b.append("- Reports into the ").append(List.of("CTO", "VP Infrastructure", "Head of Compute", "COO").get(i % 4))
                    .append(" org\n");
            truth.named(account, p);
        }
        b.append("\n## Meetings\n\n![[Meetings.base#Person]]\n");
        truth.single(path, b.toString(), account, patterns, i == 3, i == 5, LocalDate.of(2025, 9, 1).atTime(9, i));
    }

    private void owner() {
        truth.me(Cast.ME);
        String text = "---\ntype: person\ncompany: " + Cast.OWN_COMPANY + "\nrole: Account Executive, AI Infrastructure\n"
                + "aliases:\n  - Jordan\n  - Myself\n---\n# " + Cast.ME + "\n\nThat's me. Territory: AI labs and neoclouds, "
                + "West and Central.\n";
        truth.single("People/" + Cast.ME + ".md", text, null, new LinkedHashSet<>(List.of("person-note", "me")),
                false, false, LocalDate.of(2025, 6, 1).atTime(8, 0));
    }

    private void leftoverPerson() {
        truth.placeholder("Company Name");
        truth.placeholder("{{title}}");
        truth.placeholder("{{date}}");
        String text = "---\ncategories:\n  - \"[[People]]\"\ntitle: \"{{title}}\"\ncompany: Company Name\nrole: \"\"\n"
                + "created: \"{{date}}\"\n---\n# {{title}}\n\n## Notes\n\n- \n";
        truth.single("People/New contact.md", text, null,
                new LinkedHashSet<>(List.of("person-note", "placeholder-account", "template-leftover")), false, false,
                LocalDate.of(2025, 10, 9).atTime(11, 0));
    }
}
