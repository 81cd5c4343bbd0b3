package app.dealbrief.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import app.dealbrief.domain.ActionItem;
import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.SheetOptions;
import app.dealbrief.domain.SheetOptions.Panel;
import app.dealbrief.domain.SheetOptions.Paper;

/** The layout model, checked without a PDF: nothing leaves the page, cuts are counted right. */
class SheetLayoutTest {

    @ParameterizedTest
    @EnumSource(Paper.class)
    void nothingRunsOffThePageEvenWhenOverfull(Paper paper) {
        for (Briefing b : List.of(BriefingFixture.microsoft().build(),
                BriefingFixture.microsoft().bulk(300, 60).build(), longWords())) {
            for (int pages = 1; pages <= 2; pages++) {
                SheetOptions o = new SheetOptions(paper, null, "A very long attendee list ".repeat(12),
                        EnumSet.allOf(Panel.class), pages, BriefingFixture.TODAY);
                for (SheetLayout.Page p : SheetLayout.of(b, o).pages()) {
                    assertInside(p);
                }
            }
        }
    }

    @Test
    void moreLineCountsWhatWasCut() {
        Briefing b = BriefingFixture.microsoft().bulk(300, 0).build();
        List<String> texts = texts(SheetLayout.of(b, SheetOptions.defaults(Paper.LETTER, BriefingFixture.TODAY))
                .pages().get(0));
        long termRows = texts.stream().filter(t -> t.startsWith("Bulk capacity clause") || t.startsWith("Azure API")
                || t.startsWith("Microsoft IP") || t.startsWith("Research IP") || t.startsWith("OpenAI to purchase")
                || t.startsWith("right-of-first") || t.startsWith("Both can") || t.startsWith("Fairwater site")).count();
        String more = texts.stream().filter(t -> t.endsWith("more terms in DealBrief")).findFirst().orElseThrow();
        int n = Integer.parseInt(more.replaceAll("\\D", ""));
        assertThat(termRows + n).isEqualTo(b.partnershipTerms().size());
        assertThat(termRows).isGreaterThanOrEqualTo(3);
    }

    @Test
    void overdueActionsComeFirstAndDoneOnesAreLeftOut() {
        LocalDate today = BriefingFixture.TODAY;
        List<ActionItem> items = List.of(
                item("later", today.plusDays(9), ActionItem.State.OPEN),
                item("done", today.minusDays(9), ActionItem.State.DONE),
                item("undated", null, ActionItem.State.OPEN),
                item("late", today.minusDays(2), ActionItem.State.OPEN),
                item("soon", today.plusDays(1), ActionItem.State.QUESTION));
        assertThat(ActionsPart.of(items, today).items).extracting(ActionItem::text)
                .containsExactly("late", "soon", "later", "undated");
    }

    private static ActionItem item(String text, LocalDate due, ActionItem.State state) {
        return new ActionItem(text, "Ana", due, null, state, "n", today());
    }

    private static LocalDate today() {
        return BriefingFixture.TODAY;
    }

    private static Briefing longWords() {
        String word = "Supercalifragilisticexpialidocious".repeat(8);
        return BriefingFixture.empty(word).summary(word + " " + word)
                .person(word, null, 1).related(word).related("x")
                .pitch(word, word, app.dealbrief.domain.Pitch.Status.TO_TRY)
                .term(app.dealbrief.domain.TermCategory.OTHER, word, Long.MAX_VALUE, 123456.0, 2030, true)
                .build();
    }

    private static List<String> texts(SheetLayout.Page p) {
        List<String> out = new ArrayList<>();
        for (Op op : p.ops()) {
            if (op instanceof Op.Text t) {
                out.add(t.text());
            }
        }
        return out;
    }

    private static void assertInside(SheetLayout.Page p) {
        float left = SheetLayout.SIDE - 1.5f;
        float right = p.width() - SheetLayout.SIDE + 0.5f;
        float bottom = p.height() - SheetLayout.BOTTOM;
        for (Op op : p.ops()) {
            if (op instanceof Op.Text t) {
                float w = Wrap.width(t.text(), t.face(), t.size());
                assertThat(t.x()).as(t.text()).isGreaterThanOrEqualTo(left);
                assertThat(t.x() + w).as(t.text()).isLessThanOrEqualTo(right);
                assertThat(t.y()).as(t.text()).isBetween(SheetLayout.TOP, bottom);
            } else if (op instanceof Op.Box b) {
                assertThat(b.x()).isGreaterThanOrEqualTo(left);
                assertThat(b.x() + b.w()).isLessThanOrEqualTo(right);
                assertThat(b.y() + b.h()).isLessThanOrEqualTo(bottom);
            } else if (op instanceof Op.Line l) {
                assertThat(Math.max(l.x1(), l.x2())).isLessThanOrEqualTo(right);
                assertThat(Math.max(l.y1(), l.y2())).isLessThanOrEqualTo(bottom);
            }
        }
    }
}
