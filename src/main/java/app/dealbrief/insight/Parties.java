package app.dealbrief.insight;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who a clause is about: lexicon companies plus the user's known accounts, and agreement names of the
 * form "A–B [Oct 28] agreement" (a dash, slash or ampersand joining two parties before a deal word).
 */
final class Parties {
    record Agreement(String name, List<String> parties) {
    }

    private static final int MAX_FILLER = 4;

    private final PhraseIndex<String> names = new PhraseIndex<>();
    private final PhraseIndex<String> aliases;
    /** Known accounts by name ignoring case (as equalsIgnoreCase); the first in the caller's order wins. */
    private final Map<String, String> known = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Lexicon lex;

    Parties(Lexicon lex, Set<String> knownAccounts) {
        this.lex = lex;
        this.aliases = lex.companies;
        for (String a : knownAccounts) {
            names.add(a, a);
            known.putIfAbsent(a, a);
        }
    }

    /** Parties mentioned, in order of first mention. */
    List<String> mentioned(List<Tokens.Tok> toks) {
        Set<String> out = new LinkedHashSet<>();
        for (PhraseIndex.Match<String> m : matches(toks)) {
            out.add(m.value());
        }
        return new ArrayList<>(out);
    }

    /** Whether the name is a lexicon company or a known account, not one guessed from its suffix. */
    boolean known(String name) {
        return known.containsKey(name) || lex.companyNames().contains(name);
    }

    /** Whether a lexicon company or known account is named (guessed names left out). */
    boolean namesKnown(List<Tokens.Tok> toks) {
        for (int i = 0; i < toks.size(); i++) {
            if (names.lengthAt(toks, i) > 0 || aliases.lengthAt(toks, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Known-account and company matches, longest first at each position, and names guessed from their suffix. */
    List<PhraseIndex.Match<String>> matches(List<Tokens.Tok> toks) {
        List<PhraseIndex.Match<String>> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            int a = names.lengthAt(toks, i);
            int b = aliases.lengthAt(toks, i);
            if (a == 0 && b == 0) {
                int g = guessed(toks, i);
                if (g > 0) {
                    out.add(new PhraseIndex.Match<>(name(toks, i, i + g), i, i + g));
                    i += g;
                } else {
                    i++;
                }
                continue;
            }
            String value = a >= b ? names.at(toks, i).value() : canonical(aliases.at(toks, i).value());
            int len = Math.max(a, b);
            out.add(new PhraseIndex.Match<>(value, i, i + len));
            i += len;
        }
        return out;
    }

    /** Words that end a company's name ("Tessera Labs", "Helix Robotics Inc", "Northwind AI"), written capitalised. */
    private static final Set<String> SUFFIXES = Set.of("inc", "corp", "corporation", "ltd", "llc", "plc", "gmbh",
            "labs", "ai", "cloud", "energy", "capital", "digital", "systems", "technologies", "partners", "holdings",
            "ventures", "networks", "computing", "mining", "robotics", "infrastructure", "semiconductor", "investments");

    /** Capitalised words that start a phrase, not a name ("The Cloud", "Our AI", "Sovereign Cloud"). */
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "our", "its", "their", "his", "her", "this",
            "that", "these", "those", "new", "all", "any", "each", "and", "or", "for", "with", "from", "by", "in", "on",
            "at", "to", "of", "as", "if", "but", "so", "also", "sovereign", "public", "private", "hybrid", "working",
            "generative", "agentic", "physical", "responsible", "enterprise", "data", "edge", "gpu", "neo", "neocloud",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "note", "notes", "re",
            "gw", "mw", "kw", "us", "usa", "uae", "uk", "eu", "ceo", "cfo", "cto", "vp");

    private static final int MAX_NAME_WORDS = 3;

    /**
     * A company that is in neither the lexicon nor the store, read from how names are written: one to three
     * capitalised words followed by a company suffix, also capitalised ("Tessera Labs", "Vultr Cloud Inc").
     * Returns the number of tokens, or 0.
     */
    private int guessed(List<Tokens.Tok> toks, int i) {
        Tokens.Tok first = toks.get(i);
        if (!first.capitalised() || NOT_NAMES.contains(first.w()) || SUFFIXES.contains(first.w())
                || Character.isDigit(first.w().charAt(0))) {
            return 0;
        }
        for (int j = i + 1; j < Math.min(toks.size(), i + MAX_NAME_WORDS + 1); j++) {
            Tokens.Tok t = toks.get(j);
            if (!t.capitalised() || NOT_NAMES.contains(t.w()) || names.lengthAt(toks, j) > 0
                    || aliases.lengthAt(toks, j) > 0) {
                return 0;
            }
            if (SUFFIXES.contains(t.w())) {
                int end = j + 1;
                while (end < toks.size() && SUFFIXES.contains(toks.get(end).w()) && toks.get(end).capitalised()) {
                    end++; // "Helix Robotics Inc"
                }
                return end - i;
            }
        }
        return 0;
    }

    private static String name(List<Tokens.Tok> toks, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append(' ');
            }
            Tokens.Tok t = toks.get(k);
            b.append(t.cased() != null ? t.cased() : t.w());
        }
        return b.toString();
    }

    private String canonical(String company) {
        return known.getOrDefault(company, company);
    }

    /** "Microsoft–OpenAI Oct 28 agreement" in text, or "partnership between A and B" (name null), else null. */
    Agreement agreement(String text, List<Tokens.Tok> toks) {
        List<PhraseIndex.Match<String>> ms = matches(toks);
        for (int k = 0; k + 1 < ms.size(); k++) {
            PhraseIndex.Match<String> a = ms.get(k);
            PhraseIndex.Match<String> b = ms.get(k + 1);
            if (b.from() != a.to() || !joiner(text, toks.get(a.to() - 1).end(), toks.get(b.from()).start())
                    || a.value().equals(b.value())) {
                continue;
            }
            int limit = Math.min(toks.size(), b.to() + MAX_FILLER + 1);
            for (int i = b.to(); i < limit; i++) {
                int len = lex.dealWords.lengthAt(toks, i);
                if (len > 0) {
                    String name = text.substring(toks.get(a.from()).start(), toks.get(i + len - 1).end());
                    return new Agreement(name, List.of(a.value(), b.value()));
                }
            }
        }
        for (int i = 0; i + 1 < toks.size(); i++) {
            if (toks.get(i).w().equals("between") && i > 0 && lex.dealWords.lengthAt(toks, i - 1) > 0) {
                List<String> ps = mentioned(toks.subList(i + 1, Math.min(toks.size(), i + 8)));
                if (ps.size() >= 2) {
                    return new Agreement(null, ps.subList(0, 2));
                }
            }
        }
        return null;
    }

    private static boolean joiner(String text, int from, int to) {
        String gap = text.substring(from, to).strip();
        return gap.equals("-") || gap.equals("\u2013") || gap.equals("\u2014") || gap.equals("/") || gap.equals("&")
                || gap.equals("+") || gap.equals("x");
    }
}
