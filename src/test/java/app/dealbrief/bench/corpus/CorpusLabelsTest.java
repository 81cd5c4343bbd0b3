package app.dealbrief.bench.corpus;

import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The development corpus is well formed: every evidence and trap string is an exact substring of its note. */
class CorpusLabelsTest {

    static Path corpusDir() {
        URL url = CorpusLabelsTest.class.getResource("/corpus/labels.json");
        if (url != null) {
            try {
                return Path.of(url.toURI()).getParent();
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return Path.of("src/test/resources/corpus");
    }

    @Test
    void labelsAreExactSubstringsOfTheirNotes() {
        assertThat(CorpusScore.validate(corpusDir())).isEmpty();
    }

    @Test
    void corpusHasTheAgreedSize() {
        List<CorpusScore.GoldNote> notes = CorpusScore.readLabels(corpusDir());
        Set<String> styles = new TreeSet<>();
        int terms = 0;
        int accelerators = 0;
        int traps = 0;
        for (CorpusScore.GoldNote n : notes) {
            styles.add(n.style());
            terms += n.terms().size();
            accelerators += n.accelerators().size();
            traps += n.traps().size();
        }
        assertThat(notes).hasSizeGreaterThanOrEqualTo(44);
        assertThat(styles).hasSizeGreaterThanOrEqualTo(6);
        assertThat(terms).isGreaterThanOrEqualTo(150);
        assertThat(terms + accelerators).isGreaterThanOrEqualTo(250);
        assertThat(traps).isGreaterThanOrEqualTo(70);
    }
}
