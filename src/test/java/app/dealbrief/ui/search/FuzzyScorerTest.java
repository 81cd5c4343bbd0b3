package app.dealbrief.ui.search;

import org.junit.jupiter.api.Test;

import static app.dealbrief.ui.search.FuzzyScorer.NONE;
import static app.dealbrief.ui.search.FuzzyScorer.score;
import static org.assertj.core.api.Assertions.assertThat;

class FuzzyScorerTest {
    @Test
    void lettersMustAppearInOrderIgnoringCaseAndSpaces() {
        assertThat(score("msft", "Microsoft")).isNotEqualTo(NONE);
        assertThat(score("MI CRO", "microsoft")).isNotEqualTo(NONE);
        assertThat(score("tfosorcim", "Microsoft")).isEqualTo(NONE);
        assertThat(score("x", "Microsoft")).isEqualTo(NONE);
        assertThat(score("micro", null)).isEqualTo(NONE);
        assertThat(score("", "Microsoft")).isZero();
    }

    @Test
    void aPrefixBeatsTheSameLettersLater() {
        assertThat(score("micro", "Microsoft")).isGreaterThan(score("micro", "Nebius–Microsoft deal"));
        assertThat(score("open", "OpenAI")).isGreaterThan(score("open", "Microsoft open models"));
    }

    @Test
    void wordStartsBeatScatteredLetters() {
        assertThat(score("cw", "CoreWeave")).as("camel case").isGreaterThan(score("cw", "Crowd sourcing"));
        assertThat(score("fw", "Fast Wire")).isGreaterThan(score("fw", "Fairwater"));
        assertThat(score("sv", "Fairwater site visit")).isGreaterThan(score("sv", "Stargate services review"));
        assertThat(score("ar", "Azure storage roadmap review")).isGreaterThan(score("ar", "Stargate update"));
    }

    @Test
    void consecutiveLettersBeatTheSameLettersSpreadOut() {
        assertThat(score("gb3", "GB300 ramp")).isGreaterThan(score("gb3", "Great big 3"));
        assertThat(score("ramp", "GB300 ramp")).isGreaterThan(score("ramp", "roadmap review plan"));
    }

    @Test
    void ofTwoEqualMatchesTheShorterWins() {
        assertThat(score("nvidia", "NVIDIA")).isGreaterThan(score("nvidia", "NVIDIA letter of intent readout"));
    }

    @Test
    void wordStartsTellAPrefixFromLettersScatteredThroughWords() {
        assertThat(FuzzyScorer.wordStarts("orac", "Oracle")).isTrue();
        assertThat(FuzzyScorer.wordStarts("orac", "Storage Capacity")).isFalse();
        assertThat(FuzzyScorer.wordStarts("cw", "CoreWeave")).isTrue();
        assertThat(FuzzyScorer.wordStarts("micro", "Nebius–Microsoft deal")).isTrue();
        assertThat(FuzzyScorer.wordStarts("gb3", "GB300 ramp")).isTrue();
    }

    @Test
    void quickOpenShowsScatteredMatchesOnlyWhenNothingMatchesAtWordStarts() {
        var oracle = new QuickOpenItem(QuickOpenItem.Kind.ACCOUNT, "Oracle", "Oracle", null, null);
        var storage = new QuickOpenItem(QuickOpenItem.Kind.NOTE, "Storage Capacity", "Halvard", "n1", null);
        assertThat(QuickOpenViewModel.best(java.util.List.of(storage, oracle), "orac")).containsExactly(oracle);
        assertThat(QuickOpenViewModel.best(java.util.List.of(storage), "orac")).containsExactly(storage);
    }

    @org.junit.jupiter.api.Test
    void positionsFollowWordStartsForHighlighting() {
        org.assertj.core.api.Assertions.assertThat(FuzzyScorer.positions("orac", "Oracle")).containsExactly(0, 1, 2, 3);
        org.assertj.core.api.Assertions.assertThat(FuzzyScorer.positions("cw", "CoreWeave")).containsExactly(0, 4);
        org.assertj.core.api.Assertions.assertThat(FuzzyScorer.positions("micro", "Nebius–Microsoft deal")).containsExactly(7, 8, 9, 10, 11);
        org.assertj.core.api.Assertions.assertThat(FuzzyScorer.positions("orac", "stORAge Capacity")).containsExactly(2, 3, 4, 8);
        org.assertj.core.api.Assertions.assertThat(FuzzyScorer.positions("xyz", "Oracle")).isEmpty();
    }
}
