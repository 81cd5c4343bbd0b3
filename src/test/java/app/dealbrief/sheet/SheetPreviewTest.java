package app.dealbrief.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import app.dealbrief.domain.SheetOptions;

/** Renders the sample sheet to target/ so a person can look at it (sheet-preview.png, sheet.pdf). */
class SheetPreviewTest {
    private final SheetRenderer renderer = new SheetRenderer();

    @Test
    void writesPreviewOfTheSampleSheet() throws Exception {
        SheetOptions o = new SheetOptions(SheetOptions.Paper.LETTER, LocalDate.of(2026, 12, 2),
                "Renée Dupont, Jonas Ångström, Priya Natarajan", EnumSet.allOf(SheetOptions.Panel.class), 1,
                BriefingFixture.TODAY);
        byte[] pdf = renderer.render(BriefingFixture.microsoft().build(), o);
        BufferedImage img = renderer.preview(pdf, 0, 110);

        Path dir = Path.of("target");
        Files.createDirectories(dir);
        Files.write(dir.resolve("sheet.pdf"), pdf);
        ImageIO.write(img, "png", dir.resolve("sheet-preview.png").toFile());
        assertThat(img.getWidth()).isEqualTo(Math.round(8.5f * 110));

        // Overfull accounts, on A4 with a continuation page, for a look at the cut lines.
        SheetOptions two = new SheetOptions(SheetOptions.Paper.A4, null, null, EnumSet.allOf(SheetOptions.Panel.class),
                2, BriefingFixture.TODAY);
        Files.write(dir.resolve("sheet-overfull-a4.pdf"), renderer.render(BriefingFixture.microsoft().bulk(40, 12)
                .person("Νίκος Παπαδόπουλος", LocalDate.of(2025, 11, 1), 9).person("山田太郎", null, 1).build(), two));
    }
}
