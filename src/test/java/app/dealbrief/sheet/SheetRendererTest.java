package app.dealbrief.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.domain.SheetOptions;
import app.dealbrief.domain.SheetOptions.Panel;
import app.dealbrief.domain.SheetOptions.Paper;

class SheetRendererTest {
    private final SheetRenderer renderer = new SheetRenderer();

    private static SheetOptions letter() {
        return SheetOptions.defaults(Paper.LETTER, BriefingFixture.TODAY);
    }

    @Test
    void textHoldsAccountEveryTermThePitchesAndTheFooter() {
        Briefing b = BriefingFixture.microsoft().build();
        String text = Pdfs.text(renderer.render(b, letter()));

        assertThat(text).contains("Microsoft", "Partnership terms".toUpperCase());
        for (PartnershipTerm t : b.partnershipTerms()) {
            assertThat(text).contains(TermsPart.clauseText(t));
        }
        assertThat(text).contains("NO right-of-first-refusal for Microsoft", "$250B", "2032", "2 GW");
        assertThat(text).contains("Accelerator-proof storage across the changing GPU/ASIC mix",
                "Token Plane for Azure Foundry", "Neocloud co-sell for Azure overflow");
        assertThat(text).doesNotContain("Remote DC placement"); // dropped pitches stay in the app
        assertThat(text).contains("Confidential — prepared 26 Nov 2026 from 7 notes (newest 12 Nov 2025)",
                "Page 1 of 1");
    }

    @Test
    void realisticAccountFitsExactlyOnePage() {
        byte[] pdf = renderer.render(BriefingFixture.microsoft().build(), letter());
        assertThat(renderer.pageCount(pdf)).isEqualTo(1);
        assertThat(Pdfs.text(pdf)).doesNotContain("more in DealBrief");
    }

    @Test
    void fontsAreEmbedded() throws Exception {
        byte[] pdf = renderer.render(BriefingFixture.microsoft().build(), letter());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources res = doc.getPage(0).getResources();
            int fonts = 0;
            for (COSName name : res.getFontNames()) {
                PDFont f = res.getFont(name);
                assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                assertThat(f.getName()).contains("NotoSans");
                fonts++;
            }
            assertThat(fonts).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void hugeAccountStaysOnOnePageAndSaysWhatWasLeftOut() {
        Briefing b = BriefingFixture.microsoft().bulk(300, 60).build();
        byte[] pdf = renderer.render(b, letter());

        assertThat(renderer.pageCount(pdf)).isEqualTo(1);
        String text = Pdfs.text(pdf);
        assertThat(text).containsPattern("\\+\\d+ more terms in DealBrief");
        assertThat(text).containsPattern("\\+\\d+ more pitches in DealBrief");
        assertThat(text).contains("Azure API exclusivity continues", "Page 1 of 1");
    }

    @Test
    void twoPagesAllowedPutsTheRestOnAContinuationPage() {
        Briefing b = BriefingFixture.microsoft().bulk(20, 6).build();
        SheetOptions o = new SheetOptions(Paper.LETTER, null, null, EnumSet.allOf(Panel.class), 2,
                BriefingFixture.TODAY);
        byte[] pdf = renderer.render(b, o);

        assertThat(renderer.pageCount(pdf)).isEqualTo(2);
        assertThat(Pdfs.pageText(pdf, 1)).contains("Continued on page 2", "Page 1 of 2");
        assertThat(Pdfs.pageText(pdf, 2)).contains("Microsoft — continued", "(continued)".toUpperCase(),
                "Page 2 of 2");
        assertThat(Pdfs.text(pdf)).contains("Bulk capacity clause number 20 ");
    }

    @Test
    void twoPagesAllowedButNotNeededGivesOnePage() {
        SheetOptions o = new SheetOptions(Paper.LETTER, null, null, EnumSet.allOf(Panel.class), 2,
                BriefingFixture.TODAY);
        assertThat(renderer.pageCount(renderer.render(BriefingFixture.microsoft().build(), o))).isEqualTo(1);
    }

    @Test
    void greekAndJapaneseNamesRenderOrAreVisiblyReplaced() {
        Briefing b = BriefingFixture.microsoft()
                .person("Νίκος Παπαδόπουλος", LocalDate.of(2025, 11, 1), 9)
                .person("山田太郎", LocalDate.of(2025, 11, 2), 9)
                .related("Ёлка Групп").related("東京エレクトロン")
                .build();
        byte[] pdf = renderer.render(b, letter());
        String text = Pdfs.text(pdf);

        assertThat(text).contains("Νίκος Παπαδόπουλος", "Ёлка Групп");
        // Japanese: drawn by a fallback font if the machine has one, else one '?' per missing character.
        assertThat(text).containsAnyOf("山田太郎", "????");
        assertThat(text).contains("Renée Dupont", "Jonas Ångström", "€2,000", "“big pause”");
    }

    @Test
    void paperSizeSetsTheMediaBox() throws Exception {
        Briefing b = BriefingFixture.microsoft().build();
        PDRectangle letter = mediaBox(renderer.render(b, letter()));
        PDRectangle a4 = mediaBox(renderer.render(b, SheetOptions.defaults(Paper.A4, BriefingFixture.TODAY)));

        assertThat(letter.getWidth()).isEqualTo(612f);
        assertThat(letter.getHeight()).isEqualTo(792f);
        assertThat(a4.getWidth()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(0.01f));
        assertThat(a4.getHeight()).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(0.01f));
    }

    @Test
    void onlyTheChosenPanelsAppear() {
        SheetOptions o = new SheetOptions(Paper.A4, LocalDate.of(2026, 12, 2), "Satya’s staff",
                EnumSet.of(Panel.TERMS, Panel.PITCHES), 1, BriefingFixture.TODAY);
        String text = Pdfs.text(renderer.render(BriefingFixture.microsoft().build(), o));

        assertThat(text).contains("PARTNERSHIP TERMS", "PITCHES TO MAKE", "Wed 2 Dec 2026", "Satya’s staff");
        assertThat(text).doesNotContain("ACCELERATOR MIX", "KEY PEOPLE", "RELATED ACCOUNTS", "SUMMARY");
    }

    @Test
    void blankMeetingDateAndAttendeesLeaveLinesToFillIn() {
        String text = Pdfs.text(renderer.render(BriefingFixture.microsoft().build(), letter()));
        assertThat(text).contains("MEETING ____", "ATTENDEES ____");
    }

    @Test
    void emptyBriefingStillRenders() {
        Briefing b = new Briefing("Acme", null, 0, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        byte[] pdf = renderer.render(b, letter());
        assertThat(renderer.pageCount(pdf)).isEqualTo(1);
        assertThat(Pdfs.text(pdf)).contains("Acme", "from 0 notes");
    }

    @Test
    void previewDrawsThePageAtTheAskedResolution() {
        byte[] pdf = renderer.render(BriefingFixture.microsoft().build(), letter());
        var img = renderer.preview(pdf, 0, 72);
        assertThat(img.getWidth()).isEqualTo(612);
        assertThat(img.getHeight()).isEqualTo(792);
        assertThatCode(() -> renderer.preview(pdf, 1, 72)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pagesArePlainPixelsOfTheSamePreview() {
        byte[] pdf = renderer.render(BriefingFixture.microsoft().build(), letter());
        var pages = renderer.pages(pdf, 72);
        assertThat(pages).hasSize(1);
        var img = renderer.preview(pdf, 0, 72);
        assertThat(pages.get(0).width()).isEqualTo(612);
        assertThat(pages.get(0).height()).isEqualTo(792);
        assertThat(pages.get(0).argb()).isEqualTo(img.getRGB(0, 0, 612, 792, null, 0, 612));
    }

    private static PDRectangle mediaBox(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage p = doc.getPage(0);
            return p.getMediaBox();
        }
    }
}
