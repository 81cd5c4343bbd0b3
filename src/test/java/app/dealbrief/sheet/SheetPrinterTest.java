package app.dealbrief.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import app.dealbrief.domain.DealBriefException;
import app.dealbrief.domain.SheetOptions;

/**
 * Printing for real needs a print queue (CI: cups, cups-pdf, cups-bsd and a CUPS-PDF queue). Set
 * DEALBRIEF_PRINT_OUT to the queue's output folder to also check that the printed PDF arrived.
 */
class SheetPrinterTest {
    private final SheetPrinter printer = new SheetPrinter();
    private final byte[] pdf = new SheetRenderer().render(BriefingFixture.microsoft().build(),
            SheetOptions.defaults(SheetOptions.Paper.LETTER, BriefingFixture.TODAY));

    @Test
    void printsToTheInstalledPrinter() throws Exception {
        assumeTrue(printer.hasPrinter(), "No printer is installed on this machine (install cups, cups-pdf and "
                + "cups-bsd and add a CUPS-PDF queue to run this test)");
        String out = System.getenv("DEALBRIEF_PRINT_OUT");
        Instant before = Instant.now();

        printer.print(pdf, "DealBrief sheet test", false);

        if (out != null) {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (Instant.now().isBefore(deadline) && !printedSince(Path.of(out), before)) {
                Thread.onSpinWait(); // the spooler writes asynchronously; poll until the file shows up
            }
            assertThat(printedSince(Path.of(out), before)).as("a PDF in " + out).isTrue();
        }
    }

    @Test
    void withoutPrinterSaysSoPlainly() {
        assumeFalse(printer.hasPrinter(), "A printer is installed, so the no-printer message cannot be checked");
        assertThatThrownBy(() -> printer.print(pdf, "x", true))
                .isInstanceOf(DealBriefException.class)
                .hasMessage("No printer is installed. Export the sheet as PDF instead.");
    }

    private static boolean printedSince(Path dir, Instant since) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".pdf"))
                    .anyMatch(p -> p.toFile().lastModified() >= since.toEpochMilli() - 1000);
        } catch (Exception e) {
            return false;
        }
    }
}
