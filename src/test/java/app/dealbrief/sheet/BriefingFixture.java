package app.dealbrief.sheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.dealbrief.domain.AcceleratorRole;
import app.dealbrief.domain.AcceleratorUse;
import app.dealbrief.domain.ActionItem;
import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.domain.Person;
import app.dealbrief.domain.Pitch;
import app.dealbrief.domain.TermCategory;

/** Builds briefings for sheet tests; {@link #microsoft()} is a realistic account like the seed note. */
final class BriefingFixture {
    static final LocalDate NOTE_DATE = LocalDate.of(2025, 11, 12);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final String AGREEMENT = "Microsoft–OpenAI Oct 28 agreement";

    private String account = "Microsoft";
    private LocalDate asOf = NOTE_DATE;
    private int noteCount = 7;
    private String summary = "Microsoft’s “big pause” has ended and they are scrambling for near-term AI capacity via "
            + "self-build, leases, and neoclouds, with Azure Foundry positioned as a token/API monetization engine. "
            + "The Microsoft–OpenAI terms suggest both locked-in Azure demand and more operational flexibility, "
            + "creating openings for VAST across Azure overflow, multi-provider OpenAI builds, and Foundry "
            + "post-training data-plane needs.";
    private final List<PartnershipTerm> terms = new ArrayList<>();
    private final List<AcceleratorUse> mix = new ArrayList<>();
    private final List<Pitch> pitches = new ArrayList<>();
    private final List<String> related = new ArrayList<>();
    private final List<ActionItem> actions = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();

    static BriefingFixture empty(String account) {
        BriefingFixture f = new BriefingFixture();
        f.account = account;
        return f;
    }

    static BriefingFixture microsoft() {
        BriefingFixture f = empty("Microsoft");
        f.term(TermCategory.EXCLUSIVITY, "Azure API exclusivity continues until AGI is declared", null, null, null, false)
                .term(TermCategory.IP_RIGHTS, "Microsoft IP rights extended to 2032", null, null, 2032, false)
                .term(TermCategory.DURATION, "Research IP access ends by AGI panel decision or 2030", null, null, 2030, false)
                .term(TermCategory.SPEND_COMMITMENT, "OpenAI to purchase $250B+ of Azure services", 250_000_000_000L, null, null, false)
                .term(TermCategory.RIGHT_OF_FIRST_REFUSAL, "no right-of-first-refusal for Microsoft on new compute", null, null, null, true)
                .term(TermCategory.OTHER, "Both can independently pursue AGI", null, null, null, false);
        f.terms.add(new PartnershipTerm("Fairwater Atlanta build", List.of("Microsoft"), TermCategory.CAPACITY,
                "Fairwater site adds 2 GW of AI capacity by 2027", null, 2.0, 2027, false, "n2",
                LocalDate.of(2025, 10, 30), "", 1));
        f.use("NVIDIA", "GPU", AcceleratorRole.PRIMARY, "Nvidia remains primary")
                .use("Microsoft", "MAIA", AcceleratorRole.LAGGING, "MAIA lags")
                .use("OpenAI", "ASIC", AcceleratorRole.POSSIBLE, "Microsoft may use OpenAI’s ASIC")
                .use("AMD", "MI450", AcceleratorRole.EVALUATING, "AMD MI450 under evaluation for inference");
        f.pitch("Accelerator-proof storage across the changing GPU/ASIC mix",
                        "MAIA lags and OpenAI’s ASIC may arrive: one data fabric keeps pods portable.", Pitch.Status.TO_TRY)
                .pitch("Token Plane for Azure Foundry",
                        "Foundry is the “token factory”; bundle caches, RAG corpora and retention tiers, benchmark token/$/TB.", Pitch.Status.TO_TRY)
                .pitch("Neocloud co-sell for Azure overflow",
                        "Capacity is short; CoreWeave and Oracle overflow needs the same data plane.", Pitch.Status.USED)
                .pitch("Fastest route to usable capacity for OpenAI tenants",
                        "No ROFR lets OpenAI build with several providers; be the constant underneath.", Pitch.Status.TO_TRY)
                .pitch("Post-training data growth: checkpoints, logs, evals",
                        "GPU economic life beyond 2–3 years means long-lived clusters and continual data growth.", Pitch.Status.LANDED)
                .pitch("Remote DC placement for latency-insensitive post-training",
                        "SemiAnalysis: post-training is ramping and latency-insensitive.", Pitch.Status.DROPPED);
        f.action("Send Foundry benchmark (token/$/TB) to Satya’s staff", "Renée Dupont", LocalDate.of(2026, 11, 20))
                .action("Confirm Fairwater storage RFP timeline", "Jonas Ångström", LocalDate.of(2026, 12, 4))
                .action("Map OpenAI ASIC pod data requirements with CoreWeave", "Priya Natarajan", null)
                .action("Book exec sponsor dinner — €2,000 budget approved", "Renée Dupont", LocalDate.of(2026, 12, 10));
        f.person("Renée Dupont", LocalDate.of(2025, 11, 12), 5)
                .person("Jonas Ångström", LocalDate.of(2025, 10, 30), 3)
                .person("Priya Natarajan", LocalDate.of(2025, 9, 18), 2)
                .person("Marcus O’Neil", null, 1);
        f.related.addAll(List.of("OpenAI", "Oracle", "CoreWeave", "NVIDIA", "Fairwater"));
        return f;
    }

    BriefingFixture term(TermCategory c, String text, Long usd, Double gw, Integer year, boolean negated) {
        terms.add(new PartnershipTerm(AGREEMENT, List.of("Microsoft", "OpenAI"), c, text, usd, gw, year, negated,
                "n1", NOTE_DATE, text, 1));
        return this;
    }

    BriefingFixture use(String vendor, String family, AcceleratorRole role, String evidence) {
        mix.add(new AcceleratorUse(vendor, family, role, evidence, "n1", NOTE_DATE, 1));
        return this;
    }

    BriefingFixture pitch(String headline, String rationale, Pitch.Status status) {
        pitches.add(new Pitch(headline, rationale, Pitch.Origin.NOTE, "n1", rationale, status));
        return this;
    }

    BriefingFixture action(String text, String owner, LocalDate due) {
        actions.add(new ActionItem(text, owner, due, null, ActionItem.State.OPEN, "n1", NOTE_DATE));
        return this;
    }

    BriefingFixture person(String name, LocalDate last, int notes) {
        people.add(new Person(name, last, notes));
        return this;
    }

    BriefingFixture related(String name) {
        related.add(name);
        return this;
    }

    BriefingFixture summary(String s) {
        summary = s;
        return this;
    }

    /** Adds n numbered terms and m numbered pitches, to overflow the page. */
    BriefingFixture bulk(int n, int m) {
        for (int i = 1; i <= n; i++) {
            term(TermCategory.CAPACITY, "Bulk capacity clause number " + i + " for region " + (i % 17),
                    (long) i * 1_000_000_000L, i % 3 == 0 ? 0.5 * i : null, 2026 + i % 8, i % 11 == 0);
        }
        for (int i = 1; i <= m; i++) {
            pitch("Bulk pitch number " + i, "Rationale for bulk pitch " + i + " drawn from notes.", Pitch.Status.TO_TRY);
        }
        return this;
    }

    Briefing build() {
        return new Briefing(account, asOf, noteCount, summary, List.of("Capacity scramble"), terms, mix, List.of(),
                pitches, related, actions, people);
    }
}
