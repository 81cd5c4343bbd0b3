package app.dealbrief.bench.corpus;

import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The held-out corpus ({@code src/test/resources/corpus-heldout}) is well formed and has the agreed size.
 * It is never used to tune extraction rules; only label validity and size are asserted here, never scores.
 */
class HeldOutCorpusTest {

    static Path corpusDir() {
        URL url = HeldOutCorpusTest.class.getResource("/corpus-heldout/labels.json");
        if (url != null) {
            try {
                return Path.of(url.toURI()).getParent();
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return Path.of("src/test/resources/corpus-heldout");
    }

    @Test
    void labelsAreExactSubstringsOfTheirNotes() {
        assertThat(CorpusScore.validate(corpusDir())).isEmpty();
    }

    @Test
    void heldOutCorpusHasTheAgreedSize() {
        List<CorpusScore.GoldNote> notes = CorpusScore.readLabels(corpusDir());
        Map<String, Integer> perStyle = new TreeMap<>();
        int terms = 0;
        int accelerators = 0;
        int traps = 0;
        for (CorpusScore.GoldNote n : notes) {
            perStyle.merge(n.style(), 1, Integer::sum);
            terms += n.terms().size();
            accelerators += n.accelerators().size();
            traps += n.traps().size() + n.acceleratorTraps().size();
        }
        assertThat(notes).hasSizeGreaterThanOrEqualTo(16);
        for (String style : List.of("news", "call", "email", "transcript", "hedged", "nofm", "bullets", "mixed")) {
            assertThat(perStyle.getOrDefault(style, 0)).as("notes in style " + style).isGreaterThanOrEqualTo(2);
        }
        assertThat(terms).isGreaterThanOrEqualTo(110);
        assertThat(accelerators).isGreaterThanOrEqualTo(40);
        assertThat(traps).isGreaterThanOrEqualTo(50);
    }
}
