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
 * The held-out corpora ({@code src/test/resources/corpus-heldout}, the final test set
 * {@code src/test/resources/corpus-heldout2} and the third test set {@code src/test/resources/corpus-heldout3})
 * are well formed and have the agreed size.
 * They are never used to tune extraction rules; only label validity and size are asserted here, never scores.
 */
class HeldOutCorpusTest {

    static Path corpusDir() {
        return corpusDir("corpus-heldout");
    }

    static Path finalCorpusDir() {
        return corpusDir("corpus-heldout2");
    }

    static Path thirdCorpusDir() {
        return corpusDir("corpus-heldout3");
    }

    private static Path corpusDir(String name) {
        URL url = HeldOutCorpusTest.class.getResource("/" + name + "/labels.json");
        if (url != null) {
            try {
                return Path.of(url.toURI()).getParent();
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return Path.of("src/test/resources/" + name);
    }

    @Test
    void labelsAreExactSubstringsOfTheirNotes() {
        assertThat(CorpusScore.validate(corpusDir())).isEmpty();
    }

    @Test
    void heldOutCorpusHasTheAgreedSize() {
        assertSize(corpusDir(), 16,
                List.of("news", "call", "email", "transcript", "hedged", "nofm", "bullets", "mixed"), 110, 40, 50);
    }

    @Test
    void finalHeldOutLabelsAreExactSubstringsOfTheirNotes() {
        assertThat(CorpusScore.validate(finalCorpusDir())).isEmpty();
    }

    @Test
    void finalHeldOutCorpusHasTheAgreedSize() {
        assertSize(finalCorpusDir(), 14,
                List.of("news", "call", "email", "transcript", "hedged", "nofm", "mixed"), 110, 35, 50);
    }

    @Test
    void thirdHeldOutLabelsAreExactSubstringsOfTheirNotes() {
        assertThat(CorpusScore.validate(thirdCorpusDir())).isEmpty();
    }

    @Test
    void thirdHeldOutCorpusHasTheAgreedSize() {
        assertSize(thirdCorpusDir(), 16,
                List.of("news", "call", "email", "transcript", "hedged", "nofm", "mixed", "bullets"), 120, 45, 70);
    }

    private static void assertSize(Path dir, int minNotes, List<String> styles, int minTerms, int minAccelerators,
                                   int minTraps) {
        List<CorpusScore.GoldNote> notes = CorpusScore.readLabels(dir);
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
        assertThat(notes).as("notes in " + dir).hasSizeGreaterThanOrEqualTo(minNotes);
        for (String style : styles) {
            assertThat(perStyle.getOrDefault(style, 0)).as("notes in style " + style + " of " + dir)
                    .isGreaterThanOrEqualTo(2);
        }
        assertThat(terms).as("terms in " + dir).isGreaterThanOrEqualTo(minTerms);
        assertThat(accelerators).as("accelerator entries in " + dir).isGreaterThanOrEqualTo(minAccelerators);
        assertThat(traps).as("traps in " + dir).isGreaterThanOrEqualTo(minTraps);
    }
}
