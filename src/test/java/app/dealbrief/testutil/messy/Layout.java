package app.dealbrief.testutil.messy;

import app.dealbrief.testutil.messy.Meeting.Copy;
import app.dealbrief.testutil.messy.Meeting.Kind;
import app.dealbrief.testutil.messy.Meeting.Style;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Decides every meeting cluster: its account, day, how many copies were saved, where each copy lives, its front
 * matter style and the raw account value it carries. Counts come from shuffled bags of fixed size, so every seed
 * gives the same number of each pattern; the seed only decides which note gets which.
 */
final class Layout {
    static final LocalDate FIRST = LocalDate.of(2025, 6, 2);
    static final LocalDate LAST = LocalDate.of(2025, 12, 12);
    /** The vault was re-imported on this day; the folder of that name holds copies older than it. */
    static final LocalDate REIMPORT = LocalDate.of(2025, 10, 1);
    static final String REIMPORT_FOLDER = "pre-reimport-2025-10-01";
    static final List<String> PLACEHOLDERS = List.of("{{ account }}", "{{FOLDER_LEAF}}", "[[]]", "", "_Unknown_",
            "Company Name");
    /** Copies per duplicated cluster; the other regular meetings are saved once. */
    private static final int[] COPY_BAG = {3, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 6, 6, 7, 8, 2, 2, 2};

    private final Random r;
    private final Set<String> paths = new HashSet<>();
    final List<Meeting> meetings = new ArrayList<>();
    private int counter;

    Layout(Random r) {
        this.r = r;
    }

    List<Meeting> plan(Content content) {
        List<Meeting> regular = new ArrayList<>();
        for (Cast.Account a : Cast.ACCOUNTS) {
            for (int i = 0; i < a.meetings(); i++) {
                regular.add(meeting(a, day(), kind()));
            }
        }
        List<Meeting> special = new ArrayList<>();
        special.add(sameDay(regular, "Microsoft", Kind.EMAIL, null));
        special.add(sameDay(regular, "OpenAI", Kind.CALL, "Call with data platform"));
        special.add(sameDay(regular, "CoreWeave", Kind.CALL, "twin"));
        String[] logisticsFor = {"Microsoft", "OpenAI", "CoreWeave", "Nebius", "Halvard Systems", "Meta", "Quillon Labs"};
        for (String a : logisticsFor) {
            special.add(meeting(Cast.account(a), day(), Kind.LOGISTICS));
        }
        String[] stubFor = {"OpenAI", "xAI", "Nebius", "Meta"};
        for (int i = 0; i < stubFor.length; i++) {
            Meeting s = meeting(Cast.account(stubFor[i]), day(), Kind.STUB);
            s.stubType = i;
            special.add(s);
        }

        int[] copies = copyCounts(regular);
        for (int i = 0; i < regular.size(); i++) {
            content.fill(regular.get(i), copies[i]);
        }
        for (Meeting m : special) {
            content.fill(m, m.kind == Kind.LOGISTICS && m.account.name().equals("Microsoft") ? 3 : 1);
        }
        homes(regular);
        for (Meeting m : special) {
            specialHome(m);
        }
        meetings.addAll(regular);
        meetings.addAll(special);
        meetings.sort((x, y) -> x.date.compareTo(y.date) != 0 ? x.date.compareTo(y.date) : x.id.compareTo(y.id));
        accountValues();
        return meetings;
    }

    private Meeting meeting(Cast.Account a, LocalDate d, Kind k) {
        LocalTime t = LocalTime.of(8 + r.nextInt(9), r.nextBoolean() ? 0 : 30);
        return new Meeting(String.format("m%03d-%s-%s", ++counter, a.slug(), d), a, d, t, k);
    }

    private LocalDate day() {
        long span = LAST.toEpochDay() - FIRST.toEpochDay();
        LocalDate d = FIRST.plusDays(r.nextInt((int) span + 1));
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }

    private Kind kind() {
        int x = r.nextInt(10);
        return x < 4 ? Kind.CALL : x < 6 ? Kind.MEETING : x < 8 ? Kind.EMAIL : x < 9 ? Kind.WORKSHOP : Kind.QBR;
    }

    /** A second, unrelated meeting on the day of one of the account's meetings; must never be clustered with it. */
    private Meeting sameDay(List<Meeting> regular, String account, Kind k, String stemTail) {
        Meeting first = null;
        for (boolean strict : new boolean[] {true, false}) {
            for (Meeting m : regular) {
                boolean kindOk = !strict || (k == Kind.EMAIL ? m.kind != Kind.EMAIL : m.kind == k);
                if (first == null && m.account.name().equals(account) && kindOk) {
                    first = m;
                }
            }
        }
        boolean twin = "twin".equals(stemTail);
        Meeting m = meeting(first.account, first.date, twin ? first.kind : k);
        if (twin) {
            m.twinOf = first;
            first.pinned = true;
        } else if (stemTail != null) {
            m.stem = first.date + " - " + stemTail;
        }
        return m;
    }

    private int[] copyCounts(List<Meeting> regular) {
        List<Integer> bag = new ArrayList<>();
        for (int c : COPY_BAG) {
            bag.add(c);
        }
        while (bag.size() < regular.size()) {
            bag.add(1);
        }
        Collections.shuffle(bag, r);
        for (int i = 0; i < regular.size(); i++) {
            if (regular.get(i).pinned && bag.get(i) != 1) {
                for (int j = 0; j < bag.size(); j++) {
                    if (bag.get(j) == 1 && !regular.get(j).pinned) {
                        Collections.swap(bag, i, j);
                        break;
                    }
                }
            }
        }
        int[] out = new int[regular.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bag.get(i);
        }
        return out;
    }

    /** In-folder share per account and style shares per place are fixed; which meeting gets which is shuffled. */
    private void homes(List<Meeting> regular) {
        List<Meeting> inFolder = new ArrayList<>();
        List<Meeting> outside = new ArrayList<>();
        for (Cast.Account a : Cast.ACCOUNTS) {
            List<Meeting> mine = new ArrayList<>();
            for (Meeting m : regular) {
                if (m.account == a) {
                    mine.add(m);
                }
            }
            Collections.shuffle(mine, r);
            mine.sort((x, y) -> Boolean.compare(y.pinned, x.pinned)); // the twin's partner stays in the folder
            int keep = a.folder() == null ? 0 : Math.round(mine.size() * 0.7f);
            inFolder.addAll(mine.subList(0, keep));
            outside.addAll(mine.subList(keep, mine.size()));
        }
        List<Style> inStyles = styles(inFolder.size(), 0.4, 0.2, 0.2);
        for (int i = 0; i < inFolder.size(); i++) {
            place(inFolder.get(i), folderDir(inFolder.get(i)), inStyles.get(i));
        }
        List<Style> outStyles = styles(outside.size(), 0.45, 0.2, 0.2);
        for (int i = 0; i < outside.size(); i++) {
            place(outside.get(i), outsideDir(outside.get(i)), outStyles.get(i));
        }
    }

    private List<Style> styles(int n, double gen, double kep, double hand) {
        List<Style> bag = new ArrayList<>();
        int g = (int) Math.round(n * gen);
        int k = (int) Math.round(n * kep);
        int h = (int) Math.round(n * hand);
        for (int i = 0; i < n; i++) {
            bag.add(i < g ? Style.GENERATOR : i < g + k ? Style.KEPANO : i < g + k + h ? Style.HAND : Style.NONE);
        }
        Collections.shuffle(bag, r);
        return bag;
    }

    private String folderDir(Meeting m) {
        String f = m.account.folder();
        return switch (m.account.name()) {
            case "Microsoft" -> m.kind == Kind.EMAIL ? f + "/Emails" : r.nextInt(4) > 0 ? f + "/Meetings/2025" : f;
            case "Nebius" -> f + "/Calls";
            case "Halvard Systems" -> m.kind == Kind.EMAIL ? f + "/Emails" : f;
            case "CoreWeave" -> r.nextBoolean() ? f + "/Meetings" : f;
            default -> f;
        };
    }

    private String outsideDir(Meeting m) {
        if (m.kind == Kind.EMAIL) {
            return "Inbox/Email";
        }
        return List.of("Inbox", "Inbox", "Meetings", "Notes", "Calls/2025").get(r.nextInt(5));
    }

    private void specialHome(Meeting m) {
        Cast.Account a = m.account;
        if (m.twinOf != null) {
            Meeting t = m.twinOf;
            Copy only = t.copies.get(t.copies.size() - 1);
            String dir = only.path().substring(0, only.path().lastIndexOf('/'));
            m.stem = t.stem + " (2)";
            place(m, dir, only.style());
            return;
        }
        switch (m.kind) {
            case LOGISTICS -> place(m, a.folder() != null && r.nextBoolean() ? a.folder() : "Inbox",
                    r.nextBoolean() ? Style.GENERATOR : Style.NONE);
            case STUB -> {
                String[] dirs = {a.folder(), a.folder(), "Inbox", "Meetings"};
                Style[] styles = {Style.HAND, Style.NONE, Style.GENERATOR, Style.KEPANO};
                m.stem = switch (m.stubType) {
                    case 0 -> "Untitled";
                    case 1 -> m.date + " - Call";
                    case 2 -> m.date + " - Sync";
                    default -> m.date + " Meeting with " + m.theirs.get(0).first();
                };
                place(m, dirs[m.stubType], styles[m.stubType]);
            }
            default -> place(m, a.folder() != null ? folderDir(m) : outsideDir(m), Style.GENERATOR);
        }
    }

    /** Lays out the meeting's copies around its home folder, oldest first. */
    private void place(Meeting m, String dir, Style style) {
        if (m.stem == null) {
            m.stem = stem(m, style, dir);
        }
        int k = m.copiesWanted;
        List<Copy> cs = new ArrayList<>();
        cs.add(copy(m, 4, dir + "/" + m.stem, style, "Inbox/" + m.stem + ".md"));
        List<Integer> options = new ArrayList<>(List.of(0, 0, 1, 2, 3, 5, 6, 7, 8));
        int numbered = 2;
        while (cs.size() < k) {
            int o = options.get(r.nextInt(options.size()));
            if (o != 5 && o != 8) {
                options.removeIf(x -> x == o); // one copy per archive folder; numbered and hex copies repeat
            }
            String hex = Integer.toHexString(0x1000 + r.nextInt(0xefff));
            String date = m.date.toString();
            Copy c = switch (o) {
                case 0 -> m.date.isBefore(REIMPORT.minusDays(3))
                        ? copy(m, 0, REIMPORT_FOLDER + "/" + m.stem, older(style),
                        "Inbox/" + m.stem + "-" + date.replace("-", "") + ".md") : null;
                case 1 -> copy(m, 1, "_archive/" + date + "/" + m.stem, older(style),
                        "Inbox/_archive/" + date + "/" + m.stem + ".md");
                case 2 -> copy(m, 2, "duplicates/" + m.stem, style, "Inbox/" + m.stem + ".md");
                case 3 -> dir.startsWith("Inbox") ? null : copy(m, 3, "Inbox/" + m.stem, style, "Inbox/" + m.stem + ".md");
                case 5 -> copy(m, 5, dir + "/" + m.stem + " " + hex, style, "Inbox/" + m.stem + " " + hex + ".md");
                case 6 -> m.account.folder() == null ? null : copy(m, 1, m.account.folder() + "/_archive/" + m.stem,
                        older(style), "Inbox/_archive/" + date + "/" + m.stem + ".md");
                case 7 -> copy(m, 1, "Clients/_archive/" + m.stem, style, "Inbox/" + m.stem + ".md");
                default -> {
                    int n = numbered++;
                    yield copy(m, 5 + n, dir + "/" + m.stem + " (" + n + ")", style,
                            "Inbox/" + m.stem + " (" + n + ").md");
                }
            };
            if (c != null) {
                cs.add(c);
            }
        }
        cs.sort((x, y) -> Integer.compare(x.version(), y.version()));
        for (int v = 0; v < cs.size(); v++) {
            Copy c = cs.get(v);
            boolean extra = k > 1 && (v == cs.size() - 1 || v > 0 && r.nextBoolean());
            int drop = v < cs.size() - 1 && r.nextInt(3) == 0 ? r.nextInt(Math.max(1, m.bullets.size())) : -1;
            m.copies.add(new Copy(v, c.path(), c.style(), null, c.inFolder(), r.nextInt(7) == 0,
                    r.nextInt(12) == 0, c.sourceRef(), extra, drop, r.nextLong(), r.nextInt(4) == 0,
                    r.nextInt(3) == 0));
        }
    }

    /** {@code rank} orders copies from oldest to newest; it is kept in the version slot until sorted. */
    private Copy copy(Meeting m, int rank, String pathNoExt, Style style, String sourceRef) {
        String p = pathNoExt + ".md";
        while (!paths.add(p.toLowerCase())) {
            pathNoExt = pathNoExt + " " + m.time.toString().replace(":", "");
            p = pathNoExt + ".md";
        }
        String f = m.account.folder();
        boolean in = f != null && p.startsWith(f + "/");
        return new Copy(rank, p, style, null, in, false, false, sourceRef, false, -1, 0, false, false);
    }

    /** Older copies were often written by an earlier version of the generator, in another layout. */
    private Style older(Style s) {
        if (r.nextBoolean()) {
            return s;
        }
        Style[] all = Style.values();
        return all[r.nextInt(all.length)];
    }

    /** "Moving our call to Thursday at 9:30 PT; ..." -> "Moving our call to Thursday at 9". */
    private static String logisticsStem(String sentence) {
        String head = sentence.split("[;:.,?]")[0].split(" at ")[0];
        String[] words = head.split(" ");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(6, words.length))).strip();
    }

    private String stem(Meeting m, Style style, String dir) {
        String d = m.date.toString();
        String kind = switch (m.kind) {
            case CALL -> "Call";
            case MEETING -> "Meeting";
            case WORKSHOP -> "Workshop";
            case QBR -> "QBR";
            case EMAIL -> "RE_ " + Character.toUpperCase(m.topic.charAt(0)) + m.topic.substring(1);
            case LOGISTICS -> logisticsStem(m.logistics);
            case STUB -> "Untitled";
        };
        boolean folder = m.account.folder() != null && dir.startsWith(m.account.folder());
        return switch (style) {
            case KEPANO -> m.kind == Kind.LOGISTICS ? d + " - " + kind
                    : d + (m.kind == Kind.EMAIL ? " Email from " : " Meeting with ") + m.theirs.get(0).first();
            case HAND -> folder ? d + " " + m.topic : m.account.name() + " " + m.topic + " " + d;
            default -> d + " - " + kind;
        };
    }

    /**
     * Placeholders go only where another clue names the account (the folder, or a generator title that carries the
     * name); the other copies cycle through the account's spellings so each alias shows up.
     */
    private void accountValues() {
        List<int[]> eligibleIn = new ArrayList<>();
        List<int[]> eligibleOut = new ArrayList<>();
        for (int i = 0; i < meetings.size(); i++) {
            Meeting m = meetings.get(i);
            for (int v = 0; v < m.copies.size(); v++) {
                Copy c = m.copies.get(v);
                if (m.kind == Kind.STUB || c.style() == Style.NONE) {
                    continue;
                }
                if (c.inFolder()) {
                    eligibleIn.add(new int[] {i, v});
                } else if (c.style() == Style.GENERATOR && m.kind != Kind.LOGISTICS) {
                    eligibleOut.add(new int[] {i, v});
                }
            }
        }
        Collections.shuffle(eligibleIn, r);
        Collections.shuffle(eligibleOut, r);
        List<int[]> chosen = new ArrayList<>(eligibleIn.subList(0, Math.min(10, eligibleIn.size())));
        chosen.addAll(eligibleOut.subList(0, Math.min(6, eligibleOut.size())));
        Set<String> placeholder = new HashSet<>();
        for (int j = 0; j < chosen.size(); j++) {
            int[] iv = chosen.get(j);
            setValue(iv[0], iv[1], PLACEHOLDERS.get(j % PLACEHOLDERS.size()));
            placeholder.add(iv[0] + "/" + iv[1]);
        }
        for (Cast.Account a : Cast.ACCOUNTS) {
            // every alias first, so each is used; then mostly the plain name
            List<String> forms = new ArrayList<>(a.aliases());
            Collections.shuffle(forms, r);
            List<String> rest = new ArrayList<>(List.of(a.name(), a.name(), a.name(), "[[" + a.name() + "]]",
                    a.name().toLowerCase()));
            for (String al : a.aliases()) {
                if (al.startsWith("\u00a0")) {
                    rest.add(al); // the no-break space is the easiest one to miss: show it twice
                }
            }
            Collections.shuffle(rest, r);
            forms.addAll(rest);
            int next = 0;
            for (int i = 0; i < meetings.size(); i++) {
                Meeting m = meetings.get(i);
                if (m.account != a) {
                    continue;
                }
                for (int v = 0; v < m.copies.size(); v++) {
                    if (m.copies.get(v).style() == Style.NONE || placeholder.contains(i + "/" + v)) {
                        continue;
                    }
                    setValue(i, v, m.kind == Kind.STUB ? a.name() : forms.get(next++ % forms.size()));
                }
            }
        }
    }

    private void setValue(int i, int v, String value) {
        Meeting m = meetings.get(i);
        Copy c = m.copies.get(v);
        m.copies.set(v, new Copy(c.version(), c.path(), c.style(), value, c.inFolder(), c.crlf(), c.bom(),
                c.sourceRef(), c.withExtra(), c.dropBullet(), c.rewordSeed(), c.isoDateTime(), c.commaTags()));
    }
}
