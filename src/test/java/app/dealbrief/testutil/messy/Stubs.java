package app.dealbrief.testutil.messy;

import java.util.Set;

/** Empty stubs: front matter only, headings only, or a kepano meeting note nobody filled in. */
final class Stubs {
    private Stubs() {
    }

    static String render(Render r, Meeting m, Meeting.Copy c, Truth truth, Set<String> patterns) {
        patterns.add("stub");
        String account = m.account.name();
        String d = m.date.toString();
        return switch (m.stubType) {
            case 0 -> "---\ntitle: Untitled\ndate: " + d + "\ntags: []\n---\n";
            case 1 -> {
                patterns.add("no-front-matter");
                patterns.add("no-front-matter-in-folder");
                yield "# " + m.stem + "\n\n## Summary\n\n## Key Information\n\n";
            }
            case 2 -> {
                r.recordValue(c.accountValue());
                yield "---\ntype: \"customer\"\ntitle: " + Render.q(account + " sync") + "\ndate: " + Render.q(d) + "\naccount: "
                        + r.yaml(c.accountValue()) + "\nparticipants: []\nsource: \"transcript\"\nsource_ref: "
                        + Render.q(c.sourceRef()) + "\ntags: []\n---\n\n# " + account + " sync\n\n## Summary\n\n";
            }
            default -> {
                patterns.add("kepano-style");
                truth.named(account, m.theirs.get(0));
                truth.me(Cast.ME);
                r.recordValue("[[" + account + "]]");
                yield "---\ncategories:\n  - \"[[Meetings]]\"\ntype: []\ndate: " + d + "\norg:\n  - \"[[" + account
                        + "]]\"\nloc: []\npeople:\n  - \"[[" + m.theirs.get(0).name() + "]]\"\n  - \"[[" + Cast.ME
                        + "]]\"\ntopics: []\n---\n";
            }
        };
    }
}
