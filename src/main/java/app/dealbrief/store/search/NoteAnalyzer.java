package app.dealbrief.store.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Standard tokenizer, lower case and ASCII folding, and nothing else: no stop words (so "the deal"
 * stays a phrase a person can find) and no stemming (so what is highlighted is what was typed).
 * "NVIDIA" finds "Nvidia", "cafe" finds "café".
 */
final class NoteAnalyzer extends Analyzer {

    /** Keeps phrases from matching across two tags or two participants. */
    private static final int VALUE_GAP = 100;

    @Override
    protected TokenStreamComponents createComponents(String field) {
        StandardTokenizer source = new StandardTokenizer();
        source.setMaxTokenLength(64);
        TokenStream sink = new ASCIIFoldingFilter(new LowerCaseFilter(source));
        return new TokenStreamComponents(source, sink);
    }

    @Override
    protected TokenStream normalize(String field, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    @Override
    public int getPositionIncrementGap(String field) {
        return VALUE_GAP;
    }
}
