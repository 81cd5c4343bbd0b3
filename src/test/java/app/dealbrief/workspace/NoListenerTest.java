package app.dealbrief.workspace;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The app opens no listening socket of any kind (no H2 server, no console, nothing). */
class NoListenerTest {
    @TempDir
    Path data;
    @TempDir
    Path vault;

    @Test
    void usingTheWorkspaceOpensNoListeningSocket() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")) && Files.exists(Path.of("/proc/net/tcp")),
                "needs Linux /proc to list this process's sockets");
        Set<String> before = listeningInodesOfThisProcess();
        Files.writeString(vault.resolve("n.md"), "---\naccount: Lambda\n---\n# N\n\nGB300 racks ramping.\n");
        try (Workspace w = Workspaces.open(data)) {
            w.importPaths(List.of(vault), Workspace.Progress.NONE);
            w.search("racks", 5);
            w.briefing("Lambda");
            w.sheet("Lambda", app.dealbrief.domain.SheetOptions.defaults(app.dealbrief.domain.SheetOptions.Paper.A4,
                    java.time.LocalDate.now()));
            Set<String> during = listeningInodesOfThisProcess();
            during.removeAll(before);
            assertThat(during).as("listening sockets opened by the app").isEmpty();
        }
    }

    /** Inodes of sockets in LISTEN state (TCP) or bound (UDP) that this process holds open. */
    private static Set<String> listeningInodesOfThisProcess() throws Exception {
        Set<String> mine = new HashSet<>();
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        mine.add(target.substring(8, target.length() - 1));
                    }
                } catch (Exception gone) {
                    // the descriptor closed while listing
                }
            }
        }
        Set<String> listening = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6", "/proc/net/udp", "/proc/net/udp6")) {
            Path t = Path.of(table);
            if (!Files.exists(t)) {
                continue;
            }
            boolean udp = table.contains("udp");
            for (String line : Files.readAllLines(t).subList(1, Files.readAllLines(t).size())) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 9 && (udp || f[3].equals("0A")) && mine.contains(f[9])) {
                    listening.add(f[9]);
                }
            }
        }
        return listening;
    }
}
