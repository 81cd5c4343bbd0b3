package app.dealbrief.store.search;

import app.dealbrief.store.search.NoteQuery.Op;
import app.dealbrief.store.search.NoteQuery.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/** Builds Lucene queries from parsed parts, programmatically (no query-parser syntax anywhere). */
final class Queries {

    static final Analyzer ANALYZER = new NoteAnalyzer();

    /** Where a plain word is looked for, and how much a match there counts. */
    private static final String[] FIELDS = {NoteDocs.TITLE, NoteDocs.ACCOUNT, NoteDocs.TAG, NoteDocs.PERSON, NoteDocs.BODY,
        NoteDocs.KIND};
    /** Type and source ("transcript", "email") count as little as the body: the note list shows them, Obsidian finds them. */
    private static final float[] BOOSTS = {3f, 2f, 2f, 1.5f, 1f, 1f};
    /** A little credit for matching in more than one field, without letting the body outvote the title. */
    private static final float TIE = 0.1f;
    /** Shorter prefixes expand to too many terms to stay fast, and rarely mean what was typed. */
    static final int MIN_PREFIX = 2;
    /** More completions widen a prefix but cost time: at 100,000 notes 16 took twice as long as 4. */
    static final int MAX_EXPANSIONS = 8;
    /** Bounds the term-dictionary walk of a short prefix. */
    private static final int MAX_SCAN = 5000;

    private Queries() {
    }

    static Query build(List<Part> parts, IndexReader reader) {
        BooleanQuery.Builder top = new BooleanQuery.Builder();
        boolean positive = false;
        boolean negative = false;
        for (List<Part> group : groups(parts)) {
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            Query single = null;
            int members = 0;
            boolean ranked = false;
            for (Part p : group) {
                Query q = clause(p, reader);
                if (q == null) {
                    continue;
                }
                ranked |= !p.negated() && (p.op() == Op.TEXT || p.op() == Op.TITLE);
                if (group.size() == 1) {
                    single = q;
                } else {
                    either.add(p.negated() ? not(q) : q, Occur.SHOULD);
                }
                members++;
            }
            if (members == 0) {
                continue;
            }
            if (single != null && group.get(0).negated()) {
                top.add(single, Occur.MUST_NOT);
                negative = true;
                continue;
            }
            top.add(single != null ? single : either.build(), ranked ? Occur.MUST : Occur.FILTER);
            positive = true;
        }
        if (!positive && !negative) {
            return null;
        }
        if (!positive) {
            top.add(new MatchAllDocsQuery(), Occur.FILTER);
        }
        return top.build();
    }

    /** Splits parts into runs joined by OR. */
    private static List<List<Part>> groups(List<Part> parts) {
        List<List<Part>> out = new ArrayList<>();
        for (Part p : parts) {
            if (p.or() && !out.isEmpty()) {
                out.get(out.size() - 1).add(p);
            } else {
                out.add(new ArrayList<>(List.of(p)));
            }
        }
        return out;
    }

    private static Query not(Query q) {
        return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER).add(q, Occur.MUST_NOT).build();
    }

    private static Query clause(Part p, IndexReader reader) {
        switch (p.op()) {
            case AFTER:
                return LongPoint.newRangeQuery(NoteDocs.DAY, LocalDate.parse(p.text()).toEpochDay(), Long.MAX_VALUE);
            case BEFORE:
                return LongPoint.newRangeQuery(NoteDocs.DAY, Long.MIN_VALUE, LocalDate.parse(p.text()).toEpochDay());
            default:
                break;
        }
        List<String> tokens = tokens(p.text());
        if (tokens.isEmpty()) {
            return null;
        }
        switch (p.op()) {
            case TITLE: return field(NoteDocs.TITLE, tokens, p.prefix(), reader);
            case ACCOUNT: return field(NoteDocs.ACCOUNT, tokens, p.prefix(), reader);
            case TAG: return field(NoteDocs.TAG, tokens, p.prefix(), reader);
            case PERSON: return field(NoteDocs.PERSON, tokens, p.prefix(), reader);
            case TYPE: return field(NoteDocs.KIND, tokens, p.prefix(), reader);
            default: break;
        }
        List<Query> perField = new ArrayList<>(FIELDS.length);
        for (int f = 0; f < FIELDS.length; f++) {
            perField.add(new BoostQuery(field(FIELDS[f], tokens, p.prefix(), reader), BOOSTS[f]));
        }
        return new DisjunctionMaxQuery(perField, TIE);
    }

    /** Term, phrase or prefix in one field; a prefix after other words needs them as a phrase too. */
    private static Query field(String field, List<String> tokens, boolean prefix, IndexReader reader) {
        String last = tokens.get(tokens.size() - 1);
        boolean isPrefix = prefix && last.length() >= MIN_PREFIX;
        if (!isPrefix) {
            return tokens.size() == 1 ? new TermQuery(new Term(field, last)) : new PhraseQuery(field, tokens.toArray(String[]::new));
        }
        Query pre = reader == null ? new PrefixQuery(new Term(field, last)) : expand(reader, field, last);
        if (tokens.size() == 1) {
            return pre;
        }
        List<String> head = tokens.subList(0, tokens.size() - 1);
        Query lead = head.size() == 1 ? new TermQuery(new Term(field, head.get(0)))
                : new PhraseQuery(field, head.toArray(String[]::new));
        return new BooleanQuery.Builder().add(lead, Occur.MUST).add(pre, Occur.MUST).build();
    }

    /**
     * A prefix as its most common completions, scored as one word. A plain PrefixQuery visits every
     * posting of every completion: at 100,000 notes a two- or three-letter prefix cost 100+ ms, while
     * the few common completions are what a person typing "nvi" means.
     */
    static Query expand(IndexReader reader, String field, String prefix) {
        try {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null) {
                return new MatchNoDocsQuery();
            }
            TermsEnum te = terms.iterator();
            BytesRef start = new BytesRef(prefix);
            if (te.seekCeil(start) == TermsEnum.SeekStatus.END) {
                return new MatchNoDocsQuery();
            }
            PriorityQueue<Map.Entry<BytesRef, Integer>> top = new PriorityQueue<>(Map.Entry.comparingByValue());
            int scanned = 0;
            for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, start) && scanned < MAX_SCAN;
                    t = te.next(), scanned++) {
                top.add(Map.entry(BytesRef.deepCopyOf(t), te.docFreq()));
                if (top.size() > MAX_EXPANSIONS) {
                    top.poll();
                }
            }
            if (top.isEmpty()) {
                return new MatchNoDocsQuery();
            }
            SynonymQuery.Builder b = new SynonymQuery.Builder(field);
            top.forEach(e -> b.addTerm(new Term(field, e.getKey())));
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The analyzed terms of a piece of user text, as the index would see it. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream(NoteDocs.BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen for a String reader
        }
        return out;
    }
}
