package app.dealbrief.insight;

import app.dealbrief.domain.AcceleratorRole;
import app.dealbrief.domain.TermCategory;
import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words the extractors read notes with: companies, accelerator lines, role and term cues, pitch cues.
 * Built once (phrase indexes precompiled) and shared; immutable after construction.
 */
public final class Lexicon {
    /** An accelerator line; {@code bare} marks a vendor's bare name, which needs chip context to count. */
    record Accel(String vendor, String family, boolean bare) {
    }

    private static final String RESOURCE = "/app/dealbrief/lexicon.json";

    final PhraseIndex<String> companies = new PhraseIndex<>();
    final PhraseIndex<Accel> accelerators = new PhraseIndex<>();
    final PhraseIndex<Boolean> acceleratorContext = new PhraseIndex<>();
    final PhraseIndex<AcceleratorRole> roles = new PhraseIndex<>();
    final PhraseIndex<TermCategory> terms = new PhraseIndex<>();
    final Set<TermCategory> strongTerms = EnumSet.noneOf(TermCategory.class);
    final PhraseIndex<Boolean> negations = new PhraseIndex<>();
    final PhraseIndex<Boolean> dealWords = new PhraseIndex<>();
    final Set<String> durationPrepositions = new HashSet<>();
    /** "reportedly", "in talks", "denied": the sentence reports no commitment. */
    final PhraseIndex<Boolean> reportedHedges = new PhraseIndex<>();
    /** "could", "considering", "plans to": the clause states an option, a wish or a forecast. */
    final PhraseIndex<Boolean> modalHedges = new PhraseIndex<>();
    /** Revenue, backlog, capex, market sizes, prices: figures that are no term between two parties. */
    final PhraseIndex<Boolean> notTermTopics = new PhraseIndex<>();
    /** Words of a commitment: signed, agreed, will, contracted, the deal... */
    final PhraseIndex<Boolean> commitmentWords = new PhraseIndex<>();
    /** Products of chip vendors that are no accelerator (DPUs, networking, services) and non-chip mentions. */
    final PhraseIndex<Boolean> acceleratorNonChips = new PhraseIndex<>();
    /** "rather than", "instead of", "no plans to deploy", "denied": the chip is not (to be) used. */
    final PhraseIndex<Boolean> acceleratorNegations = new PhraseIndex<>();
    final PhraseIndex<Boolean> pitchLabels = new PhraseIndex<>();
    final PhraseIndex<Boolean> pitchCues = new PhraseIndex<>();
    final PhraseIndex<Boolean> pitchImperatives = new PhraseIndex<>();
    final Set<String> pitchVerbs = new HashSet<>();
    final Set<String> companyNames = new LinkedHashSet<>();
    private final Map<String, Set<String>> companyAliases = new LinkedHashMap<>();

    private Lexicon(Raw raw) {
        raw.companies.forEach((name, aliases) -> {
            companyNames.add(name);
            companyAliases.put(name, Set.copyOf(aliases));
            companies.add(name, name);
            aliases.forEach(a -> companies.add(a, name));
        });
        raw.accelerators.forEach((key, a) -> {
            Accel accel = new Accel(a.vendor, a.family, a.bare);
            for (String alias : a.aliases) {
                accelerators.add(alias, accel);
                if (!a.bare && Character.isLetterOrDigit(alias.charAt(alias.length() - 1))) {
                    accelerators.add(alias + "s", accel); // "H100s", "TPUs"
                }
            }
        });
        raw.customVendors.forEach((vendor, fam) -> {
            Accel accel = new Accel(vendor, fam.family, false);
            for (String name : fam.names) {
                for (String p : raw.customPatterns) {
                    accelerators.add(p.replace("{v}", name), accel);
                }
            }
        });
        raw.context.forEach(w -> acceleratorContext.add(w, true));
        raw.roles.forEach((role, cues) -> cues.forEach(c -> roles.add(c, role)));
        raw.terms.forEach((cat, cues) -> cues.forEach(c -> terms.add(c, cat)));
        strongTerms.addAll(raw.strong);
        raw.negations.forEach(w -> negations.add(w, true));
        raw.dealWords.forEach(w -> dealWords.add(w, true));
        raw.durationPrepositions.forEach(w -> durationPrepositions.add(w.toLowerCase(Locale.ROOT)));
        raw.reportedHedges.forEach(w -> reportedHedges.add(w, true));
        raw.modalHedges.forEach(w -> modalHedges.add(w, true));
        raw.notTermTopics.forEach(w -> notTermTopics.add(w, true));
        raw.commitmentWords.forEach(w -> commitmentWords.add(w, true));
        raw.acceleratorNonChips.forEach(w -> acceleratorNonChips.add(w, true));
        raw.acceleratorNegations.forEach(w -> acceleratorNegations.add(w, true));
        raw.pitchLabels.forEach(w -> pitchLabels.add(w, true));
        raw.pitchCues.forEach(w -> pitchCues.add(w, true));
        raw.pitchImperatives.forEach(w -> pitchImperatives.add(w, true));
        raw.pitchVerbs.forEach(w -> pitchVerbs.add(w.toLowerCase(Locale.ROOT)));
    }

    /** The lexicon shipped with the application. */
    public static Lexicon bundled() {
        Raw raw = new Raw();
        raw.merge(JsonFiles.classpath(RESOURCE), new JsonFiles("bundled lexicon.json"));
        return new Lexicon(raw);
    }

    /**
     * The bundled lexicon plus a user file (same shape, any field optional) that adds words.
     * A missing file means bundled only; a malformed one fails with the file and field named.
     */
    public static Lexicon load(Path extension) {
        Raw raw = new Raw();
        raw.merge(JsonFiles.classpath(RESOURCE), new JsonFiles("bundled lexicon.json"));
        JsonNode user = JsonFiles.user(extension);
        if (user != null) {
            raw.merge(user, new JsonFiles(extension.toString()));
        }
        return new Lexicon(raw);
    }

    /** Canonical company names known to the lexicon. */
    public Set<String> companyNames() {
        return java.util.Collections.unmodifiableSet(companyNames);
    }

    /** Canonical company name -> the other spellings that name it (lower case, as in lexicon.json). */
    public Map<String, Set<String>> companyAliases() {
        return java.util.Collections.unmodifiableMap(companyAliases);
    }

    /** Mutable gathering of both files before the indexes are compiled. */
    private static final class Raw {
        static final class AccelRaw {
            String vendor;
            String family;
            boolean bare;
            final Set<String> aliases = new LinkedHashSet<>();
        }

        record CustomFamily(String family, Set<String> names) {
        }

        final Map<String, Set<String>> companies = new LinkedHashMap<>();
        final Map<String, AccelRaw> accelerators = new LinkedHashMap<>();
        final Set<String> customPatterns = new LinkedHashSet<>();
        final Map<String, CustomFamily> customVendors = new LinkedHashMap<>();
        final Set<String> context = new LinkedHashSet<>();
        final Map<AcceleratorRole, Set<String>> roles = new LinkedHashMap<>();
        final Map<TermCategory, Set<String>> terms = new LinkedHashMap<>();
        final Set<TermCategory> strong = EnumSet.noneOf(TermCategory.class);
        final Set<String> negations = new LinkedHashSet<>();
        final Set<String> dealWords = new LinkedHashSet<>();
        final Set<String> durationPrepositions = new LinkedHashSet<>();
        final Set<String> reportedHedges = new LinkedHashSet<>();
        final Set<String> modalHedges = new LinkedHashSet<>();
        final Set<String> notTermTopics = new LinkedHashSet<>();
        final Set<String> commitmentWords = new LinkedHashSet<>();
        final Set<String> acceleratorNonChips = new LinkedHashSet<>();
        final Set<String> acceleratorNegations = new LinkedHashSet<>();
        final Set<String> pitchLabels = new LinkedHashSet<>();
        final Set<String> pitchCues = new LinkedHashSet<>();
        final Set<String> pitchImperatives = new LinkedHashSet<>();
        final Set<String> pitchVerbs = new LinkedHashSet<>();

        void merge(JsonNode root, JsonFiles f) {
            JsonNode comp = f.object(root, "companies", "companies");
            if (comp != null) {
                for (Iterator<Map.Entry<String, JsonNode>> it = comp.properties().iterator(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    companies.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>())
                            .addAll(f.strings(e.getValue(), "companies." + e.getKey()));
                }
            }
            JsonNode acc = f.array(root, "accelerators", "accelerators");
            if (acc != null) {
                for (int i = 0; i < acc.size(); i++) {
                    mergeAccelerator(acc.get(i), f, "accelerators[" + i + "]");
                }
            }
            JsonNode custom = f.object(root, "customSilicon", "customSilicon");
            if (custom != null) {
                customPatterns.addAll(f.strings(custom.get("patterns"), "customSilicon.patterns"));
                for (String p : customPatterns) {
                    if (!p.contains("{v}")) {
                        throw f.error("customSilicon.patterns", "entry '" + p + "' must contain {v}");
                    }
                }
                JsonNode vendors = f.object(custom, "vendors", "customSilicon.vendors");
                if (vendors != null) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = vendors.properties().iterator(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> e = it.next();
                        String field = "customSilicon.vendors." + e.getKey();
                        if (!e.getValue().isObject()) {
                            throw f.error(field, "must be an object with family and names");
                        }
                        String family = f.text(e.getValue(), "family", field + ".family", true);
                        Set<String> names = new LinkedHashSet<>(f.strings(e.getValue().get("names"), field + ".names"));
                        CustomFamily old = customVendors.get(e.getKey());
                        if (old != null && old.family().equals(family)) {
                            names.addAll(old.names());
                        }
                        customVendors.put(e.getKey(), new CustomFamily(family, names));
                    }
                }
            }
            context.addAll(f.strings(root.get("acceleratorContext"), "acceleratorContext"));
            mergeRoles(root, f);
            mergeTerms(root, f);
            negations.addAll(f.strings(root.get("negations"), "negations"));
            dealWords.addAll(f.strings(root.get("dealWords"), "dealWords"));
            durationPrepositions.addAll(f.strings(root.get("durationPrepositions"), "durationPrepositions"));
            reportedHedges.addAll(f.strings(root.get("reportedHedges"), "reportedHedges"));
            modalHedges.addAll(f.strings(root.get("modalHedges"), "modalHedges"));
            notTermTopics.addAll(f.strings(root.get("notTermTopics"), "notTermTopics"));
            commitmentWords.addAll(f.strings(root.get("commitmentWords"), "commitmentWords"));
            acceleratorNonChips.addAll(f.strings(root.get("acceleratorNonChips"), "acceleratorNonChips"));
            acceleratorNegations.addAll(f.strings(root.get("acceleratorNegations"), "acceleratorNegations"));
            JsonNode pitch = f.object(root, "pitch", "pitch");
            if (pitch != null) {
                pitchLabels.addAll(f.strings(pitch.get("labels"), "pitch.labels"));
                pitchCues.addAll(f.strings(pitch.get("cues"), "pitch.cues"));
                pitchImperatives.addAll(f.strings(pitch.get("imperatives"), "pitch.imperatives"));
                pitchVerbs.addAll(f.strings(pitch.get("verbs"), "pitch.verbs"));
            }
        }

        private void mergeAccelerator(JsonNode a, JsonFiles f, String field) {
            if (!a.isObject()) {
                throw f.error(field, "must be an object with vendor, family and aliases");
            }
            String vendor = f.text(a, "vendor", field + ".vendor", true);
            String family = f.text(a, "family", field + ".family", true);
            List<String> aliases = f.strings(a.get("aliases"), field + ".aliases");
            JsonNode bare = a.get("bare");
            if (bare != null && !bare.isBoolean()) {
                throw f.error(field + ".bare", "must be true or false");
            }
            boolean isBare = bare != null && bare.asBoolean();
            AccelRaw r = accelerators.computeIfAbsent(vendor + "|" + family + "|" + isBare, k -> new AccelRaw());
            r.vendor = vendor;
            r.family = family;
            r.bare = isBare;
            for (String alias : aliases) {
                if (!alias.isBlank()) {
                    r.aliases.add(alias);
                }
            }
        }

        private void mergeRoles(JsonNode root, JsonFiles f) {
            JsonNode node = f.object(root, "roles", "roles");
            if (node == null) {
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                AcceleratorRole role;
                try {
                    role = AcceleratorRole.fromLabel(e.getKey());
                } catch (IllegalArgumentException ex) {
                    throw f.error("roles." + e.getKey(), "is not a role (primary, secondary, ramping, evaluating,"
                            + " lagging, possible, mentioned)");
                }
                roles.computeIfAbsent(role, k -> new LinkedHashSet<>())
                        .addAll(f.strings(e.getValue(), "roles." + e.getKey()));
            }
        }

        private void mergeTerms(JsonNode root, JsonFiles f) {
            JsonNode node = f.object(root, "terms", "terms");
            if (node != null) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    terms.computeIfAbsent(category(e.getKey(), f, "terms." + e.getKey()), k -> new LinkedHashSet<>())
                            .addAll(f.strings(e.getValue(), "terms." + e.getKey()));
                }
            }
            List<String> strongNames = f.strings(root.get("strongTerms"), "strongTerms");
            for (int i = 0; i < strongNames.size(); i++) {
                strong.add(category(strongNames.get(i), f, "strongTerms[" + i + "]"));
            }
        }

        private static TermCategory category(String label, JsonFiles f, String field) {
            try {
                return TermCategory.fromLabel(label);
            } catch (IllegalArgumentException ex) {
                throw f.error(field, "is not a term category (" + String.join(", ", labels()) + ")");
            }
        }

        private static List<String> labels() {
            List<String> out = new ArrayList<>();
            for (TermCategory c : TermCategory.values()) {
                out.add(c.label());
            }
            return out;
        }
    }
}
