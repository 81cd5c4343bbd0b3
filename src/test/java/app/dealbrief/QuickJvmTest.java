package app.dealbrief;

import org.junit.jupiter.api.Tag;
import app.dealbrief.workspace.Workspace;
import app.dealbrief.workspace.Workspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Short commands run in a second JVM tuned for a short run; what the user sees must not change. */
@Tag("slow")
class QuickJvmTest {
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final Charset UTF8 = StandardCharsets.UTF_8;

    @TempDir
    Path dir;

    private static List<String> command(String[] args, String... head) {
        return command(args, Map.of(), UTF8, head);
    }

    private static List<String> command(String[] args, Map<String, String> env, Charset jnu, String... head) {
        String[] argv = Arrays.copyOf(head, head.length + args.length);
        System.arraycopy(args, 0, argv, head.length, args.length);
        return QuickJvm.command(args, Optional.of(JAVA.toString()), Optional.of(argv), JAVA, env, jnu, 4242);
    }

    @Test
    void aShortCommandIsStartedAgainWithTheQuickCompilerOnlyAndItsOwnOptionsLast() {
        String[] args = {"sheet", "Acme Corp", "--out", "a b.pdf"};
        assertThat(command(args, "-Xmx300m", "-jar", "dealbrief.jar")).containsExactly(JAVA.toString(),
                "-XX:TieredStopAtLevel=1", "-Ddealbrief.jvm=quick", "-Ddealbrief.parent=4242",
                "-Xmx300m", "-jar", "dealbrief.jar", "sheet", "Acme Corp", "--out", "a b.pdf");
        assertThat(QuickJvm.plainLaunch(new String[] {"-Dx=1", "-Xmx1g", "-ea", "-XX:+UseSerialGC",
                "-XX:MaxRAMPercentage=50", "-cp", "a:b", "app.dealbrief.Main"})).isTrue();
        assertThat(QuickJvm.plainLaunch(new String[] {"--class-path=a:b", "app.dealbrief.Main"})).isTrue();
    }

    @Test
    void longWorkTheWindowAndUnreadableCommandLinesStayInThisJvm() throws IOException {
        assertThat(command(new String[] {"import", "vault"}, "-jar", "dealbrief.jar")).as("import keeps C2").isEmpty();
        assertThat(command(new String[0], "-jar", "d.jar")).as("the window").isEmpty();
        String[] brief = {"brief", "Acme"};
        assertThat(QuickJvm.command(brief, Optional.of(JAVA.toString()), Optional.empty(), JAVA, Map.of(), UTF8, 1))
                .as("no arguments from the OS (Windows)").isEmpty();
        assertThat(QuickJvm.command(brief, Optional.of(JAVA.toString()),
                Optional.of(new String[] {"-jar", "d.jar", "brief", "Acm"}), JAVA, Map.of(), UTF8, 1))
                .as("arguments that do not end in this command's").isEmpty();
        Path launcher = Files.writeString(dir.resolve("DealBrief"), "an installed app's launcher");
        assertThat(QuickJvm.command(brief, Optional.of(launcher.toString()), Optional.of(brief), JAVA, Map.of(), UTF8, 1))
                .as("not the java launcher: its JVM options come from its own configuration").isEmpty();
    }

    @Test
    void anythingASecondJvmWouldDoTwiceOrDifferentlyKeepsTheCommandInThisJvm() {
        String[] args = {"brief", "Acme"};
        for (String[] head : List.of(
                new String[] {"-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-jar", "d.jar"},
                new String[] {"-javaagent:agent.jar", "-jar", "d.jar"},
                new String[] {"-XX:StartFlightRecording=filename=r.jfr", "-jar", "d.jar"},
                new String[] {"-Xlog:gc:file=gc.log", "-jar", "d.jar"},
                new String[] {"-XX:ArchiveClassesAtExit=app.jsa", "-jar", "d.jar"},
                new String[] {"-XX:+PrintFlagsFinal", "-jar", "d.jar"},
                new String[] {"-XX:+UnlockDiagnosticVMOptions", "-XX:+LogVMOutput", "-XX:LogFile=vm.log", "-jar", "d.jar"},
                new String[] {"-Dcom.sun.management.jmxremote.port=9311", "-jar", "d.jar"},
                new String[] {"-Xms1g", "-jar", "d.jar"},
                new String[] {"@options.txt", "-jar", "d.jar"},
                new String[] {"@all.txt"},
                new String[] {"-cp", "a", "@more.txt"},
                new String[] {"-m", "app/app.dealbrief.Main"},
                new String[] {"-jar"})) {
            assertThat(command(args, head)).as(String.join(" ", head)).isEmpty();
        }
        assertThat(command(args, Map.of("JAVA_TOOL_OPTIONS", "-agentlib:jdwp=transport=dt_socket,server=y"), UTF8,
                "-jar", "d.jar")).as("JVM options from the environment").isEmpty();
        assertThat(command(new String[] {"accounts", "--passphrase-file", "/dev/fd/63"}, "-jar", "d.jar"))
                .as("an open file of this process, which a child does not inherit").isEmpty();
        assertThat(command(new String[] {"accounts", "--data-dir", "/tmp/d\uFFFD\uFFFDt"}, "-jar", "d.jar"))
                .as("a name the platform could not decode").isEmpty();
        assertThat(command(new String[] {"accounts", "--data-dir", "/tmp/dätä"}, Map.of(), StandardCharsets.US_ASCII,
                "-jar", "d.jar")).as("a name the platform's encoding cannot carry to the child").isEmpty();
    }

    @Test
    void outputAndExitCodesPassThroughTheSecondJvm() throws Exception {
        assumeTrue(ProcessHandle.current().info().arguments().isPresent(),
                "this OS does not give a process's arguments back (Windows): commands always run in one JVM");
        Path data = dir.resolve("data");
        try (Workspace w = Workspaces.open(data)) {
            Files.createDirectories(dir.resolve("vault"));
            Files.writeString(dir.resolve("vault/m.md"), "---\ntitle: Kickoff\ndate: 2026-01-05\naccount: Acme Corp\n---\n"
                    + "# Summary\nA first meeting.\n", StandardCharsets.UTF_8);
            w.importPaths(List.of(dir.resolve("vault")), Workspace.Progress.NONE);
        }
        Run ok = main("accounts", "--data-dir", data.toString());
        assertThat(ok.code).isZero();
        assertThat(ok.out).isEqualTo("Acme Corp      1 note   newest 2026-01-05\n");
        assertThat(ok.err).isEmpty();
        assertThat(ok.quickChild).as("a second JVM with the quick compiler ran the command").isTrue();

        Run unknown = main("sheet", "Globex", "--out", dir.resolve("g.pdf").toString(), "--data-dir", data.toString());
        assertThat(unknown.code).as("unknown account").isEqualTo(3);
        assertThat(unknown.err).contains("no account named \"Globex\"");

        Run same = main("-Ddealbrief.jvm=same", "accounts", "--data-dir", data.toString());
        assertThat(same.code).isZero();
        assertThat(same.out).isEqualTo(ok.out);
        assertThat(same.quickChild).isFalse();
    }

    private record Run(int code, String out, String err, boolean quickChild) {
    }

    /** java [JVM options] app.dealbrief.Main ARGS, as a user's shell would start it. */
    private Run main(String... jvmOptionsThenArgs) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(JAVA.toString(), "-Djava.awt.headless=true"));
        int i = 0;
        while (jvmOptionsThenArgs[i].startsWith("-")) {
            cmd.add(jvmOptionsThenArgs[i++]);
        }
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(jvmOptionsThenArgs).subList(i, jvmOptionsThenArgs.length));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        // The class path goes in the environment: Linux gives a process's arguments back only up to 4 KB.
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        OPTION_VARIABLES_CLEARED.forEach(pb.environment()::remove);
        Process p = pb.start();
        // Watch the process's children while it runs: the second JVM lives for the whole command (> 0.5 s).
        Set<Boolean> quick = ConcurrentHashMap.newKeySet();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try {
            while (!p.waitFor(5, TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(c -> c.info().arguments().ifPresent(a ->
                        quick.add(Arrays.asList(a).contains("-XX:TieredStopAtLevel=1"))));
                assertThat(System.nanoTime()).as("the command finished within a minute").isLessThan(deadline);
            }
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err), quick.contains(true));
    }

    private static final List<String> OPTION_VARIABLES_CLEARED = QuickJvm.OPTION_VARIABLES;
}
