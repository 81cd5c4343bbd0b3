package app.dealbrief.testutil.messy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills phrase templates for one meeting; no sentence is ever handed out twice in one vault. */
final class Prose {
    private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z0-9]+)}");
    private final Random r;
    private final Set<String> used = new HashSet<>();

    Prose(Random r) {
        this.r = r;
    }

    List<String> pick(List<String> templates, Meeting m, int n) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < templates.size(); i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, r);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < order.size() && out.size() < n; i++) {
            String s = unique(templates.get(order.get(i)), m);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    String one(List<String> templates, Meeting m) {
        return pick(templates, m, 1).get(0);
    }

    /** A fresh filling of the template, or null when forty tries all gave sentences already used. */
    private String unique(String template, Meeting m) {
        for (int t = 0; t < 40; t++) {
            String s = fill(template, m);
            if (used.add(s)) {
                return s;
            }
        }
        return null;
    }

    String fill(String template, Meeting m) {
        Matcher mt = SLOT.matcher(template);
        StringBuilder b = new StringBuilder();
        while (mt.find()) {
            mt.appendReplacement(b, Matcher.quoteReplacement(slot(mt.group(1), m)));
        }
        mt.appendTail(b);
        String s = article(b.toString());
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Task text keeps its lower-case start: Obsidian users write tasks that way. */
    String task(Meeting m) {
        for (int t = 0; t < 80; t++) {
            String tpl = Phrases.TASKS.get(r.nextInt(Phrases.TASKS.size()));
            Matcher mt = SLOT.matcher(tpl);
            StringBuilder b = new StringBuilder();
            while (mt.find()) {
                mt.appendReplacement(b, Matcher.quoteReplacement(slot(mt.group(1), m)));
            }
            mt.appendTail(b);
            String s = article(b.toString());
            if (used.add(s)) {
                return s;
            }
        }
        throw new IllegalStateException("ran out of task texts");
    }

    private String slot(String name, Meeting m) {
        Cast.Account a = m.account;
        List<Cast.Person> theirs = m.theirs;
        return switch (name) {
            case "A" -> a.name();
            case "P" -> theirs.get(0).name();
            case "PF" -> theirs.get(0).first();
            case "P2F" -> second(m).first();
            case "C" -> (m.ours.isEmpty() ? Cast.COLLEAGUES.get(0) : m.ours.get(0)).first();
            // {site} never picks the last site, so "{site} and {site2}" names two places
            case "site" -> a.sites().get(r.nextInt(Math.max(1, a.sites().size() - 1)));
            case "site2" -> a.sites().get(a.sites().size() - 1);
            case "gpu" -> a.gpus().get(r.nextInt(a.gpus().size()));
            case "gpu2" -> a.gpus().get(a.gpus().size() - 1);
            case "comp" -> any(Cast.COMPETITORS);
            case "comp2" -> Cast.COMPETITORS.get(Cast.COMPETITORS.size() - 1 - r.nextInt(3));
            case "n" -> String.format("%,d", (2 + r.nextInt(60)) * 1024);
            case "pb" -> (2 + r.nextInt(90)) + " PB";
            case "pb2" -> (100 + r.nextInt(400)) + " PB";
            case "tb" -> String.valueOf(2 + r.nextInt(60));
            case "gbps" -> r.nextBoolean() ? (200 + 10 * r.nextInt(90)) + " GB/s"
                    : String.format("%.1f TB/s", 1 + r.nextInt(40) / 10.0);
            case "pct" -> String.valueOf(3 + r.nextInt(35));
            case "pct2" -> String.valueOf(4 + r.nextInt(18));
            case "price" -> String.format("$0.%03d/GB-month", 9 + r.nextInt(30));
            case "usd" -> "$" + (2 + r.nextInt(70)) + (r.nextInt(4) == 0 ? "0M" : ".5M");
            case "month" -> any(Phrases.MONTHS);
            case "dom" -> String.valueOf(1 + r.nextInt(28));
            case "q" -> "Q" + (1 + r.nextInt(4));
            case "years" -> String.valueOf(2 + r.nextInt(4));
            case "mins" -> String.valueOf(5 + r.nextInt(40));
            case "x" -> String.format("%.1f", 1.2 + r.nextInt(30) / 10.0);
            case "kw" -> String.valueOf(40 + 5 * r.nextInt(60));
            case "ratio" -> String.valueOf(2 + r.nextInt(25));
            case "racks" -> String.valueOf(2 + r.nextInt(30));
            case "day" -> any(Phrases.DAYS);
            case "time" -> any(Phrases.TIMES);
            case "days" -> String.valueOf(3 + r.nextInt(88));
            case "weeks" -> String.valueOf(2 + r.nextInt(8));
            case "nodes" -> String.valueOf(4 + r.nextInt(60));
            case "tenants" -> String.valueOf(3 + r.nextInt(20));
            case "work" -> any(Phrases.WORK);
            case "team" -> any(Phrases.TEAMS);
            case "region" -> any(Phrases.REGIONS);
            case "crit" -> any(Phrases.CRITERIA);
            default -> throw new IllegalArgumentException("slot " + name);
        };
    }

    /** Another of the account's people than the first attendee, when it has one. */
    private static Cast.Person second(Meeting m) {
        if (m.theirs.size() > 1) {
            return m.theirs.get(1);
        }
        for (Cast.Person p : Cast.peopleOf(m.account.name())) {
            if (!p.equals(m.theirs.get(0))) {
                return p;
            }
        }
        return m.theirs.get(0);
    }

    /** Sites such as "the Norway site" after a template's own "the". */
    private static String article(String s) {
        return s.replace("the the ", "the ").replace("The the ", "The ");
    }

    private String any(List<String> xs) {
        return xs.get(r.nextInt(xs.size()));
    }

    /** A re-saved copy: a few word swaps and, sometimes, two sentences trading places. */
    static List<String> reword(List<String> sentences, Random rr) {
        List<String> out = new ArrayList<>();
        for (String s : sentences) {
            String t = s;
            for (String[] pair : Phrases.SYNONYMS) {
                if (t.contains(pair[0]) && rr.nextInt(3) > 0) {
                    t = t.replace(pair[0], pair[1]);
                }
            }
            out.add(t);
        }
        if (out.size() > 1 && rr.nextBoolean()) {
            int i = rr.nextInt(out.size() - 1);
            out.add(i + 1, out.remove(i));
        }
        return out;
    }
}
