package app.dealbrief.workspace;

import org.junit.jupiter.api.Tag;
import app.dealbrief.domain.Note;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Saved" means saved: a child JVM saves a growing note and reports each save; we kill it (like a crash or
 * a pulled plug, short of the OS losing its page cache) at random moments and check that the store opens
 * and holds every text the child reported saved.
 */
@Tag("slow")
class KillDuringSaveTest {
    private static final int RUNS = 20;
    @TempDir
    Path data;

    @Test
    void everyReportedSaveSurvivesAKill() throws Exception {
        Random random = new Random();
        long seed = random.nextLong();
        random.setSeed(seed);
        List<String> log = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        int runs = 0;
        for (int run = 1; run <= RUNS && System.nanoTime() < deadline; run++, runs++) {
            Process p = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                    SaveLoop.class.getName(), data.toString(), "r" + run)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            AtomicInteger lastSaved = new AtomicInteger();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        if (line.startsWith("SAVED ")) {
                            lastSaved.set(Integer.parseInt(line.substring(6).trim()));
                        }
                    }
                } catch (Exception ignored) {
                    // the pipe breaks when the child is killed
                }
            });
            reader.start();
            long waitStart = System.nanoTime();
            while (lastSaved.get() == 0 && p.isAlive() && System.nanoTime() - waitStart < TimeUnit.SECONDS.toNanos(30)) {
                Thread.sleep(5);
            }
            assertThat(p.isAlive()).as("child started saving (seed %d)", seed).isTrue();
            Thread.sleep(20 + random.nextInt(400));
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            reader.join(5000);
            int saved = lastSaved.get();

            try (Workspace w = Workspaces.open(data)) {
                Note n = w.note(w.notes("Durability").get(0).id()).orElseThrow();
                assertThat(n.text()).as("run %d (seed %d): last reported save r%d-%d", run, seed, run, saved)
                        .contains("word r" + run + "-" + saved + "\n");
                log.add("run " + run + ": " + saved + " saves reported, all found");
            }
        }
        // 20 kills take ~40 s on an idle laptop; on a loaded build machine the time budget ends the loop sooner.
        assertThat(runs).as("kills within the time budget").isGreaterThanOrEqualTo(5);
        System.out.println("KillDuringSaveTest seed " + seed + ": " + String.join("; ", log));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
