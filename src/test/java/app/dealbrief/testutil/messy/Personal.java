package app.dealbrief.testutil.messy;

import app.dealbrief.testutil.messy.Meeting.Kind;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Notes that belong to no account: daily notes, personal notes, templates, internal team notes. Their tasks are real
 * tasks (some even name an account) but never reach an account's briefing.
 */
final class Personal {
    private static final List<String> CHORES = List.of("expense report for the Dallas trip", "book dentist",
            "renew passport", "pick up dry cleaning", "submit timesheet", "call the plumber", "gym before 7",
            "update Salesforce close dates", "order printer toner", "reply to the recruiter", "finish Q4 forecast sheet",
            "prep 1:1 notes for Marcus", "water the plants", "pay the credit card", "read the Chip War chapter");

    private final Random r;
    private final Prose prose;
    private final Truth truth;
    private final List<Meeting> meetings;

    Personal(Random r, Prose prose, Truth truth, List<Meeting> meetings) {
        this.r = r;
        this.prose = prose;
        this.truth = truth;
        this.meetings = meetings;
    }

    void write() {
        daily();
        personal();
        templates();
        internal();
    }

    private void daily() {
        Set<LocalDate> days = new TreeSet<>();
        for (Meeting m : meetings) {
            if (m.account.name().equals("Microsoft") && days.size() < 3) {
                days.add(m.date); // a daily note on a meeting day mentions that meeting
            }
        }
        while (days.size() < 22) {
            LocalDate d = LocalDate.of(2025, 8, 1).plusDays(r.nextInt(134));
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        int i = 0;
        for (LocalDate d : days) {
            Cast.Account a = Cast.ACCOUNTS.get(r.nextInt(Cast.ACCOUNTS.size()));
            Meeting m = pseudo(a, d);
            StringBuilder b = new StringBuilder();
            if (i % 2 == 0) {
                b.append(i % 4 == 0 ? "---\ntags:\n  - daily\n---\n" : "---\ntags: daily, journal\ncreated: " + d + "\n---\n");
            }
            b.append("## Notes\n\n");
            b.append("- Prep for [[").append(a.name()).append("]] ").append(m.topic).append('\n');
            b.append("- ").append(List.of("1:1 with Marcus: pipeline and commit", "Lunch with Priya, SE coverage",
                    "Forecast call moved again", "Partner sync with the NVIDIA channel team",
                    "Wrote the weekly update").get(i % 5)).append('\n');
            b.append("\n## Tasks\n\n");
            b.append("- [ ] ").append(prose.task(m)).append(" \uD83D\uDCC5 ").append(d.plusDays(3)).append('\n');
            b.append("- [").append(i % 3 == 0 ? 'x' : ' ').append("] ").append(CHORES.get(i % CHORES.size())).append('\n');
            if (i % 3 == 1) {
                b.append("- [/] ").append(CHORES.get((i + 7) % CHORES.size())).append('\n');
            }
            b.append("\n![[Daily.base]]\n");
            Set<String> patterns = new LinkedHashSet<>(List.of("daily", "tasks"));
            truth.single("Daily/" + d + ".md", b.toString(), null, patterns, i % 5 == 2, i == 9, d.atTime(18, 30));
            i++;
        }
    }

    private Meeting pseudo(Cast.Account a, LocalDate d) {
        Meeting m = new Meeting("daily-" + d, a, d, LocalTime.NOON, Kind.CALL);
        m.theirs.addAll(Cast.peopleOf(a.name()));
        m.ours.add(Cast.COLLEAGUES.get(0));
        m.topic = Phrases.TOPICS.get(r.nextInt(Phrases.TOPICS.size()));
        return m;
    }

    private void personal() {
        Meeting ms = pseudo(Cast.account("Microsoft"), LocalDate.of(2025, 11, 14));
        note("Personal/Journal/2025-10-03.md", "---\ncategories: [[Journal]]\ncreated: 2025-10-03\n---\n"
                + "Long week. Three customer calls and a forecast review; I need to protect Friday mornings.\n\n"
                + "- [ ] call Mum about the holidays\n- [x] book the car service\n", false);
        note("Personal/Journal/2025-11-14.md", "Rough day. The [[Microsoft]] pricing call went sideways and I "
                + "took it personally. Walk at lunch helped.\n\n- [ ] " + prose.task(ms) + " \uD83D\uDCC5 2025-11-17\n"
                + "- [ ] sleep before midnight this week\n", true);
        note("Personal/Health.md", "---\ntags: [personal, health]\n---\n# Health\n\n- [/] physio exercises three "
                + "times a week\n- [ ] book blood test \uD83D\uDCC5 2025-12-20\n- [-] sign up for the December 10k\n", false);
        note("Personal/House projects.md", "# House projects\n\n- [ ] fix the gate latch\n- [?] repaint the "
                + "hallway in spring\n- [x] clean gutters \uD83D\uDCC5 2025-10-15\n", false);
        note("Personal/Reading list.md", "---\ntags: reading, personal\n---\n- [ ] Chip War\n- [/] The Innovator's "
                + "Dilemma\n- [x] Never Split the Difference\n", false);
        note("Personal/Trip - Lisbon.md", "# Lisbon, January\n\nMarrowind AI has an office in Lisbon; maybe coffee "
                + "with Aiko if the timing works, but this is a holiday.\n\n- [ ] book flights \uD83D\uDCC5 2026-01-05\n"
                + "- [ ] find a place near Alfama\n", false);
        note("Personal/Career/FY26 comp plan.md", "---\ntype: personal\naccount: \"\"\n---\n# FY26 comp plan\n\n"
                + "Quota split: Microsoft and OpenAI carry most of it, CoreWeave and Nebius are the upside.\n\n"
                + "- [ ] ask Marcus about the accelerator on the [[CoreWeave]] deal \uD83D\uDCC5 2025-12-18\n"
                + "- [ ] check whether the Oracle renewal counts as new ARR\n", false);
        truth.placeholder("");
        note("Personal/Gift ideas.md", "- Noise-cancelling headphones for Sam\n- [ ] order the cookbook\n", false);
        note("Personal/Running log.md", "---\ntags:\n  - personal\n  - running\n---\n| date | km |\n|---|---|\n"
                + "| 2025-11-02 | 8 |\n| 2025-11-09 | 12 |\n\n- [ ] new shoes before 600 km\n", true);
    }

    private void note(String path, String text, boolean crlf) {
        Set<String> patterns = new LinkedHashSet<>(List.of("personal"));
        if (text.contains("- [")) {
            patterns.add("tasks");
        }
        truth.single(path, text, null, patterns, crlf, path.endsWith("Health.md"), LocalDate.of(2025, 11, 20).atTime(20, 0));
    }

    private void templates() {
        template("Templates/Meeting Template.md", "---\ncategories:\n  - \"[[Meetings]]\"\ntype: []\ndate: {{date}}\n"
                + "account: \"{{ account }}\"\norg:\nloc:\npeople: []\ntopics: []\n---\n# {{title}}\n\n## Summary\n\n"
                + "## Action Items\n\n- [ ] send recap to {{ account }} \uD83D\uDCC5 {{date}}\n", "{{ account }}", "{{date}}", "{{title}}");
        template("Templates/Account Note Template.md", "---\ntype: \"customer\"\ntitle: \"{{title}}\"\ndate: \"{{date}}\"\n"
                + "account: \"{{FOLDER_LEAF}}\"\nparticipants: []\nsource: \"transcript\"\nsource_ref: \"\"\ntags:\n"
                + "  - \"type/customer\"\n---\n\n# {{title}}\n\n**Account**: [[{{FOLDER_LEAF}}]]\n\n## Summary\n\n"
                + "## Key Information\n\n- \n", "{{FOLDER_LEAF}}", "{{title}}", "{{date}}");
        template("Templates/Person Template.md", "---\ncategories:\n  - \"[[People]]\"\ncompany: Company Name\nrole:\n"
                + "created: {{date}}\n---\n## Meetings\n\n![[Meetings.base#Person]]\n", "Company Name", "{{date}}");
        template("Templates/Daily Note Template.md", "---\ntags:\n  - daily\n---\n## {{date}}\n\n- [ ] \n\n"
                + "![[Daily.base]]\n", "{{date}}");
        template("Templates/Email Template.md", "---\ncategories:\n  - \"[[Emails]]\"\ncreated: {{date}}\naccount: \"[[]]\"\n"
                + "org: []\npeople: []\n---\nFrom:\nTo:\nSubject:\n\n- [ ] reply by {{date}}\n", "[[]]", "{{date}}");
        template("Templates/Call Notes.md", "---\ndate: {{date}}\naccount: _Unknown_\nattendees:\ntags: customer, call\n"
                + "---\n# Call with _Unknown_\n\n## Summary\n\n## Next steps\n\n- [ ] \n", "_Unknown_", "{{date}}");
        // under an account parent, but a folder of templates, not an account
        template("CRM/Templates/Account Template.md", "---\naccount: \"{{FOLDER_LEAF}}\"\nstage: Discovery\n"
                + "owner: \"[[Jordan Reyes]]\"\n---\n# {{FOLDER_LEAF}}\n\n## Key contacts\n\n## Opportunities\n\n"
                + "- [ ] qualify budget and timeline\n", "{{FOLDER_LEAF}}");
    }

    private void template(String path, String text, String... placeholders) {
        for (String p : placeholders) {
            truth.placeholder(p);
        }
        Set<String> patterns = new LinkedHashSet<>(List.of("template", "placeholder-account"));
        if (text.contains("- [")) {
            patterns.add("tasks");
        }
        truth.single(path, text, null, patterns, false, false, LocalDate.of(2025, 5, 20).atTime(10, 0));
    }

    private void internal() {
        Meeting cw = pseudo(Cast.account("CoreWeave"), LocalDate.of(2025, 11, 20));
        internal("Notes/Team pipeline review 2025-11-20.md", "---\ntype: internal\ndate: 2025-11-20\naccount: \"\"\n"
                + "attendees: Marcus Bell, Priya Natarajan, Jordan\n---\n# Team pipeline review\n\n"
                + "Microsoft and OpenAI are commit for the quarter; CoreWeave is best case; Nebius slipped to next "
                + "quarter. Marcus wants every deal over $5M reviewed by deal desk.\n\n"
                + "- [ ] update the Microsoft forecast in Salesforce @Jordan \uD83D\uDCC5 2025-11-24\n"
                + "- [ ] " + prose.task(cw) + " @Priya\n", "internal");
        internal("Notes/Competitive - Weka vs DDN.md", "Battlecard notes. Weka keeps showing up at CoreWeave and Nebius; "
                + "DDN is the incumbent in most Lustre shops. Lead with checkpoint restore time and one namespace, "
                + "not raw throughput.\n\n- [ ] ask enablement for the refreshed DDN battlecard\n", "internal");
        internal("Meta/Vault conventions.md", "# Vault conventions\n\nAccount folders live under Customers and "
                + "Partners, Clients, Accounts or CRM. Generated notes land in Inbox first; duplicates go to "
                + "duplicates/ and old copies to _archive/. Templates use {{date}} and {{ account }}.\n", "vault-meta");
        truth.placeholder("{{ account }}");
        truth.placeholder("{{title}}");
        internal("Inbox/Untitled meeting.md", "---\ntitle: \"{{title}}\"\ndate: \"{{date}}\"\naccount: \"{{ account }}\"\n"
                + "participants: []\n---\n# {{title}}\n\n## Summary\n\n## Action Items\n\n- [ ] \n", "template-leftover");
    }

    private void internal(String path, String text, String pattern) {
        Set<String> patterns = new LinkedHashSet<>(List.of(pattern));
        if (text.contains("- [")) {
            patterns.add("tasks");
        }
        if (text.contains("{{")) {
            patterns.add("placeholder-account");
        }
        truth.single(path, text, null, patterns, false, false, LocalDate.of(2025, 11, 21).atTime(9, 0));
    }
}
