package app.dealbrief.workspace;

import org.junit.jupiter.api.Tag;
import app.dealbrief.domain.DealBriefException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("slow")
class SingleWriterTest {
    @TempDir
    Path data;

    @Test
    void aSecondProcessGetsAClearMessageAndAKilledOnesLockIsCleared() throws Exception {
        Process holder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldStore.class.getName(), data.toString()))
                .redirectErrorStream(true).start();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null && !line.equals("open")) {
                // skip anything the child logs before it holds the store
            }
            assertThat(line).as("child opened the store").isEqualTo("open");
            assertThatThrownBy(() -> Workspaces.open(data)).isInstanceOf(DealBriefException.class)
                    .hasMessageStartingWith("DealBrief is already open on " + data);
        } finally {
            holder.destroyForcibly();
            holder.waitFor(20, TimeUnit.SECONDS);
        }
        try (Workspace w = Workspaces.open(data)) {
            assertThat(w.accounts()).isEmpty();
        }
    }
}
