package app.dealbrief.workspace;

import app.dealbrief.domain.AccountSummary;
import app.dealbrief.domain.Note;
import app.dealbrief.domain.WikiLink;
import app.dealbrief.domain.NoteFolders;
import app.dealbrief.notes.NoteParser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One name per company: aliases from the lexicon and the user's settings fold into the canonical account
 * ("NVIDIA Corporation" and "nvidia corp." are NVIDIA), and a note that names no account gets one from its
 * title or first lines when they name a known company. Built once per import; pure after that.
 */
final class AccountNames {
    /** Corporate endings that do not change which company is meant. */
    private static final Set<String> SUFFIXES = Set.of("inc", "incorporated", "corp", "corporation", "co", "company",
            "ltd", "limited", "llc", "plc", "gmbh", "ag", "sa", "group", "holdings", "technologies", "platforms",
            "the");
    private static final int FIRST_LINES = 4;

    /** Lower-case spelling (suffixes dropped) -> canonical name. */
    private final Map<String, String> byName = new TreeMap<>();
    /** Canonical names a title or first line may name, longest first. */
    private final List<String> mentionable = new ArrayList<>();

    /** The owner's own company: notes filed under it are internal, not an account's. */
    private String ownCompany;

    AccountNames ownCompany(String company) {
        this.ownCompany = company;
        return this;
    }

    AccountNames(Map<String, ? extends Collection<String>> lexiconCompanies,
                 Map<String, ? extends Collection<String>> userAliases, Collection<String> storeAccounts) {
        // The user's own aliases win over the lexicon's, and store accounts fold into either.
        userAliases.forEach((canon, aliases) -> {
            put(canon, canon);
            aliases.forEach(a -> put(a, canon));
        });
        lexiconCompanies.forEach((canon, aliases) -> {
            put(canon, canon);
            aliases.forEach(a -> put(a, canon));
        });
        for (String a : storeAccounts) {
            if (a != null && !AccountSummary.isSample(a) && !a.equals(NoteParser.UNASSIGNED)) {
                put(a, a);
            }
        }
        byName.values().stream().distinct().forEach(mentionable::add);
        mentionable.sort((a, b) -> b.length() - a.length());
    }

    private void put(String spelling, String canon) {
        String k = key(spelling);
        if (!k.isEmpty()) {
            byName.putIfAbsent(k, canon);
        }
    }

    /** The canonical spelling of an account name; an unknown name is returned as written. */
    String canonical(String name) {
        if (name == null || name.equals(NoteParser.UNASSIGNED)) {
            return name;
        }
        return canonicalCache.computeIfAbsent(name, n -> {
            String c = byName.get(key(n));
            if (c != null) {
                return c;
            }
            for (String known : mentionable) {
                if (sameCompany(known, n)) {
                    return known; // "Halvard Systems Inc." once "Halvard Systems" is an account
                }
            }
            return n.strip();
        });
    }

    /** An import asks for the same few spellings thousands of times. */
    private final Map<String, String> canonicalCache = new java.util.HashMap<>();

    /** The note with its account folded to the canonical name, or named by its title/first lines if it had none. */
    Note resolve(Note note, Path relative) {
        String account = note.account();
        if (NoteParser.UNASSIGNED.equals(account)) {
            boolean own = NoteFolders.anyFolder(relative, NoteFolders::isPersonal)
                    || NoteFolders.anyFolder(relative, NoteFolders::isTemplates);
            String found = own ? null : mentionedUpFront(note);
            return found == null ? note : note.withAccount(found);
        }
        String c = canonical(account);
        if (ownCompany != null && sameCompany(c, ownCompany)) {
            return note.withAccount(NoteParser.UNASSIGNED); // the owner's own team: internal notes
        }
        return c.equals(account) ? note : note.withAccount(c);
    }

    /** A known company named by the title, a wiki link in the first lines, or the first lines' words. */
    private String mentionedUpFront(Note note) {
        String type = note.type() == null ? "" : note.type().toLowerCase(Locale.ROOT);
        if (INTERNAL_TYPES.contains(type)) {
            return null; // a team pipeline review names many accounts and belongs to none
        }
        List<String> lines = firstLines(note.body());
        String head = String.join("\n", lines);
        String said = saidAccount(head);
        if (said != null) {
            return said; // "Microsoft is the account" beats whatever the title names
        }
        List<String> inTitle = note.title() == null ? List.of() : mentionsIn(note.title());
        if (inTitle.size() == 1) {
            return inTitle.get(0);
        }
        Set<String> named = new java.util.LinkedHashSet<>();
        for (WikiLink l : note.links()) {
            if (l.target() != null && head.contains(l.target())) {
                String c = byName.get(key(l.target()));
                if (c != null) {
                    named.add(c);
                }
            }
        }
        if (named.isEmpty()) {
            // the first line that names a company decides: "Microsoft — benchmark debrief" names one
            for (String line : lines) {
                List<String> m = mentionsIn(line);
                if (!m.isEmpty()) {
                    named.addAll(m);
                    break;
                }
            }
        }
        // one company named up front is the note's account; a battlecard naming three is nobody's
        return named.size() == 1 ? named.iterator().next() : null;
    }

    /** "Galaxy Digital is our account", "Microsoft is the account", "(background for the OpenAI account)". */
    private static final java.util.regex.Pattern SAID = java.util.regex.Pattern.compile(
            "(?:^|[.;:(\\n]\\s*)(\\p{Lu}[\\p{L}\\p{N}&.'-]*(?: \\p{Lu}[\\p{L}\\p{N}&.'-]*){0,3}) is (?:our|the|my) account"
                    + "|\\b(?:for|on) the (\\p{Lu}[\\p{L}\\p{N}&.'-]*(?: \\p{Lu}[\\p{L}\\p{N}&.'-]*){0,3}) account\\b");

    /** An account the first lines name in so many words, known or not (it may be new); else null. */
    private String saidAccount(String head) {
        java.util.regex.Matcher m = SAID.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1) != null ? m.group(1) : m.group(2);
        String clean = app.dealbrief.notes.AccountValues.clean(name);
        return clean == null ? null : canonical(clean);
    }

    private static final Set<String> INTERNAL_TYPES = Set.of("internal", "team", "personal", "daily", "journal",
            "template", "competitive", "battlecard", "pipeline", "1:1", "one on one");

    /** The known companies a line names, by canonical name or by an alias ("OCI", "MSFT", "Azure"). */
    private List<String> mentionsIn(String text) {
        List<String> out = new ArrayList<>();
        for (String name : mentionable) {
            if (containsWord(text, name) && out.stream().noneMatch(o -> containsWord(o, name))) {
                out.add(name);
            }
        }
        for (Map.Entry<String, String> e : byName.entrySet()) {
            String alias = e.getKey();
            // short aliases only as written in capitals ("OCI", "AWS"), so "oci" inside prose never counts
            String spelled = alias.length() <= 3 ? alias.toUpperCase(Locale.ROOT) : alias;
            if (!out.contains(e.getValue()) && alias.length() >= 3 && containsWord(text, spelled)) {
                out.add(e.getValue());
            }
        }
        return out;
    }

    /** Whole-word match; names of three letters or fewer ("AWS", "xAI") must match their case. */
    static boolean containsWord(String text, String name) {
        boolean exactCase = name.length() <= 3;
        String hay = exactCase ? text : text.toLowerCase(Locale.ROOT);
        String needle = exactCase ? name : name.toLowerCase(Locale.ROOT);
        int from = 0;
        while (true) {
            int i = hay.indexOf(needle, from);
            if (i < 0) {
                return false;
            }
            int end = i + needle.length();
            boolean startOk = i == 0 || !Character.isLetterOrDigit(hay.charAt(i - 1));
            boolean endOk = end >= hay.length() || !Character.isLetterOrDigit(hay.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            from = i + 1;
        }
    }

    private static List<String> firstLines(String body) {
        List<String> out = new ArrayList<>();
        if (body == null) {
            return out;
        }
        for (String line : body.split("\\R")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                out.add(t);
                if (out.size() >= FIRST_LINES) {
                    break;
                }
            }
        }
        return out;
    }

    /** Words that describe a company's line of business after its name: "Halvard Systems", "Corvane Robotics". */
    private static final Set<String> DESCRIPTORS = Set.of("systems", "system", "robotics", "labs", "lab", "ai",
            "bio", "biosciences", "therapeutics", "technologies", "technology", "tech", "cloud", "computing", "compute",
            "networks", "data", "software", "energy", "industries", "international", "global", "digital", "ventures",
            "research", "solutions", "semiconductor", "semiconductors", "infrastructure");

    /**
     * Whether two account names are one company: the same name once corporate endings are dropped, or one
     * is the other's leading word(s) followed only by a descriptor ("Halvard" and "Halvard Systems Inc.").
     */
    static boolean sameCompany(String a, String b) {
        String ka = key(a);
        String kb = key(b);
        if (ka.equals(kb) || ka.replace(" ", "").equals(kb.replace(" ", ""))) {
            return true; // "X.AI" and "xAI"
        }
        String shorter = ka.length() <= kb.length() ? ka : kb;
        String longer = shorter == ka ? kb : ka;
        if (shorter.length() < 4 || !longer.startsWith(shorter + " ")) {
            return false;
        }
        for (String w : longer.substring(shorter.length() + 1).split(" ")) {
            if (!DESCRIPTORS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Groups of account names that are one company; each group maps to the spelling most notes use (the
     * longer one on a tie). Names in {@code preferred} (lexicon companies, user aliases) win their group.
     */
    static Map<String, String> folds(Map<String, Integer> noteCounts, Set<String> preferred) {
        List<String> names = new ArrayList<>(noteCounts.keySet());
        Map<String, String> out = new java.util.LinkedHashMap<>();
        boolean[] done = new boolean[names.size()];
        for (int i = 0; i < names.size(); i++) {
            if (done[i]) {
                continue;
            }
            List<String> group = new ArrayList<>(List.of(names.get(i)));
            for (int j = i + 1; j < names.size(); j++) {
                String candidate = names.get(j);
                if (!done[j] && group.stream().anyMatch(g -> sameCompany(g, candidate))) {
                    group.add(candidate);
                    done[j] = true;
                }
            }
            if (group.size() < 2) {
                continue;
            }
            String canon = group.stream().max(java.util.Comparator
                    .comparing((String g) -> preferred.contains(g))
                    .thenComparing(g -> noteCounts.getOrDefault(g, 0))
                    .thenComparing(String::length)).orElseThrow();
            for (String g : group) {
                if (!g.equals(canon)) {
                    out.put(g, canon);
                }
            }
        }
        return out;
    }

    /** Lower case, punctuation as spaces, corporate endings dropped: "NVIDIA Corp." -> "nvidia". */
    static String key(String name) {
        String s = name.replace('\u00a0', ' ').toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        List<String> words = new ArrayList<>(List.of(s.split(" ")));
        while (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        while (words.size() > 1 && words.get(0).equals("the")) {
            words.remove(0);
        }
        return String.join(" ", words);
    }
}
