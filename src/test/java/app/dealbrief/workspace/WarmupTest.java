package app.dealbrief.workspace;

import app.dealbrief.domain.Briefing;
import app.dealbrief.domain.SheetOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cold start warms the store, the extractor and the sheet renderer on other threads while it opens the
 * store: the real work right behind it must give the same results and never wait forever.
 */
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
        // Threads, not a timeout that interrupts: H2 must never be interrupted.
        CompletableFuture<byte[]> run = CompletableFuture.supplyAsync(() -> {
            Workspaces.warmUp(true, true);
            try (Workspace w = Workspaces.open(data)) {
                assertThat(w.briefing("Acme")).isEqualTo(before);
                return w.sheet("Acme", SheetOptions.defaults(SheetOptions.Paper.A4, LocalDate.now()));
            }
        });
        byte[] pdf = run.get(60, TimeUnit.SECONDS);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        Workspaces.warmUp(true, true); // a second call is a no-op
    }
}
