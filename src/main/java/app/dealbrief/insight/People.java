package app.dealbrief.insight;

import app.dealbrief.domain.Note;
import app.dealbrief.domain.Person;
import app.dealbrief.domain.Section;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The account's people: meeting participants and attendees, with company and role from person notes
 * ({@code company:}/{@code org:}/{@code employer:} and {@code title:}/{@code role:}), from "(Director, Azure AI)"
 * after a name and from sentences such as "Greg Halvorsen is the Director of Azure AI at Microsoft". The vault
 * owner ("Me" in Preferences, their aliases, a near-miss spelling) is never listed. The account's side first.
 */
final class People {
    private static final Set<String> SELF = Set.of("me", "myself", "i", "self", "you", "me myself");
    private static final List<String> COMPANY_KEYS = List.of("company", "org", "organization", "organisation",
            "employer", "account");
    private static final List<String> ROLE_KEYS = List.of("role", "title", "job_title", "jobtitle", "position");
    private static final Pattern IS_THE = Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+){1,2}) (?:is|was|has been) (?:the |a |an |our |their )?"
                    + "([\\p{L}][\\p{L} ,&/-]{2,60}?) (?:at|with) (\\p{Lu}[\\p{L}\\p{N}&-]*(?: \\p{Lu}[\\p{L}\\p{N}&-]*){0,3})");

    private People() {
    }

    private static final class Entry {
        String name;
        String company;
        String role;
        LocalDate last;
        final Set<Integer> meetings = new HashSet<>();
    }

    static List<Person> of(String account, List<Clusters.Cluster> clusters, String me, List<String> meAliases) {
        return of(account, clusters, me, meAliases, DerivedCache.once());
    }

    /** @param sentenceFacts "X is the … at Y" facts per note body, cached between builds */
    static List<Person> of(String account, List<Clusters.Cluster> clusters, String me, List<String> meAliases,
                           DerivedCache<String, List<String[]>> sentenceFacts) {
        Map<String, Entry> byKey = new LinkedHashMap<>();
        Map<String, String[]> facts = new LinkedHashMap<>(); // key -> {company, role} from person notes and sentences
        for (Clusters.Cluster c : clusters) {
            for (Note n : c.members()) {
                if (isPersonNote(n)) {
                    String name = baseName(personName(n));
                    facts.put(key(name), new String[] {text(n, COMPANY_KEYS), text(n, ROLE_KEYS)});
                    if (!n.participants().isEmpty()) {
                        continue;
                    }
                    add(byKey, name, null, c.id(), null); // the person's own page: no meeting date
                }
                for (String p : n.participants()) {
                    if (p == null || p.isBlank()) {
                        continue;
                    }
                    add(byKey, baseName(p), inParens(p), c.id(), n.date());
                }
                if (n.body() != null) {
                    for (String[] f : sentenceFacts.get(n.body(), b -> sentences(n))) {
                        String[] known = facts.computeIfAbsent(f[0], k -> new String[2]);
                        known[1] = known[1] == null ? f[2] : known[1];
                        known[0] = known[0] == null ? f[1] : known[0];
                    }
                }
            }
        }
        mergeFirstNames(byKey);
        List<Person> out = new ArrayList<>();
        for (Map.Entry<String, Entry> e : byKey.entrySet()) {
            Entry p = e.getValue();
            if (isMe(p.name, me, meAliases)) {
                continue;
            }
            String company = p.company;
            String role = p.role;
            String[] f = facts.get(e.getKey());
            if (f != null) {
                company = company != null ? company : f[0];
                role = role != null ? role : f[1];
            }
            out.add(new Person(p.name, company, role, p.last, p.meetings.size()));
        }
        out.sort(Comparator.comparing((Person p) -> p.company() == null || !p.company().equalsIgnoreCase(account))
                .thenComparing(Person::lastContact, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(p -> -p.noteCount()).thenComparing(Person::name));
        return out;
    }

    /** "Ava" in one note and "Ava Sinclair" in another are one person when only one full name starts so. */
    private static void mergeFirstNames(Map<String, Entry> byKey) {
        List<String> single = byKey.keySet().stream().filter(k -> !k.contains(" ")).toList();
        for (String first : single) {
            List<String> full = byKey.keySet().stream().filter(k -> k.startsWith(first + " ")).toList();
            if (full.size() == 1) {
                Entry from = byKey.remove(first);
                Entry to = byKey.get(full.get(0));
                to.meetings.addAll(from.meetings);
                if (from.last != null && (to.last == null || from.last.isAfter(to.last))) {
                    to.last = from.last;
                }
            }
        }
    }

    private static void add(Map<String, Entry> byKey, String name, String[] paren, int meeting, LocalDate date) {
        String k = key(name);
        if (k.isEmpty() || k.length() > 80) {
            return;
        }
        Entry e = byKey.computeIfAbsent(k, x -> new Entry());
        if (e.name == null || (e.name.equals(e.name.toLowerCase(Locale.ROOT)) && !name.equals(name.toLowerCase(Locale.ROOT)))) {
            e.name = name; // "Dana Whitfield" over "dana whitfield"
        }
        if (paren != null) {
            e.company = e.company == null ? paren[0] : e.company;
            e.role = e.role == null ? paren[1] : e.role;
        }
        e.meetings.add(meeting);
        if (date != null && (e.last == null || date.isAfter(e.last))) {
            e.last = date;
        }
    }

    /** "Name (Director, Azure AI)" -> {null, role}; "Name (Microsoft)" -> {company, null}; else null. */
    private static String[] inParens(String raw) {
        int open = raw.indexOf('(');
        int close = raw.lastIndexOf(')');
        if (open < 0 || close <= open) {
            return null;
        }
        String inside = raw.substring(open + 1, close).strip();
        if (inside.isEmpty()) {
            return null;
        }
        int comma = inside.lastIndexOf(',');
        String[] words = inside.split("\\s+");
        boolean looksLikeCompany = comma < 0 && words.length <= 3 && Character.isUpperCase(inside.charAt(0))
                && !ROLE_WORDS.matcher(inside).find();
        return looksLikeCompany ? new String[] {inside, null} : new String[] {null, inside};
    }

    private static final Pattern ROLE_WORDS = Pattern.compile("(?i)\\b(director|manager|head|vp|svp|evp|cto|ceo|cfo|"
            + "coo|cio|ciso|lead|engineer|architect|president|founder|chief|principal|partner|analyst|officer|"
            + "buyer|procurement|sales|marketing|product|operations|infrastructure|researcher|scientist|ae|se|executive|"
            + "account|customer|success|solutions|technical|specialist|consultant|counsel|legal|finance|assistant|"
            + "coordinator|representative|rep|staff|member|fellow|advisor|owner|sponsor|champion)\\b");

    /** {person key, company, role} for each "Greg Halvorsen is the Director … at Microsoft" in the note. */
    private static List<String[]> sentences(Note n) {
        List<String[]> out = new ArrayList<>();
        for (Section s : n.sections()) {
            for (Section.Block b : s.blocks()) {
                if (b.text() == null || b.text().length() > 20_000 || b.text().indexOf(" is ") < 0
                        && b.text().indexOf(" was ") < 0 && b.text().indexOf(" has been ") < 0) {
                    continue;
                }
                Matcher m = IS_THE.matcher(b.text());
                while (m.find()) {
                    out.add(new String[] {key(m.group(1)), trimEnd(m.group(3)), m.group(2).strip()});
                }
            }
        }
        return List.copyOf(out);
    }

    /** A person note is named by its file ("Greg Halvorsen.md"): its {@code title:} key is often the job title. */
    private static String personName(Note n) {
        if (n.path() != null) {
            String f = n.path().replace('\\', '/');
            f = f.substring(f.lastIndexOf('/') + 1);
            if (f.toLowerCase(Locale.ROOT).endsWith(".md")) {
                f = f.substring(0, f.length() - 3);
            }
            if (!f.isBlank()) {
                return f;
            }
        }
        return n.title();
    }

    static boolean isPersonNote(Note n) {
        if (app.dealbrief.domain.NoteFolders.anyFolder(n.path(), app.dealbrief.domain.NoteFolders::isTemplates)) {
            return false; // Templates/Actor Template.md (categories: [[People]]) is the form of a person, not one
        }
        String type = n.type() == null ? "" : n.type().toLowerCase(Locale.ROOT);
        if (type.equals("person") || type.equals("people") || type.equals("contact")) {
            return true;
        }
        for (String t : n.tags()) {
            String l = t.toLowerCase(Locale.ROOT);
            if (l.equals("person") || l.equals("people") || l.equals("contact") || l.endsWith("/person")) {
                return true;
            }
        }
        Object categories = n.frontMatter().get("categories");
        if (categories != null) {
            String c = String.valueOf(categories).toLowerCase(Locale.ROOT);
            if (c.contains("people") || c.contains("person") || c.contains("contact")) {
                return true; // categories: [[People]]
            }
        }
        String path = n.path() == null ? "" : n.path().replace('\\', '/').toLowerCase(Locale.ROOT);
        return path.contains("/people/") || path.contains("/contacts/") || path.contains("/persons/");
    }

    private static String text(Note n, List<String> keys) {
        for (String k : keys) {
            Object v = n.frontMatter().get(k);
            String s = v == null ? null : clean(v);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    private static String clean(Object v) {
        Object x = v;
        while (x instanceof java.util.Collection<?> c && !c.isEmpty()) {
            x = c.iterator().next();
        }
        if (x == null || x instanceof java.util.Collection<?> || x instanceof Map<?, ?>) {
            return null;
        }
        String s = String.valueOf(x).replace('\u00a0', ' ').strip();
        if (s.startsWith("[[") && s.endsWith("]]")) {
            s = s.substring(2, s.length() - 2);
            int bar = s.indexOf('|');
            s = bar >= 0 ? s.substring(0, bar) : s;
        }
        return s.isBlank() || s.contains("{{") ? null : s.strip();
    }

    private static String trimEnd(String s) {
        String t = s.strip();
        while (!t.isEmpty() && ".,;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    static boolean isMe(String name, String me, List<String> aliases) {
        String k = key(name);
        if (SELF.contains(k)) {
            return true;
        }
        List<String> mine = new ArrayList<>(aliases);
        if (me != null) {
            mine.add(me);
        }
        for (String m : mine) {
            String mk = key(m);
            if (mk.isEmpty()) {
                continue;
            }
            if (mk.equals(k)) {
                return true;
            }
            int allowed = mk.length() >= 10 ? 2 : mk.length() >= 6 ? 1 : 0;
            if (allowed > 0 && Math.abs(mk.length() - k.length()) <= allowed && distance(mk, k) <= allowed) {
                return true;
            }
        }
        return false;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** "Dana Whitfield (AE)" -> "Dana Whitfield"; "@Dana" -> "Dana"; a wiki link's target. */
    static String baseName(String raw) {
        String s = raw == null ? "" : raw.replace('\u00a0', ' ').strip();
        if (s.startsWith("@")) {
            s = s.substring(1);
        }
        if (s.startsWith("[[") && s.contains("]]")) {
            s = s.substring(2, s.indexOf("]]"));
            int bar = s.indexOf('|');
            s = bar >= 0 ? s.substring(0, bar) : s;
        }
        int paren = s.indexOf('(');
        return (paren > 0 ? s.substring(0, paren) : s).strip();
    }

    private static String key(String name) {
        return baseName(name).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
