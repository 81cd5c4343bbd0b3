package app.dealbrief.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * A vault shaped like a real Obsidian vault an account executive keeps (issue 17), deterministic for a seed:
 * notes of 5-70 KB (meeting notes padded with markdown tables and action lists, and about one in eleven a long
 * transcript of 40-70 KB), deep folders ({@code Work/02 Clients/Acme/Meetings/2025/11/...}), and half of the
 * files copies of the other half: byte-identical archive copies ({@code _archive/}, {@code pre-reimport-*}),
 * {@code duplicates/} copies with a line changed, and re-saved copies with a date suffix. 2,000 notes come to
 * about 25 MB. Every file is valid UTF-8 markdown.
 *
 * <p>The meetings themselves are {@link VaultGenerator}'s notes (front matter, sections, terms, chips, tasks),
 * so extraction and account naming see the same kind of text as in the 10k benchmark.
 */
public final class RealVault {
    static final int VERSION = 1;
    private static final String[] SPEAKERS = {"Jordan Reyes", "Priya Patel", "Marcus Chen", "Elena Rossi",
        "Omar Haddad", "Tess Larsen", "Kenji Sato", "Dana Morgan"};
    private static final String[] FILL = ("so the the a and of to in for on with that is was we they it as at by "
            + "from this will be are have next team said asked plan need want more about yeah right okay I think "
            + "really mean kind of like just so um basically honestly").split(" ");
    private static final String[] TOPICS = {"checkpoint storage", "power delivery", "liquid cooling", "RAG corpora",
        "tenant isolation", "the renewal", "the pilot", "network fabric", "sovereign regions", "token pricing",
        "eval pipelines", "procurement timing", "backup retention", "rack density", "capacity planning"};

    private final long seed;
    private final VaultGenerator meetings;

    public RealVault(long seed) {
        this.seed = seed;
        this.meetings = new VaultGenerator(seed);
    }

    /** Writes (or reuses) {@code dir/real-vault-n}; {@code n} files, half of them copies. */
    public Path write(Path dir, int n) {
        Path root = dir.resolve("real-vault-" + n);
        Path marker = root.resolve(VaultGenerator.MARKER);
        String stamp = "real " + VERSION + " " + seed + " " + n;
        try {
            if (Files.isRegularFile(marker) && Files.readString(marker).equals(stamp)) {
                return root;
            }
            Bench.deleteTree(root);
            Files.createDirectories(root);
            IntStream.range(0, n).parallel().forEach(i -> {
                VaultGenerator.GenNote g = file(i, n);
                Path p = root.resolve(g.relPath());
                try {
                    Files.createDirectories(p.getParent());
                    Files.writeString(p, g.text(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Files.writeString(marker, stamp);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** File i of an n-file vault: the first half are originals, the second half copies of them. */
    VaultGenerator.GenNote file(int i, int n) {
        int originals = (n + 1) / 2;
        if (i < originals) {
            return original(i);
        }
        Random r = new Random(VaultGenerator.mix(seed * 31 + i));
        int of = r.nextInt(originals);
        VaultGenerator.GenNote o = original(of);
        String name = o.relPath().substring(o.relPath().lastIndexOf('/') + 1);
        String stem = name.substring(0, name.length() - 3);
        String folder = o.relPath().substring(0, o.relPath().lastIndexOf('/'));
        return switch (r.nextInt(4)) {
            case 0 -> new VaultGenerator.GenNote("_archive/2025/" + folder + "/" + name + "." + i + ".md",
                    o.account(), o.text());
            case 1 -> new VaultGenerator.GenNote("pre-reimport-2025-10-0" + (1 + i % 9) + "/" + folder + "/" + stem
                    + " " + i + ".md", o.account(), o.text());
            case 2 -> new VaultGenerator.GenNote("duplicates/" + stem + " (copy " + i + ").md", o.account(),
                    changeALine(o.text(), r));
            default -> new VaultGenerator.GenNote(folder + "/" + stem + " 2025-10-1" + (i % 10) + "_" + i + ".md",
                    o.account(), changeALine(o.text(), r));
        };
    }

    private VaultGenerator.GenNote original(int i) {
        VaultGenerator.GenNote m = meetings.note(i * 7 + 3); // spread over the generator's accounts and dates
        Random r = new Random(VaultGenerator.mix(seed * 17 + i));
        boolean transcript = r.nextInt(11) == 0;
        int target = transcript ? 40_000 + r.nextInt(30_000) : 5_000 + (int) Math.min(20_000, -Math.log(1 - r.nextDouble()) * 2_800);
        StringBuilder b = new StringBuilder(target + 4_000).append(m.text());
        if (!m.text().endsWith("\n")) {
            b.append('\n');
        }
        table(b, r, m.account());
        if (transcript) {
            b.append("\n## Transcript\n\n");
            while (b.length() < target) {
                turn(b, r, m.account());
            }
        } else {
            b.append("\n## Discussion\n\n");
            while (b.length() < target) {
                paragraph(b, r, m.account());
                if (r.nextInt(8) == 0) {
                    table(b, r, m.account());
                }
            }
        }
        String rel = m.relPath();
        // deep folders: Work/02 Clients/<account>/Meetings/<year>/<month>/file, inbox notes under Work/Inbox/...
        String file = rel.substring(rel.lastIndexOf('/') + 1);
        String date = file.length() >= 10 ? file.substring(0, 10) : "2025-01-01";
        String ym = date.length() >= 7 ? date.substring(0, 4) + "/" + date.substring(5, 7) : "misc";
        String folder = rel.startsWith("Accounts/")
                ? "Work/02 Clients/" + rel.substring(9, rel.lastIndexOf('/')) + "/" + (transcript ? "Transcripts" : "Meetings")
                + "/" + ym
                : "Work/Inbox/" + ym + "/week " + (1 + r.nextInt(5));
        String text = m.text().contains("\r\n") ? b.toString().replace("\r\n", "\n").replace("\n", "\r\n") : b.toString();
        return new VaultGenerator.GenNote(folder + "/" + file, m.account(), text);
    }

    private static void table(StringBuilder b, Random r, String account) {
        b.append("\n| Site | Accelerator | MW | Racks | Status | Owner | Next step |\n");
        b.append("|---|---|---:|---:|---|---|---|\n");
        int rows = 8 + r.nextInt(30);
        LocalDate d = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(300));
        for (int i = 0; i < rows; i++) {
            b.append("| ").append(account).append(" site ").append(1 + r.nextInt(40))
                    .append(" | ").append(VaultGenerator.pick(r, new String[] {"GB300", "GB200", "H200", "MI355X",
                            "TPU v7", "Trainium2"}))
                    .append(" | ").append(10 + r.nextInt(490))
                    .append(" | ").append(r.nextInt(2000))
                    .append(" | ").append(VaultGenerator.pick(r, new String[] {"live", "ramping", "planned", "at risk",
                            "blocked"}))
                    .append(" | ").append(VaultGenerator.pick(r, SPEAKERS))
                    .append(" | review ").append(VaultGenerator.pick(r, TOPICS)).append(" by ").append(d.plusDays(i * 3L))
                    .append(" |\n");
        }
        b.append('\n');
    }

    private void turn(StringBuilder b, Random r, String account) {
        int s = r.nextInt(3600 * 2);
        b.append("**").append(VaultGenerator.pick(r, SPEAKERS)).append("** (")
                .append(String.format("%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)).append("): ");
        sentences(b, r, account, 1 + r.nextInt(5));
        b.append("\n\n");
    }

    private void paragraph(StringBuilder b, Random r, String account) {
        if (r.nextInt(4) == 0) {
            for (int i = 0; i < 2 + r.nextInt(5); i++) {
                b.append("- ");
                sentences(b, r, account, 1);
                b.append('\n');
            }
            b.append('\n');
            return;
        }
        sentences(b, r, account, 3 + r.nextInt(6));
        b.append("\n\n");
    }

    private void sentences(StringBuilder b, Random r, String account, int n) {
        for (int k = 0; k < n; k++) {
            int words = 8 + r.nextInt(18);
            for (int w = 0; w < words; w++) {
                String word = switch (r.nextInt(14)) {
                    case 0, 1, 2 -> meetings.vocabWord(r);
                    case 3 -> VaultGenerator.pick(r, TOPICS);
                    case 4 -> r.nextInt(6) == 0 ? account : VaultGenerator.pick(r, FILL);
                    default -> VaultGenerator.pick(r, FILL);
                };
                if (w == 0) {
                    word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                }
                b.append(word).append(w + 1 < words ? " " : ". ");
            }
        }
    }

    /** A copy someone touched: one line of the text (not the front matter) replaced. */
    private static String changeALine(String text, Random r) {
        String[] lines = text.split("\n", -1);
        int start = Math.min(lines.length - 1, 15);
        int at = start + r.nextInt(Math.max(1, lines.length - start));
        lines[at] = "- Edited after the call: follow up on " + VaultGenerator.pick(r, TOPICS) + ".";
        return String.join("\n", lines);
    }

    /** Writes a vault: {@code RealVault DIR [N]} (N = 2000). */
    public static void main(String[] args) {
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Path v = new RealVault(Long.getLong("bench.seed", 20261126L)).write(Path.of(args[0]), n);
        System.out.println(v);
    }
}
