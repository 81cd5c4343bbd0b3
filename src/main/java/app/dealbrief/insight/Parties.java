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

    /** Known-account and company matches, longest first at each position. */
    List<PhraseIndex.Match<String>> matches(List<Tokens.Tok> toks) {
        List<PhraseIndex.Match<String>> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            int a = names.lengthAt(toks, i);
            int b = aliases.lengthAt(toks, i);
            if (a == 0 && b == 0) {
                i++;
                continue;
            }
            String value = a >= b ? names.at(toks, i).value() : canonical(aliases.at(toks, i).value());
            int len = Math.max(a, b);
            out.add(new PhraseIndex.Match<>(value, i, i + len));
            i += len;
        }
        return out;
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
