package app.dealbrief.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.SheetOptions;

/** A sample sheet renders in under 300 ms once fonts are loaded (the target in the sheet issue). */
class SheetSpeedTest {
    // Without a logback config PDFBox logs every glyph substitution at DEBUG, which alone costs seconds.
    private static Level before;

    @BeforeAll
    static void quietPdfBox() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        before = root.getLevel();
        root.setLevel(Level.INFO);
    }

    @AfterAll
    static void restore() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(before);
    }

    @Test
    void warmRenderTakesUnder300ms() {
        SheetRenderer r = new SheetRenderer();
        Briefing b = BriefingFixture.microsoft().build();
        SheetOptions o = SheetOptions.defaults(SheetOptions.Paper.LETTER, BriefingFixture.TODAY);
        for (int i = 0; i < 5; i++) {
            r.render(b, o);
        }
        // The best of ten: a busy build machine adds noise, never speed.
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            r.render(b, o);
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        System.out.println("sheet render, warm best of 10: " + best + " ms");
        assertThat(best).isLessThan(300);
    }
}
