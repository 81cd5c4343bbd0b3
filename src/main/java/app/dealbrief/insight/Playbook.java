package app.dealbrief.insight;

import app.dealbrief.domain.AcceleratorRole;
import app.dealbrief.domain.AcceleratorUse;
import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.domain.Pitch;
import app.dealbrief.domain.TermCategory;
import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Rules that suggest pitches from extracted facts; bundled, extendable and overridable by id from the data folder. */
public final class Playbook {
    private static final String RESOURCE = "/app/dealbrief/playbook.json";
    private static final int MAX_FACTS_NAMED = 4;

    private final List<Rule> rules;

    private Playbook(Map<String, Rule> rules) {
        this.rules = List.copyOf(rules.values());
    }

    public static Playbook bundled() {
        Map<String, Rule> rules = new LinkedHashMap<>();
        read(JsonFiles.classpath(RESOURCE), new JsonFiles("bundled playbook.json"), rules);
        return new Playbook(rules);
    }

    /** Bundled rules plus the user's file: a rule with a bundled id replaces it. Missing file: bundled only. */
    public static Playbook load(Path extension) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        read(JsonFiles.classpath(RESOURCE), new JsonFiles("bundled playbook.json"), rules);
        JsonNode user = JsonFiles.user(extension);
        if (user != null) {
            read(user, new JsonFiles(extension.toString()), rules);
        }
        return new Playbook(rules);
    }

    /** Rule ids in order, for display and tests. */
    public List<String> ruleIds() {
        return rules.stream().map(Rule::id).toList();
    }

    /** The pitches whose rules fire on these facts; the rationale names the facts. */
    public List<Pitch> pitches(List<PartnershipTerm> terms, List<AcceleratorUse> accelerators) {
        List<Pitch> out = new ArrayList<>();
        for (Rule r : rules) {
            List<Object> facts = r.fire(terms, accelerators);
            if (facts == null) {
                continue;
            }
            List<String> named = facts.stream().map(Rule::describe).distinct().toList();
            String list = String.join("; ", named.subList(0, Math.min(MAX_FACTS_NAMED, named.size())))
                    + (named.size() > MAX_FACTS_NAMED ? "; and " + (named.size() - MAX_FACTS_NAMED) + " more" : "");
            String headline = r.headline()
                    .replace("{vendors}", joined(facts, "vendor"))
                    .replace("{parties}", joined(facts, "party"));
            String noteId = facts.get(0) instanceof AcceleratorUse a ? a.noteId() : ((PartnershipTerm) facts.get(0)).noteId();
            out.add(new Pitch(headline, r.why() + " Fired by: " + list + ".", Pitch.Origin.PLAYBOOK, noteId, r.id(),
                    Pitch.Status.TO_TRY));
        }
        return out;
    }

    private static String joined(List<Object> facts, String what) {
        Set<String> v = new LinkedHashSet<>();
        facts.forEach(f -> v.addAll(Rule.values(f, what)));
        List<String> l = new ArrayList<>(v);
        if (l.size() <= 1) {
            return l.isEmpty() ? "" : l.get(0);
        }
        return String.join(", ", l.subList(0, l.size() - 1)) + " and " + l.get(l.size() - 1);
    }

    private static void read(JsonNode root, JsonFiles f, Map<String, Rule> into) {
        JsonNode rules = f.array(root, "rules", "rules");
        if (rules == null) {
            return;
        }
        for (int i = 0; i < rules.size(); i++) {
            String field = "rules[" + i + "]";
            JsonNode r = rules.get(i);
            if (!r.isObject()) {
                throw f.error(field, "must be an object with id, headline, why and when");
            }
            String id = f.text(r, "id", field + ".id", true);
            JsonNode enabled = r.get("enabled");
            if (enabled != null && !enabled.isBoolean()) {
                throw f.error(field + ".enabled", "must be true or false");
            }
            if (enabled != null && !enabled.asBoolean() && !r.has("when")) {
                into.remove(id); // a user switching off a bundled rule
                continue;
            }
            String headline = f.text(r, "headline", field + ".headline", true);
            String why = f.text(r, "why", field + ".why", true);
            JsonNode when = f.array(r, "when", field + ".when");
            if (when == null || when.isEmpty()) {
                throw f.error(field + ".when", "must list at least one condition");
            }
            List<Rule.Condition> conds = new ArrayList<>();
            for (int k = 0; k < when.size(); k++) {
                conds.add(condition(when.get(k), f, field + ".when[" + k + "]"));
            }
            into.remove(id);
            into.put(id, new Rule(id, headline, why, conds, enabled == null || enabled.asBoolean()));
        }
    }

    private static Rule.Condition condition(JsonNode c, JsonFiles f, String field) {
        if (!c.isObject()) {
            throw f.error(field, "must be an object");
        }
        String fact = f.text(c, "fact", field + ".fact", true).toLowerCase(Locale.ROOT);
        if (!fact.equals("term") && !fact.equals("accelerator")) {
            throw f.error(field + ".fact", "must be 'term' or 'accelerator'");
        }
        Set<String> category = set(c, "category", f, field);
        if (category != null) {
            for (String cat : category) {
                try {
                    TermCategory.fromLabel(cat);
                } catch (IllegalArgumentException e) {
                    throw f.error(field + ".category", "has unknown category '" + cat + "'");
                }
            }
        }
        Set<String> role = set(c, "role", f, field);
        if (role != null) {
            for (String r : role) {
                try {
                    AcceleratorRole.fromLabel(r);
                } catch (IllegalArgumentException e) {
                    throw f.error(field + ".role", "has unknown role '" + r + "'");
                }
            }
        }
        JsonNode min = c.get("min");
        if (min != null && (!min.isInt() || min.asInt() < 1)) {
            throw f.error(field + ".min", "must be a whole number of at least 1");
        }
        String distinct = f.text(c, "distinct", field + ".distinct", false);
        if (distinct != null && !Set.of("vendor", "family", "party").contains(distinct)) {
            throw f.error(field + ".distinct", "must be 'vendor', 'family' or 'party'");
        }
        JsonNode mentions = c.get("mentionsAny");
        return new Rule.Condition(fact, category, bool(c, "negated", f, field), role, set(c, "vendor", f, field),
                set(c, "family", f, field), mentions == null ? null : f.strings(mentions, field + ".mentionsAny"),
                bool(c, "hasAmount", f, field), bool(c, "hasGigawatts", f, field), bool(c, "hasYear", f, field),
                min == null ? 1 : min.asInt(), distinct);
    }

    private static Set<String> set(JsonNode c, String name, JsonFiles f, String field) {
        JsonNode n = c.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String s : f.strings(n, field + "." + name)) {
            out.add(s.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static Boolean bool(JsonNode c, String name, JsonFiles f, String field) {
        JsonNode n = c.get(name);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isBoolean()) {
            throw f.error(field + "." + name, "must be true or false");
        }
        return n.asBoolean();
    }
}
