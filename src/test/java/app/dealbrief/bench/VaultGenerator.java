package app.dealbrief.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Synthetic account-note vaults for the benchmark, deterministic for a seed: note {@code i} depends only on
 * (seed, i), so a vault is written in parallel and is byte-identical on every machine.
 *
 * <p>Shape: 300 accounts, one ("Microsoft") holding ~10.5 % of the notes and the rest Zipf-distributed (so
 * at 10,000 notes two accounts pass 1,000 and the tail has a handful each; at 100,000 about fifteen pass
 * 1,000); notes of 1-4 KB with the seed note's front matter and sections, some prose only, deal terms with $
 * amounts and GW, chip names, pitches and task lines; 10 % near-duplicates (a recent note of the same
 * account with one word or one line changed); a few messy files (no front matter, CRLF, BOM, comma tags,
 * {@code account: "[[X]]"}). Every file is valid UTF-8 markdown, so an import rejects none.
 */
public final class VaultGenerator {
    /** Bump when the output changes, so cached vaults are regenerated. */
    static final int VERSION = 1;
    static final String MARKER = ".bench-vault";
    static final String TOP_ACCOUNT = "Microsoft";
    private static final double TOP_SHARE = 0.105;
    private static final double DUPLICATES = 0.10;

    private static final String[] FAMOUS = {"Microsoft", "OpenAI", "Oracle", "CoreWeave", "Meta", "Google",
        "Amazon", "xAI", "Nebius", "Lambda", "Crusoe", "Anthropic", "Mistral", "Together AI", "Vultr", "Nscale",
        "Fluidstack", "G42", "Humain", "Cohere", "Tesla", "Apple", "NVIDIA", "AMD", "Broadcom", "Cerebras", "Groq"};
    private static final String[] SUFFIX = {"", " Labs", " Cloud", " AI", " Systems", " Energy", " Capital",
        " Compute", " Networks", " Bio"};
    private static final String[] SYL = ("ka lo mi ra ten vo shi an el dor fa gri nu pel quo sta tri ux ven zor "
            + "bel cor dra fen hal jin kor lum mar nor ost pra ril sen tor vel wyn yar").split(" ");
    private static final String[] CHIPS = {"NVIDIA GB300", "NVIDIA GB200", "NVIDIA H200", "NVIDIA H100",
        "NVIDIA Vera Rubin", "AMD MI450", "AMD MI355X", "AMD MI300X", "Google TPU v7", "AWS Trainium2",
        "AWS Trainium3", "Microsoft MAIA 200", "Meta MTIA", "Intel Gaudi 3", "Cerebras WSE-3", "Groq LPU",
        "Broadcom custom ASIC", "OpenAI's ASIC"};
    private static final String[] ROLES = {"remains the primary platform", "is ramping in the new halls",
        "is being evaluated for inference", "is lagging on software maturity", "may be adopted next year",
        "is the secondary option for training", "was mentioned as a fallback", "is now the majority of new racks"};
    private static final String[] SITES = {"Abilene", "Fairwater", "Mount Pleasant", "Quincy", "Lancium",
        "Richland Parish", "Finland", "Norway", "Texas", "Ohio", "Wisconsin", "Abu Dhabi", "Iowa", "Arizona"};
    private static final String[] CLOUDS = {"Azure", "OCI", "AWS", "Google Cloud", "CoreWeave", "Nebius"};
    private static final String[] PRODUCTS = {"API", "inference API", "model hosting", "training capacity",
        "storage tier", "data platform", "managed Kubernetes", "GPU cloud"};
    private static final String[] TOPICS = {"checkpoint storage", "power delivery", "liquid cooling", "RAG corpora",
        "tenant isolation", "the renewal", "the pilot", "network fabric", "sovereign regions", "token pricing",
        "post-training data", "eval pipelines", "procurement timing", "backup retention", "the security review",
        "rack density", "lease terms", "capacity planning", "the migration", "latency targets", "log retention",
        "the RFP", "the benchmark", "budget for next quarter", "datacenter siting", "interconnect"};
    private static final String[] VERBS = {"discussed", "pushed back on", "asked about", "confirmed", "revisited",
        "escalated", "deferred", "agreed on", "questioned", "walked through", "flagged", "prioritised"};
    private static final String[] OFFERS = {"a portable data fabric", "a checkpoint tier", "a token plane",
        "pre-approved site bundles", "a managed storage line item", "an accelerator-proof storage layer",
        "a multi-cloud data plane", "a retention tier for logs and evals", "a co-sell with the neocloud"};
    private static final String[] FIRST = ("Jeff Satya Larry Lisa Jensen Sam Brian Mark Anna Maria Wei Priya Omar "
            + "Elena Tom Kenji Sara Raj Ana Luc Tess Ben Dana Marcus Ines Yuki Hamid Chloe Noor Piotr").split(" ");
    private static final String[] LAST = ("Denworth Chen Garcia Patel Kim Novak Rossi Silva Muller Dubois Sato Khan "
            + "Berg Lopez Morgan Achterberg Whitfield Ortiz Lee Haddad Okafor Larsen Moreau Ivanova").split(" ");
    private static final String[] TITLES = {"(Director, Storage Platform)", "(Procurement Lead)", "(VP Infrastructure)",
        "(Account Executive)", "(RVP Sales)", "(Principal Engineer)", "(CTO)", "(Head of Capacity)", ""};
    private static final String[] TYPES = {"customer", "customer", "customer", "partner", "internal", "competitor"};
    private static final String[] SOURCES = {"transcript", "meeting", "email", "notes", "call"};
    private static final String[] TAGS = {"qbr", "renewal", "pricing", "exec", "technical", "legal", "roadmap",
        "risk", "expansion", "pilot", "sovereign", "energy", "storage", "network", "security", "generated"};
    private static final String[] FILLER = ("the a and of to in for on with that is was we they it as at by from "
            + "this will be are have next team customer said asked plan need want more about call").split(" ");

    private final long seed;
    private final String[] accounts;
    private final double[] cumulative;
    private final String[] vocab;

    public VaultGenerator(long seed) {
        this.seed = seed;
        Random r = new Random(seed);
        accounts = new String[300];
        java.util.Set<String> used = new java.util.HashSet<>();
        for (int i = 0; i < accounts.length; i++) {
            String name = i < FAMOUS.length ? FAMOUS[i] : null;
            while (name == null || !used.add(name.toLowerCase(java.util.Locale.ROOT))) {
                name = cap(word(r, 2 + r.nextInt(2))) + SUFFIX[r.nextInt(SUFFIX.length)];
            }
            accounts[i] = name;
        }
        // accounts[1..] Zipf with s=1 over the remaining share; accounts[0] a fixed share
        cumulative = new double[accounts.length];
        double h = 0;
        for (int i = 1; i < accounts.length; i++) {
            h += 1.0 / i;
        }
        double acc = TOP_SHARE;
        cumulative[0] = acc;
        for (int i = 1; i < accounts.length; i++) {
            acc += (1 - TOP_SHARE) / i / h;
            cumulative[i] = acc;
        }
        vocab = new String[4000];
        for (int i = 0; i < vocab.length; i++) {
            vocab[i] = word(r, 2 + r.nextInt(2));
        }
    }

    public String[] accounts() {
        return accounts.clone();
    }

    /** Words no English text has, Zipf-distributed: they give search both rare and common terms. */
    String vocabWord(Random r) {
        return vocab[zipf(r, vocab.length)];
    }

    static String word(Random r, int syllables) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            b.append(SYL[r.nextInt(SYL.length)]);
        }
        return b.toString();
    }

    static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static int zipf(Random r, int n) {
        return (int) Math.min(n - 1, Math.floor(Math.pow(n + 1, r.nextDouble())) - 1);
    }

    static <T> T pick(Random r, T[] a) {
        return a[r.nextInt(a.length)];
    }

    /** Random for note i: nearby seeds give java.util.Random correlated first draws, so mix them first. */
    private Random rnd(int i, int stream) {
        return new Random(mix(mix(seed) + i * 2L + stream));
    }

    /** SplitMix64's finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    // ---------------------------------------------------------------------------------------------- files

    /** A generated file: where it goes under the vault root, and its bytes' text. */
    public record GenNote(String relPath, String account, String text) {
    }

    /** Note i of any vault from this seed: near-duplicates copy an earlier fresh note of the same vault. */
    public GenNote note(int i) {
        Random r = rnd(i, 0);
        if (i >= 20 && r.nextDouble() < DUPLICATES) {
            int j = i - 1 - r.nextInt(Math.min(i, 400));
            GenNote original = fresh(j);
            String text = nearCopy(original.text(), r);
            String stem = original.relPath().substring(0, original.relPath().length() - 3);
            String rel = stem + " (v" + (2 + r.nextInt(3)) + ", " + i + ").md";
            return new GenNote(rel, original.account(), text);
        }
        return fresh(i);
    }

    private GenNote fresh(int i) {
        Random r = rnd(i, 1);
        int a = Arrays.binarySearch(cumulative, r.nextDouble());
        String account = accounts[Math.min(accounts.length - 1, a < 0 ? -a - 1 : a)];
        LocalDate date = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(1420));
        String title = title(r, account);
        String fileTitle = title.replaceAll("[^A-Za-z0-9 .,&-]", "");
        int style = r.nextInt(100);
        String text = style < 5 ? bareNote(r, account, title, date) : frontMatterNote(r, account, title, date, style);
        if (style >= 5 && style < 7) {
            text = text.replace("\n", "\r\n");
        } else if (style == 7) {
            text = "\uFEFF" + text;
        }
        String rel = style < 70
                ? "Accounts/" + folder(account) + "/" + date + " - " + fileTitle + " " + i + ".md"
                : "Inbox/" + date.getYear() + "-" + String.format("%02d", date.getMonthValue()) + "/" + date + " - "
                + fileTitle + " " + i + ".md";
        return new GenNote(rel, account, text);
    }

    private static String folder(String account) {
        return account.replaceAll("[^A-Za-z0-9 .&-]", "_");
    }

    private String title(Random r, String account) {
        return switch (r.nextInt(6)) {
            case 0 -> account + " QBR";
            case 1 -> account + " " + pick(r, TOPICS) + " sync";
            case 2 -> cap(pick(r, TOPICS)) + " with " + account;
            case 3 -> account + " and " + pick(r, CHIPS) + " capacity";
            case 4 -> account + " deal debrief";
            default -> cap(vocabWord(r)) + " " + pick(r, TOPICS) + " review";
        };
    }

    private String frontMatterNote(Random r, String account, String title, LocalDate date, int style) {
        List<String> people = people(r);
        StringBuilder b = new StringBuilder(4096);
        b.append("---\n");
        b.append("type: \"").append(pick(r, TYPES)).append("\"\n");
        b.append("title: \"").append(title).append("\"\n");
        b.append("date: \"").append(date).append(r.nextInt(10) == 0 ? "T09:30" : "").append("\"\n");
        b.append("account: \"").append(style % 10 == 8 ? "[[" + account + "]]" : account).append("\"\n");
        if (people.isEmpty()) {
            b.append("participants: []\n");
        } else {
            b.append("participants:\n");
            people.forEach(p -> b.append("  - \"").append(p).append("\"\n"));
        }
        b.append("source: \"").append(pick(r, SOURCES)).append("\"\n");
        b.append("source_ref: \"Inbox/_archive/").append(date).append('/').append(date).append(" - ")
                .append(title.replace("\"", "")).append(".md\"\n");
        List<String> tags = new ArrayList<>(List.of("type/customer", "account/" + folder(account).toLowerCase().replace(' ', '-')));
        for (int t = r.nextInt(3); t > 0; t--) {
            tags.add(TAGS[zipf(r, TAGS.length)]);
        }
        tags = tags.stream().distinct().toList();
        if (style % 10 == 9) {
            b.append("tags: \"").append(String.join(", ", tags)).append("\"\n");
        } else {
            b.append("tags:\n");
            tags.forEach(t -> b.append("  - \"").append(t).append("\"\n"));
        }
        if (r.nextInt(8) == 0) {
            b.append("priority: ").append(1 + r.nextInt(3)).append('\n'); // unknown keys round-trip
        }
        b.append("---\n\n");
        body(r, b, account, title, date, people, style < 25);
        return b.toString();
    }

    /** A note with no front matter: the account comes from a field line (and the folder, for Accounts/). */
    private String bareNote(Random r, String account, String title, LocalDate date) {
        StringBuilder b = new StringBuilder(4096);
        body(r, b, account, title, date, people(r), true);
        return b.toString();
    }

    private List<String> people(Random r) {
        List<String> p = new ArrayList<>();
        for (int n = r.nextInt(5); n > 0; n--) {
            p.add(pick(r, FIRST) + " " + pick(r, LAST) + (r.nextBoolean() ? "" : " " + pick(r, TITLES)).stripTrailing());
        }
        return p.stream().distinct().toList();
    }

    private void body(Random r, StringBuilder b, String account, String title, LocalDate date, List<String> people,
                      boolean proseOnly) {
        int target = 1000 + (int) (3000 * Math.pow(r.nextDouble(), 1.6)); // 1-4 KB, most near the low end
        int start = b.length();
        b.append("# ").append(title).append("\n\n");
        b.append("**Date**: ").append(date).append('\n');
        b.append("**Account**: [[").append(account).append("]]\n");
        b.append("**Attendees**: ").append(String.join(", ", people.stream().map(p -> p.replaceAll(" \\(.*", "")).toList()))
                .append("\n\n## Summary\n\n");
        for (int s = 2 + r.nextInt(3); s > 0; s--) {
            b.append(sentence(r, account)).append(' ');
        }
        b.setLength(b.length() - 1);
        b.append("\n\n");
        if (proseOnly) {
            b.append("## Notes\n\n");
            while (b.length() - start < target - 200) {
                for (int s = 3 + r.nextInt(4); s > 0; s--) {
                    b.append(sentence(r, account)).append(' ');
                }
                b.setLength(b.length() - 1);
                b.append("\n\n");
            }
        } else {
            b.append("## Key Information\n\n");
            int budget = target - 450;
            while (b.length() - start < budget) {
                b.append("- ").append(sentence(r, account)).append('\n');
            }
            if (r.nextInt(3) > 0) {
                b.append("\n## Pitch / Positioning\n\n");
                for (int p = 1 + r.nextInt(2); p > 0; p--) {
                    b.append("- ").append(pitch(r, account)).append('\n');
                }
            }
            if (r.nextInt(2) == 0) {
                b.append("\n## Action Items\n\n");
                for (int t = 1 + r.nextInt(3); t > 0; t--) {
                    b.append(task(r)).append('\n');
                }
            }
        }
        b.append("\n## Related\n\n");
        for (int k = 1 + r.nextInt(4); k > 0; k--) {
            b.append("- [[").append(accounts[zipf(r, accounts.length)]).append("]]\n");
        }
        b.append("\n---\n\n*Source: [[Inbox/_archive/").append(date).append('/').append(date).append(" - ")
                .append(title).append(".md|").append(date).append(" - ").append(title).append("]]*\n");
    }

    private String sentence(Random r, String account) {
        int k = r.nextInt(20);
        if (k < 3) {
            return term(r, account);
        }
        if (k < 6) {
            return accelerator(r, account);
        }
        if (k == 6) {
            return pitch(r, account);
        }
        return prose(r, account);
    }

    private String other(Random r, String account) {
        String o = accounts[zipf(r, 30)];
        return o.equals(account) ? accounts[(zipf(r, 30) + 1) % 30] : o;
    }

    private String term(Random r, String account) {
        String o = other(r, account);
        int year = 2026 + r.nextInt(8);
        int billions = 1 + zipf(r, 400);
        return switch (r.nextInt(9)) {
            case 0 -> o + " commits $" + billions + "B of " + pick(r, CLOUDS) + " spend over " + (2 + r.nextInt(6))
                    + " years under the " + account + " agreement.";
            case 1 -> account + " keeps exclusivity on the " + pick(r, PRODUCTS) + " until " + year + ".";
            case 2 -> "No right of first refusal for " + account + " on new " + o + " capacity.";
            case 3 -> o + " to invest $" + billions + "B in " + account + ", with a " + (3 + r.nextInt(15))
                    + "% revenue share on resold capacity.";
            case 4 -> account + " secured " + (1 + r.nextInt(9)) + "." + r.nextInt(10) + " GW across " + pick(r, SITES)
                    + " and " + pick(r, SITES) + ", the first " + (100 + 50 * r.nextInt(10)) + " MW online in " + year + ".";
            case 5 -> "Most-favored-nation pricing for " + account + " on per-TB rates for like-for-like volumes.";
            case 6 -> account + " retains IP rights to models and weights through " + year + "; " + o
                    + " access ends by panel decision.";
            case 7 -> "Framework proposal: " + (2 + r.nextInt(4)) + " years, $" + (5 + r.nextInt(200))
                    + " million minimum commitment, non-exclusive.";
            default -> o + " signed a $" + billions + "." + r.nextInt(10) + " billion, " + (1 + r.nextInt(6))
                    + " GW capacity contract with " + account + " starting " + year + ".";
        };
    }

    private String accelerator(Random r, String account) {
        String chip = pick(r, CHIPS);
        return switch (r.nextInt(4)) {
            case 0 -> chip + " " + pick(r, ROLES) + " at " + account + ".";
            case 1 -> account + ": " + chip + " " + pick(r, ROLES) + "; " + pick(r, CHIPS) + " " + pick(r, ROLES) + ".";
            case 2 -> "Accelerator mix: " + chip + " primary, " + pick(r, CHIPS) + " ramping in " + pick(r, SITES) + ".";
            default -> pick(r, FIRST) + " says " + account + " is evaluating " + chip + " for " + pick(r, TOPICS) + ".";
        };
    }

    private String pitch(Random r, String account) {
        return switch (r.nextInt(3)) {
            case 0 -> "Pitch " + pick(r, OFFERS) + " to " + account + " for " + pick(r, TOPICS) + ".";
            case 1 -> "Position " + pick(r, OFFERS) + " as the fastest route to usable capacity for " + account + " tenants.";
            default -> "Lean into " + pick(r, OFFERS) + " and benchmark $/TB against " + pick(r, CLOUDS) + ".";
        };
    }

    private String task(Random r) {
        String who = pick(r, FIRST) + " " + pick(r, LAST);
        LocalDate due = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(800));
        String done = r.nextInt(3) == 0 ? "x" : " ";
        return "- [" + done + "] " + cap(pick(r, VERBS).split(" ")[0]) + " " + pick(r, TOPICS) + " with " + pick(r, FIRST)
                + " @" + who + " \uD83D\uDCC5 " + due + (r.nextBoolean() ? " \u23EB" : "");
    }

    private String prose(Random r, String account) {
        StringBuilder b = new StringBuilder();
        switch (r.nextInt(4)) {
            case 0 -> b.append(pick(r, FIRST)).append(' ').append(pick(r, VERBS)).append(' ').append(pick(r, TOPICS))
                    .append(" and ").append(pick(r, TOPICS));
            case 1 -> b.append("The ").append(account).append(" team ").append(pick(r, VERBS)).append(' ')
                    .append(pick(r, TOPICS));
            case 2 -> b.append(cap(pick(r, TOPICS))).append(" is ").append(r.nextBoolean() ? "blocked" : "on track")
                    .append(" for ").append(account);
            default -> b.append(cap(pick(r, FILLER)));
        }
        for (int w = 4 + r.nextInt(10); w > 0; w--) {
            int k = r.nextInt(10);
            b.append(' ').append(k < 5 ? FILLER[zipf(r, FILLER.length)] : k < 9 ? vocabWord(r) : pick(r, TOPICS));
        }
        return b.append('.').toString();
    }

    /** The same note with one word or one line changed. */
    private String nearCopy(String text, Random r) {
        String nl = text.contains("\r\n") ? "\r\n" : "\n";
        String[] lines = text.split(nl, -1);
        int body = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("## ")) {
                body = i;
                break;
            }
        }
        int at;
        do {
            at = body + r.nextInt(lines.length - body);
        } while (lines[at].isBlank() || lines[at].startsWith("#") || lines[at].startsWith("*Source"));
        if (r.nextBoolean()) {
            String[] words = lines[at].split(" ");
            int w = words.length > 2 ? 1 + r.nextInt(words.length - 1) : words.length - 1;
            words[w] = vocabWord(r) + (words[w].endsWith(".") ? "." : "");
            lines[at] = String.join(" ", words);
        } else {
            lines[at] = (lines[at].startsWith("- ") ? "- " : "") + prose(r, "the account");
        }
        return String.join(nl, lines);
    }

    // ---------------------------------------------------------------------------------------------- disk

    /** Writes vault-N under {@code parent} unless one from the same seed, size and version is already there. */
    public Path write(Path parent, int n) {
        Path dir = parent.resolve("vault-" + n);
        Path marker = dir.resolve(MARKER);
        String stamp = "seed=" + seed + " n=" + n + " version=" + VERSION;
        try {
            if (Files.isRegularFile(marker) && Files.readString(marker).strip().equals(stamp)) {
                return dir;
            }
            if (Files.exists(dir)) {
                Bench.deleteTree(dir);
            }
            Files.createDirectories(dir);
            IntStream.range(0, n).parallel().forEach(i -> {
                GenNote g = note(i);
                Path file = dir.resolve(g.relPath());
                try {
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, g.text(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Files.writeString(marker, stamp + "\n");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ~n varied queries in the app's query language over this generator's words. */
    public List<String> queries(int n, long querySeed) {
        Random r = new Random(querySeed);
        List<String> q = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            switch (i % 14) {
                case 0 -> {
                    String[] w = pick(r, TOPICS).split(" ");
                    q.add(w[w.length - 1]);
                }
                case 1 -> q.add(vocabWord(r));
                case 2 -> q.add(pick(r, CHIPS).split(" ")[1].toLowerCase() + " " + pick(r, SITES));
                case 3 -> q.add(pick(r, FILLER) + " " + pick(r, TOPICS) + " " + vocabWord(r));
                case 4 -> q.add("\"" + pick(r, TOPICS) + "\"");
                case 5 -> q.add(pick(r, CLOUDS).substring(0, 3).toLowerCase() + "*");
                case 6 -> q.add(pick(r, SYL) + "*");
                case 7 -> q.add("account:\"" + accounts[zipf(r, accounts.length)] + "\"");
                case 8 -> q.add("account:\"" + accounts[zipf(r, accounts.length)] + "\" " + pick(r, TOPICS).split(" ")[0]);
                case 9 -> q.add("tag:" + pick(r, TAGS) + " " + pick(r, CHIPS).split(" ")[0].toLowerCase());
                case 10 -> q.add("person:\"" + pick(r, FIRST) + " " + pick(r, LAST) + "\"");
                case 11 -> q.add(pick(r, CHIPS).split(" ")[1].toLowerCase() + " after:2025-06-01 before:2025-09-30");
                case 12 -> q.add("exclusivity -" + pick(r, CLOUDS).split(" ")[0].toLowerCase() + " type:customer");
                default -> q.add(pick(r, SITES).split(" ")[0] + " OR " + vocabWord(r));
            }
        }
        return q;
    }
}
