package app.dealbrief;

import app.dealbrief.workspace.Workspace;
import app.dealbrief.workspace.Workspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Short commands run in a second JVM tuned for a short run; what the user sees must not change. */
class QuickJvmTest {
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @TempDir
    Path dir;

    @Test
    void aShortCommandIsStartedAgainWithTheQuickCompilerOnlyAndItsOwnOptionsLast() {
        String[] args = {"sheet", "Acme Corp", "--out", "a b.pdf"};
        String[] argv = {"-Xmx300m", "-jar", "dealbrief.jar", "sheet", "Acme Corp", "--out", "a b.pdf"};
        List<String> cmd = QuickJvm.command(args, Optional.of(JAVA.toString()), Optional.of(argv), JAVA);
        assertThat(cmd).containsExactly(JAVA.toString(), "-XX:TieredStopAtLevel=1", "-Ddealbrief.jvm=quick",
                "-Xmx300m", "-jar", "dealbrief.jar", "sheet", "Acme Corp", "--out", "a b.pdf");
    }

    @Test
    void longWorkTheWindowAndUnreadableCommandLinesStayInThisJvm() throws IOException {
        String[] argv = {"-jar", "dealbrief.jar", "import", "vault"};
        assertThat(QuickJvm.command(new String[] {"import", "vault"}, Optional.of(JAVA.toString()), Optional.of(argv), JAVA))
                .as("import keeps the optimising compiler").isEmpty();
        assertThat(QuickJvm.command(new String[0], Optional.of(JAVA.toString()), Optional.of(new String[] {"-jar", "d.jar"}), JAVA))
                .as("the window").isEmpty();
        String[] brief = {"brief", "Acme"};
        assertThat(QuickJvm.command(brief, Optional.of(JAVA.toString()), Optional.empty(), JAVA))
                .as("no arguments from the OS (Windows)").isEmpty();
        assertThat(QuickJvm.command(brief, Optional.of(JAVA.toString()), Optional.of(new String[] {"-jar", "d.jar", "brief", "Acm"}), JAVA))
                .as("arguments that do not end in this command's").isEmpty();
        Path launcher = Files.writeString(dir.resolve("DealBrief"), "an installed app's launcher");
        assertThat(QuickJvm.command(brief, Optional.of(launcher.toString()), Optional.of(brief), JAVA))
                .as("not the java launcher: its JVM options come from its own configuration").isEmpty();
    }

    @Test
    void aDebuggerProfilerOrUnknownLaunchKeepsTheCommandInThisJvm() {
        String[] args = {"brief", "Acme"};
        for (String[] head : List.of(
                new String[] {"-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-jar", "d.jar"},
                new String[] {"-javaagent:agent.jar", "-jar", "d.jar"},
                new String[] {"-XX:StartFlightRecording=filename=r.jfr", "-jar", "d.jar"},
                new String[] {"-Xlog:gc:file=gc.log", "-jar", "d.jar"},
                new String[] {"@options.txt", "-jar", "d.jar"},
                new String[] {"-m", "app/app.dealbrief.Main"},
                new String[] {"-jar"})) {
            String[] argv = new String[head.length + args.length];
            System.arraycopy(head, 0, argv, 0, head.length);
            System.arraycopy(args, 0, argv, head.length, args.length);
            assertThat(QuickJvm.command(args, Optional.of(JAVA.toString()), Optional.of(argv), JAVA))
                    .as(String.join(" ", head)).isEmpty();
        }
        assertThat(QuickJvm.plainLaunch(new String[] {"-Dx=1", "-Xmx1g", "-ea", "-XX:+UseSerialGC", "-cp", "a:b",
                "app.dealbrief.Main"})).isTrue();
    }

    @Test
    void outputAndExitCodesPassThroughTheSecondJvm() throws Exception {
        Path data = dir.resolve("data");
        try (Workspace w = Workspaces.open(data)) {
            Files.createDirectories(dir.resolve("vault"));
            Files.writeString(dir.resolve("vault/m.md"), "---\ntitle: Kickoff\ndate: 2026-01-05\naccount: Acme Corp\n---\n"
                    + "# Summary\nA first meeting.\n", StandardCharsets.UTF_8);
            w.importPaths(List.of(dir.resolve("vault")), Workspace.Progress.NONE);
        }
        Run ok = main("-XX:+PrintFlagsFinal", "accounts", "--data-dir", data.toString());
        assertThat(ok.code).isZero();
        assertThat(ok.out).contains("Acme Corp      1 note   newest 2026-01-05");
        // The flags each JVM prints at start: this one's, then the second's with the quick compiler only.
        assertThat(ok.out).containsPattern("TieredStopAtLevel\\s+= 1\\s+\\{product\\} \\{command line\\}");

        Run unknown = main("sheet", "Globex", "--out", dir.resolve("g.pdf").toString(), "--data-dir", data.toString());
        assertThat(unknown.code).as("unknown account").isEqualTo(3);
        assertThat(unknown.err).contains("no account named \"Globex\"");

        Run same = main("-Ddealbrief.jvm=same", "-XX:+PrintFlagsFinal", "accounts", "--data-dir", data.toString());
        assertThat(same.code).isZero();
        assertThat(same.out).contains("Acme Corp").doesNotContainPattern("TieredStopAtLevel\\s+= 1");
    }

    private record Run(int code, String out, String err) {
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
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
