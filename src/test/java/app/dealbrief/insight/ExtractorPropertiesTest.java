package app.dealbrief.insight;

import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.Note;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile and random prose never breaks the extractor: no exception, and the briefing is well-formed. */
class ExtractorPropertiesTest {
    private static final String[] PIECES = {"$", "250B", "+", " GW", "MW", " no ", "exclusive", "right of first refusal",
        "Nvidia", "MAIA", "ASIC", "may use", "lags", ";", ":", "(", ")", "–", "-", "\n", "- ", "## ", "**", "[[", "]]",
        "|", "2032", "through", "agreement", "pitch", "recommend", "\u0000", "\u202E", "😀", "   ", ".", ",", "and"};

    @Property(tries = 200)
    void randomTextNeverThrows(@ForAll @StringLength(max = 400) String text) {
        check(text);
    }

    @Property(tries = 300)
    void dealWordSoupNeverThrows(@ForAll("soup") String text) {
        check(text);
    }

    @Provide
    Arbitrary<String> soup() {
        return Arbitraries.of(PIECES).list().ofMaxSize(120).map(l -> String.join("", l));
    }

    private static void check(String text) {
        Note n = NoteFixture.note(text).build();
        Briefing b = Briefs.of("Microsoft", n);
        assertThat(b.account()).isEqualTo("Microsoft");
        b.partnershipTerms().forEach(t -> {
            assertThat(t.category()).isNotNull();
            assertThat(t.text()).isNotBlank();
            if (t.amountUsd() != null) {
                assertThat(t.amountUsd()).isPositive();
            }
        });
        b.acceleratorMix().forEach(a -> assertThat(a.vendor()).isNotBlank());
    }
}
