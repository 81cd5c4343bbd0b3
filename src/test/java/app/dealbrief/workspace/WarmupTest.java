package app.dealbrief.workspace;

import app.dealbrief.domain.Briefing;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cold start warms the store, the extractor and the sheet renderer on other threads while it opens the
 * store: the real work right behind it must give the same results and never wait forever. Run in a child
 * JVM, because only the first warm-up of a JVM counts: in this one another test may have started it already.
 */
@Tag("slow")
class WarmupTest {
    @TempDir
    Path data;
    @TempDir
    Path vault;

    @Test
    void workStartedDuringTheWarmUpFinishesWithTheSameResults() throws Exception {
        Files.writeString(vault.resolve("meeting.md"), """
                ---
                title: Capacity review
                date: 2025-11-12
                account: Acme
                ---
                ## Notes
                - Acme committed $40B of compute through 2030; NVIDIA remains primary.
                """);
        Briefing before;
        try (Workspace w = Workspaces.open(data)) {
            w.importPaths(List.of(vault), Workspace.Progress.NONE);
            before = w.briefing("Acme");
        }
        assertThat(before.partnershipTerms()).as("the note states a term").isNotEmpty();

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                WarmupChild.class.getName(), data.toString(), "Acme")
                .redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        // Waited for, not timed out by interrupting: H2 must never be interrupted.
        try (var r = p.inputReader(StandardCharsets.UTF_8)) {
            r.lines().forEach(lines::add);
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("child finished: %s", lines).isTrue();
        assertThat(p.exitValue()).as("child output: %s", lines).isZero();
        assertThat(lines).contains("PDF %PDF-", "DONE");
        String briefing = lines.stream().filter(l -> l.startsWith("BRIEFING ")).findFirst().orElseThrow()
                .substring("BRIEFING ".length());
        assertThat(new String(Base64.getDecoder().decode(briefing), StandardCharsets.UTF_8)).isEqualTo(before.toString());
    }
}
