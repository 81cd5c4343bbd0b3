package app.dealbrief.testutil.messy;

import java.util.List;

/** Sentence templates for AE notes about selling storage to AI infrastructure buyers. Slots are {NAME}. */
final class Phrases {
    private Phrases() {
    }

    static final List<String> SUMMARY = List.of(
            "{P} walked us through the {site} build-out: roughly {n} {gpu}s landing by {month}, and no storage vendor is locked for the {pb} hot tier yet.",
            "Follow-up on the {site} PoC. Checkpoint writes held {gbps} sustained, but {PF} wants restore times under {mins} minutes before they sign off.",
            "{A} is reconsidering {comp} after the last renewal; {PF} said the {work} pipeline stalls roughly {pct}% of the time on the current setup.",
            "Pricing conversation for the {pb} expansion. {PF} anchored at {price} and asked whether we can hold it for a {years}-year term.",
            "Architecture review with the {team} team. They want one namespace across {site} and {site2} so {work} does not need copies.",
            "Quick sync ahead of their {q} planning: the storage budget is roughly {usd} and most of it is earmarked for {work}.",
            "{PF} flagged that power, not GPUs, is the constraint at {site}; every rack we save on storage is a rack of {gpu} they can add.",
            "Debrief on the benchmark: we beat {comp} on small-file reads by {x}x but were flat on large sequential writes at {gbps}.",
            "They are splitting inference and training estates; inference at {site2} needs {work} with sub-millisecond p99 reads.",
            "Security review kicked off. {PF} needs SOC 2 evidence, encryption-at-rest details and a tenant isolation story before procurement moves on the {pb} order.",
            "Procurement call: {A} wants consumption pricing with a {pct}% floor instead of a {pb} capacity commit.",
            "Exec alignment with {P}: the {site} program has board approval and storage is on the critical path for {month}.",
            "{A} asked for a reference customer running more than {n} {gpu}s; {C} will check whether anyone can take the call.",
            "Data-plane discussion: today they copy about {pb} of {work} between object and file tiers every week and want that to stop.",
            "Capacity forecast refreshed with {PF}: {pb} by {month}, roughly doubling by {q} next year if the second hall at {site} is energised.",
            "Renewal risk: {PF} hinted that finance is pushing for a cheaper archive tier and may carve {pb} out of our scope.",
            "The team is moving post-training to {site}; latency to the training cluster matters less than throughput for {work}.",
            "{P} wants a joint session with NVIDIA on the reference architecture before committing to the {gpu} pods at {site}.",
            "Workshop on failure domains: they lost {days} days of training at {site} when a metadata server fell over and want to know how we avoid that.",
            "Expansion scoping: {n} additional {gpu}s at {site}, and the storage ratio they quoted is {ratio} TB per GPU.",
            "Their model team keeps {days}-day retention on checkpoints and wants tiering to cheaper flash after that, about {pb} in steady state.",
            "Legal sent back MSA redlines; the sticking points are the liability cap and a {pct}% SLA credit on the {site} cluster.",
            "{PF} shared that the {comp} quote came in at {price}; we need a sharper TCO answer that includes power and floor space at {site}.",
            "Kick-off for the {site} pilot: {pb} usable across {nodes} CNodes, go-live target the week of {month} {dom}.",
            "They are evaluating KV-cache offload for long-context inference and asked how many tokens per second per TB we can sustain on {gpu}.",
            "{PF} is under pressure to show GPU utilisation above {pct}% on {site}, and I/O wait is the number one item on the list.",
            "Good call overall: {A} confirmed we are on the short list with {comp} for {site}, decision expected by {month} {dom}.",
            "Deep dive on multi-tenancy for {site}: {tenants} internal teams, separate quotas, and chargeback per team by {q}.",
            "Met {P} at the {site} site visit; the halls are energised and racks of {gpu} are arriving at about {n} accelerators a month.",
            "Budget reset: {PF} said {usd} is approved for {q}, the rest of the {pb} plan moves to next fiscal year.");

    static final List<String> BULLETS = List.of(
            "Current footprint: {pb} on {comp}, about {pct}% full.",
            "Target: {gbps} read throughput per {n}-GPU pod.",
            "Decision maker is {P}; {P2F} runs the technical evaluation.",
            "Timeline: PO expected in {month}, go-live in {q}.",
            "They run {work} nightly, around {tb} TB per run.",
            "Competitors in the deal: {comp} and {comp2}.",
            "Power budget for storage at {site}: {kw} kW.",
            "Asked for pricing at {pb} and {pb2} tiers.",
            "Worried about rebuild times on {tb} TB drives.",
            "Wants S3 and NFS on the same {pb} of data without copies.",
            "GPU utilisation on the last {gpu} run was {pct}%, blamed partly on I/O waits.",
            "Budget owner is finance; {PF} only recommends, sign-off above {usd} goes to the CFO.",
            "Needs air-gapped install support at {site}.",
            "Checkpoint size per save is about {tb} TB, every {mins} minutes.",
            "Looking at {gpu} for the next phase; {gpu2} still under evaluation.",
            "Mentioned a {years}-year term with a ramp from {pb} to {pb2}.",
            "Pilot success criteria: {crit}.",
            "Open question on support coverage in {region}.",
            "Wants a reference architecture doc they can hand to the {site} DC team.",
            "Ratio they plan with: {ratio} TB of flash per GPU.",
            "{comp} is quoting {price}; we are about {pct2}% above that list-to-list.",
            "{tenants} teams will share the cluster; quotas per team are a must.",
            "Rack space at {site} is tight: {racks} racks reserved for storage.",
            "Data sets for {work} sit in object storage in {region} today.",
            "Asked whether we support {gpu} GPUDirect Storage out of the box.",
            "Their SRE team is {team}; on-call handover needs runbooks from us.",
            "Expect {n} GPUs online at {site} by {month}.",
            "Retention: {days} days hot, then down-tier to capacity flash.",
            "Wants monthly consumption reporting per tenant by {q}.",
            "Procurement wants three references, one at more than {n} GPUs.",
            "Discount ask: {pct}% off list for a {years}-year commit.",
            "Metadata ops are the bottleneck: {x}x more file creates than last quarter.");

    /** Added to some copies only: the "added/removed sentence" of a re-saved note. */
    static final List<String> EXTRAS = List.of(
            "Added after the call: {PF} emailed that the {site} timeline slipped by {weeks} weeks.",
            "Note from {C}: the {gpu} nodes at {site} ship with {tb} TB local NVMe, which changes the cache sizing.",
            "Late addition: finance approved the {usd} envelope for {q}.",
            "{PF} pinged afterwards to say {comp} dropped their price by {pct}%.",
            "Post-call: the {team} team wants the deck before {day}.",
            "Update from {P2F}: the second hall at {site} is delayed to {month}.");

    static final List<String> TASKS = List.of(
            "send the revised sizing for the {pb} tier",
            "book the architecture review with the {site} team",
            "share the {gpu} reference architecture deck",
            "get deal desk approval for {price} on a {years}-year term",
            "confirm checkpoint restore numbers from the {site} PoC",
            "draft the security questionnaire answers for the {pb} order",
            "set up the joint call with NVIDIA on the {site} pods",
            "get the power and rack plan for {site} ({racks} racks)",
            "send the MSA redlines back to legal by {day}",
            "pull together the {comp} TCO comparison at {pb}",
            "schedule the exec briefing for {month} {dom}",
            "write up the pilot success criteria for {site}",
            "check support coverage in {region} against their SLA",
            "prepare a quote for {pb2} with the ramp option",
            "ask product about {gpu} GPUDirect support dates",
            "send the consumption-pricing model with a {pct}% floor",
            "line up a reference call with a customer above {n} GPUs",
            "follow up on the {tenants}-tenant quota design",
            "get the {comp} displacement playbook from enablement for {site}",
            "review the {days}-day retention and tiering proposal");

    static final List<String> LOGISTICS = List.of(
            "Moving our call to {day} at {time} PT; {PF} has a conflict with the {site} review.",
            "{PF} asked to push the {day} sync by 30 minutes. Accepted, same dial-in.",
            "Rescheduling: {P} is travelling to {site}, new slot {day} {time} PT.",
            "Calendar hold for the {site} workshop on {month} {dom}. No agenda yet.",
            "Cancelled this week's check-in, {PF} is out. Next one {day} {time}.",
            "Can we do {day} instead? Moving our call so {C} can join.",
            "Room booked for the on-site on {month} {dom} at {time}; {PF} will send visitor badges.");

    static final List<String> TOPICS = List.of("checkpoint tier sizing", "pricing and term", "PoC readout",
            "security review", "capacity forecast", "data-plane architecture", "renewal", "expansion scoping",
            "inference cache", "multi-tenancy", "site visit", "benchmark debrief", "procurement", "exec alignment");

    static final List<String> WORK = List.of("checkpointing", "dataset staging", "RAG corpora", "eval logs",
            "KV-cache offload", "video pre-processing", "synthetic data generation", "tokenised shards",
            "post-training rollouts", "telemetry retention");
    static final List<String> TEAMS = List.of("platform", "training infra", "DC engineering", "storage SRE",
            "inference", "research compute");
    static final List<String> REGIONS = List.of("EMEA", "APJ", "the Nordics", "US-East", "LATAM", "Japan");
    static final List<String> CRITERIA = List.of("restore a 5 TB checkpoint in under ten minutes",
            "no GPU idle time during saves", "one namespace for S3 and NFS", "90 days without a Sev1",
            "linear scaling to four racks", "quota enforcement per tenant");
    static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday");
    static final List<String> TIMES = List.of("8:00", "9:30", "10:00", "11:30", "13:00", "14:30", "16:00");

    /** Word swaps a re-saved copy applies to some of its sentences. */
    static final String[][] SYNONYMS = {
            {"walked us through", "took us through"}, {"roughly", "about"}, {"wants", "would like"},
            {"asked", "requested"}, {"Worried about", "Concerned about"}, {"Pricing", "Commercial"},
            {"PoC", "proof of concept"}, {"said", "mentioned"}, {"needs", "requires"}, {"Quick", "Short"},
            {"flagged", "raised"}, {"cheaper", "lower-cost"}, {"Decision maker", "Economic buyer"},
            {"Timeline", "Timing"}, {"Competitors", "Other vendors"}, {"Good call overall", "Positive call"},
            {"expected", "planned"}, {"Follow-up", "Follow up"}, {"kicked off", "started"}};
}
