package app.dealbrief.testutil.messy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A messy fixture vault and what a careful user would conclude about each of its notes. See the package
 * documentation for the patterns and the rules of the ground truth. Same seed, same bytes.
 */
public final class MessyVault {
    /** The default "today" for {@link #expectedOpenTasks()}. */
    public static final LocalDate TODAY = LocalDate.of(2025, 12, 15);
    /** An open item whose due date is more than this many days before today is "older" and left out. */
    public static final int OVERDUE_DAYS = 60;

    /** @param status open, in-progress or proposed */
    public record Task(String text, String status) {
    }

    /**
     * A task with where it came from. {@code copies} is the number of files of its cluster that contain it.
     *
     * @param due null when the task has none
     */
    public record TaskDetail(String account, String text, String status, String owner, LocalDate due,
                             String cluster, int copies) {
        public Task task() {
            return new Task(text, status);
        }
    }

    private final Path root;
    private final Truth truth;

    private MessyVault(Path root, Truth truth) {
        this.root = root;
        this.truth = truth;
    }

    /** Writes the vault under {@code root} (created if missing; existing files of the same name are replaced). */
    public static MessyVault write(Path root, long seed) {
        Random r = new Random(seed);
        Prose prose = new Prose(r);
        Truth truth = new Truth();
        List<Meeting> meetings = new Layout(r).plan(new Content(r, prose));
        for (Meeting m : meetings) {
            for (Meeting.Copy c : m.copies) {
                Set<String> patterns = new LinkedHashSet<>();
                String text = Render.copy(m, c, truth, patterns);
                patterns.addAll(copyPatterns(m, c, meetings));
                LocalDateTime modified = m.date.atTime(m.time).plusHours(1).plusMinutes(25L * c.version());
                truth.add(new Doc(Path.of(c.path()), text, m.account.name(), m.id, c.inFolder(), patterns,
                        c.crlf(), c.bom(), modified));
            }
            truth.tasks(m.account.name(), m.id, m.tasks, m.copies.size());
        }
        new Directory(r, prose, truth).write();
        new Personal(r, prose, truth, meetings).write();
        truth.writeAll(root);
        return new MessyVault(root, truth);
    }

    private static Set<String> copyPatterns(Meeting m, Meeting.Copy c, List<Meeting> all) {
        Set<String> p = new LinkedHashSet<>();
        p.add("meeting");
        String path = c.path();
        if (c.inFolder()) {
            p.add("account-folder");
            String rest = path.substring(m.account.folder().length() + 1);
            if (rest.split("/").length > 2) {
                p.add("nested-account-folder");
            }
            if (!m.account.folder().endsWith("/" + m.account.name())) {
                p.add("alias-folder");
            }
        }
        if (m.copies.size() > 1) {
            p.add("duplicate-copy");
        }
        if (path.startsWith("_archive/") || path.startsWith("duplicates/") || path.startsWith(Layout.REIMPORT_FOLDER)
                || path.contains("/_archive/")) {
            p.add("archive-copy");
        }
        if (path.startsWith(Layout.REIMPORT_FOLDER + "/")) {
            p.add("pre-reimport-copy");
        }
        if (path.startsWith("Clients/_archive/")) {
            p.add("archive-under-account-parent");
        }
        for (Meeting o : all) {
            if (o != m && o.account == m.account && o.date.equals(m.date)) {
                p.add("same-day-distinct");
            }
        }
        if (m.twinOf != null || m.pinned) {
            p.add("same-name-distinct");
        }
        if (c.crlf()) {
            p.add("crlf");
        }
        if (c.bom()) {
            p.add("bom");
        }
        for (Meeting.TaskSpec t : m.tasks) {
            char mine = t.boxes[c.version()];
            if (mine == ' ' && t.finalBox() == 'x') {
                p.add(t == m.lostTick ? "task-done-only-in-older-copy" : "task-done-in-another-copy");
            }
        }
        return p;
    }

    public Path root() {
        return root;
    }

    /** Relative path -> canonical account; null values for notes that belong to no account. */
    public Map<Path, String> expectedAccount() {
        Map<Path, String> out = new TreeMap<>();
        for (Doc d : truth.docs) {
            out.put(d.path(), d.account());
        }
        return Collections.unmodifiableMap(out);
    }

    /** Relative path -> cluster id; copies of one meeting share an id, every other note has its own. */
    public Map<Path, String> clusterOf() {
        Map<Path, String> out = new TreeMap<>();
        for (Doc d : truth.docs) {
            out.put(d.path(), d.cluster());
        }
        return Collections.unmodifiableMap(out);
    }

    public Set<Path> insideAccountFolder() {
        Set<Path> out = new TreeSet<>();
        for (Doc d : truth.docs) {
            if (d.inAccountFolder()) {
                out.add(d.path());
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** Canonical account names, sorted. */
    public Set<String> accounts() {
        Set<String> out = new TreeSet<>();
        for (Doc d : truth.docs) {
            if (d.account() != null) {
                out.add(d.account());
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** Account -> number of notes filed under it (all copies counted). */
    public Map<String, Integer> expectedNotes() {
        Map<String, Integer> out = new TreeMap<>();
        for (Doc d : truth.docs) {
            if (d.account() != null) {
                out.merge(d.account(), 1, Integer::sum);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** Account -> number of distinct clusters among its notes. */
    public Map<String, Integer> expectedClusters() {
        Map<String, Set<String>> ids = new TreeMap<>();
        for (Doc d : truth.docs) {
            if (d.account() != null) {
                ids.computeIfAbsent(d.account(), k -> new HashSet<>()).add(d.cluster());
            }
        }
        Map<String, Integer> out = new TreeMap<>();
        ids.forEach((k, v) -> out.put(k, v.size()));
        return Collections.unmodifiableMap(out);
    }

    public Map<String, List<Task>> expectedOpenTasks() {
        return expectedOpenTasks(TODAY);
    }

    /** Account -> its real open items as of {@code today}, oldest meeting first; every account is a key. */
    public Map<String, List<Task>> expectedOpenTasks(LocalDate today) {
        Map<String, List<Task>> out = new TreeMap<>();
        for (String a : accounts()) {
            out.put(a, new ArrayList<>());
        }
        for (TaskDetail t : openTaskDetails(today)) {
            out.get(t.account()).add(t.task());
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(out);
    }

    public List<TaskDetail> openTaskDetails(LocalDate today) {
        List<TaskDetail> out = new ArrayList<>();
        LocalDate cutoff = today.minusDays(OVERDUE_DAYS);
        for (Truth.ClusterTask ct : truth.tasks) {
            Meeting.TaskSpec t = ct.spec();
            String status = switch (t.finalBox()) {
                case ' ' -> "open";
                case '/' -> "in-progress";
                case '?' -> "proposed";
                default -> null; // done or cancelled
            };
            if (status == null || t.due != null && t.due.isBefore(cutoff)) {
                continue;
            }
            int copies = 0;
            for (char b : t.boxes) {
                copies += b == 0 ? 0 : 1;
            }
            out.add(new TaskDetail(ct.account(), t.text, status, t.owner, t.due, ct.cluster(), copies));
        }
        return Collections.unmodifiableList(out);
    }

    public String me() {
        return Cast.ME;
    }

    public List<String> meAliases() {
        return Cast.ME_ALIASES;
    }

    /** The owner's employer; its people are colleagues, never an account's people. */
    public String ownCompany() {
        return Cast.OWN_COMPANY;
    }

    public List<String> colleagues() {
        List<String> out = new ArrayList<>();
        for (Cast.Person p : Cast.COLLEAGUES) {
            out.add(p.name());
        }
        return List.copyOf(out);
    }

    /** Account -> names of its own people named in its notes, sorted; every account is a key. */
    public Map<String, List<String>> expectedPeople() {
        Map<String, List<String>> out = new TreeMap<>();
        for (String a : accounts()) {
            out.put(a, List.copyOf(truth.named.getOrDefault(a, Set.of())));
        }
        return Collections.unmodifiableMap(out);
    }

    /** Every person in the vault -> canonical company (the owner and colleagues -> {@link #ownCompany()}). */
    public Map<String, String> personCompany() {
        Map<String, String> out = new TreeMap<>();
        for (Cast.Person p : Cast.PEOPLE) {
            out.put(p.name(), p.company());
        }
        for (Cast.Person p : Cast.COLLEAGUES) {
            out.put(p.name(), p.company());
        }
        out.put(Cast.ME, Cast.OWN_COMPANY);
        return Collections.unmodifiableMap(out);
    }

    /** Template leftovers written where a value belongs; none of them names an account. */
    public Set<String> placeholderValues() {
        return Collections.unmodifiableSet(new TreeSet<>(truth.placeholders));
    }

    /** Link targets, categories and folders that look like names but are not accounts. */
    public Set<String> notAccounts() {
        return Set.of("Meetings", "Emails", "People", "Companies", "Journal", "Fairwater", "Stargate",
                "GPUDirect Storage", "Checkpointing", Cast.OWN_COMPANY, Cast.ME, "Templates", "Inbox", "Daily",
                "Personal", "Notes", "Contacts", "Calls", "Clients", "CRM", "Accounts", "Customers and Partners",
                "_archive", "duplicates", Layout.REIMPORT_FOLDER);
    }

    /**
     * Canonical -> every other spelling the vault uses for it: front matter values as written (wiki brackets and a
     * leading no-break space kept), folder names, company fields of person notes, names in first lines.
     */
    public Map<String, List<String>> aliasFolds() {
        Map<String, List<String>> out = new TreeMap<>();
        truth.aliases.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    /** How often the owner is named per spelling. */
    public Map<String, Integer> meMentions() {
        return Collections.unmodifiableMap(new TreeMap<>(truth.meNamed));
    }

    /** Pattern -> number of files that show it. */
    public Map<String, Integer> patternCounts() {
        return Collections.unmodifiableMap(truth.patternCounts());
    }

    /** Relative paths of the files that show a pattern (see {@link #patternCounts()} for the names). */
    public List<Path> withPattern(String pattern) {
        List<Path> out = new ArrayList<>();
        for (Doc d : truth.docs) {
            if (d.patterns().contains(pattern)) {
                out.add(d.path());
            }
        }
        Collections.sort(out);
        return List.copyOf(out);
    }

    public int noteCount() {
        return truth.docs.size();
    }
}
