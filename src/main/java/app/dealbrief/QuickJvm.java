package app.dealbrief;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * Runs the short, read-only commands in a JVM started for a short run.
 *
 * <p>A cold {@code sheet} spends about half of its CPU in the JIT's optimising compiler (C2), compiling
 * code the run ends before it could profit from. {@code -XX:TieredStopAtLevel=1} keeps the quick compiler
 * only: a cold sheet took 1.25 s instead of 1.75 s here. {@code java -jar} cannot carry JVM options, so
 * for these commands this JVM starts the same command line again with that option and waits for it,
 * passing on its exit code; the output goes straight to this process's streams. That costs ~80 ms
 * (this JVM's start), not the ~500 ms it saves. Long work ({@code import}, {@code export}, backups) and
 * the window keep the optimising compiler.
 *
 * <p>The command runs in this JVM, as before, whenever a second one could behave differently: when the
 * command line cannot be read back exactly (Windows gives no arguments, Linux none past 4 KB or past an
 * empty argument; a name the platform's encoding cannot carry), when this is not the plain {@code java}
 * launcher (the installed app's launcher carries its own JVM options), when a JVM option would act twice
 * ({@link #plainLaunch}: a debugger or JMX port, an agent, a log or archive file) or comes from the
 * environment ({@code JAVA_TOOL_OPTIONS} and the like), when an argument names one of this process's open
 * files ({@code /dev/fd/N}, which a child does not inherit), or with {@code -Ddealbrief.jvm=same}.
 */
final class QuickJvm {
    /** Commands that read the store and finish in a second or two. */
    static final Set<String> SHORT = Set.of("sheet", "brief", "accounts", "notes", "search");
    /** Set on the second JVM, so it never starts a third; {@code same} opts out. */
    static final String PROPERTY = "dealbrief.jvm";
    /** The first JVM's process id, on the second: it stops when the first is gone (killed, say). */
    static final String PARENT = "dealbrief.parent";
    /** Environment variables the JVM takes options from: a second JVM would apply them again. */
    static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    /** The -XX flags a second JVM may be given again: collector, heap and compiler choices, nothing that writes. */
    private static final Pattern SAFE_XX = Pattern.compile("-XX:(?:[+-](?:Use\\w*GC|UseCompressedOops|UseContainerSupport"
            + "|TieredCompilation|HeapDumpOnOutOfMemoryError|ExitOnOutOfMemoryError|UseStringDeduplication)"
            + "|(?:MaxHeapSize|MaxRAM|MaxRAMPercentage|InitialRAMPercentage|MinRAMPercentage|MaxMetaspaceSize"
            + "|MaxDirectMemorySize|ReservedCodeCacheSize|TieredStopAtLevel|ActiveProcessorCount|CICompilerCount"
            + "|HeapDumpPath|SharedArchiveFile)=[^\\s]+)");
    private static final Pattern CLASS_NAME = Pattern.compile("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}.]*");

    private QuickJvm() {
    }

    /**
     * On the second JVM: stop when the first is gone, so a caller that kills the command (a timeout, an IDE's
     * stop button) does not leave it running. It exits through the shutdown hooks, so an open store is closed.
     */
    static void followParent() {
        String parent = System.getProperty(PARENT);
        if (parent == null) {
            return;
        }
        // System.exit, not halt: the shutdown hooks run, and the CLI's closes the store (cli.StoreOnExit).
        Runnable stop = () -> new Thread(() -> System.exit(143), "dealbrief-parent-gone").start();
        try {
            ProcessHandle.of(Long.parseLong(parent)).ifPresentOrElse(p -> p.onExit().thenRun(stop), stop);
        } catch (NumberFormatException e) {
            // not ours to follow
        }
    }

    /** The exit code of the command run in a second JVM, or empty when it is to run in this one. */
    static OptionalInt run(String[] args) {
        if (args.length == 0 || !SHORT.contains(args[0]) || System.getProperty(PROPERTY) != null) {
            return OptionalInt.empty(); // decided before asking the OS anything
        }
        ProcessHandle me = ProcessHandle.current();
        ProcessHandle.Info self = me.info();
        List<String> cmd = command(args, self.command(), self.arguments(),
                Path.of(System.getProperty("java.home"), "bin", "java"), System.getenv(),
                jnuCharset(), me.pid());
        if (cmd.isEmpty()) {
            return OptionalInt.empty();
        }
        // Registered before the start, so no moment is left in which stopping this one would orphan the other.
        AtomicReference<Process> started = new AtomicReference<>();
        Thread stop = new Thread(() -> stop(started.get()), "dealbrief-stop-child");
        try {
            Runtime.getRuntime().addShutdownHook(stop);
            started.set(new ProcessBuilder(cmd).inheritIO().start());
        } catch (IOException | RuntimeException e) {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // the hook finds no process and does nothing
            }
            return OptionalInt.empty(); // could not start it: run here, only slower
        }
        while (true) {
            try {
                return OptionalInt.of(started.get().waitFor());
            } catch (InterruptedException e) {
                // nothing here interrupts; keep waiting for the command's own exit
            }
        }
    }

    /** This JVM is being stopped (SIGTERM, SIGHUP): the command stops too, and is gone before this one is. */
    private static void stop(Process child) {
        if (child == null || !child.isAlive()) {
            return;
        }
        child.destroy();
        try {
            if (!child.waitFor(2, TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Charset jnuCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name()));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The second JVM's command line: this process's own, with the quick-compiler options put first (so
     * options given on the command line still win), or an empty list when this one should do the work itself.
     *
     * @param exe  this process's executable
     * @param argv this process's arguments after the executable
     * @param java the {@code java} launcher of the running JDK
     * @param env  this process's environment (the child inherits it)
     * @param jnu  the charset command-line arguments travel in, null when unknown
     */
    static List<String> command(String[] args, Optional<String> exe, Optional<String[]> argv, Path java,
                                Map<String, String> env, Charset jnu, long pid) {
        if (args.length == 0 || !SHORT.contains(args[0]) || exe.isEmpty() || argv.isEmpty() || jnu == null) {
            return List.of();
        }
        for (String v : OPTION_VARIABLES) {
            String value = env.get(v);
            if (value != null && !value.isBlank()) {
                return List.of();
            }
        }
        CharsetEncoder encoder = jnu.newEncoder();
        for (String a : args) {
            // U+FFFD: the platform could not decode it, so it cannot be passed on as it was typed.
            if (a.indexOf('\uFFFD') >= 0 || !encoder.canEncode(a) || a.startsWith("/dev/fd/")
                    || a.startsWith("/proc/") && a.contains("/fd/")) {
                return List.of();
            }
        }
        String[] all = argv.get();
        // The arguments must be read back exactly, ending in this command's own.
        if (all.length < args.length
                || !Arrays.equals(all, all.length - args.length, all.length, args, 0, args.length)) {
            return List.of();
        }
        if (!plainLaunch(Arrays.copyOf(all, all.length - args.length)) || !isFile(exe.get(), java)) {
            return List.of();
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(exe.get());
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-D" + PROPERTY + "=quick");
        cmd.add("-D" + PARENT + "=" + pid);
        cmd.addAll(Arrays.asList(all));
        return cmd;
    }

    /**
     * Whether what comes before the command's arguments is {@code [options] -jar JAR} or {@code [options]
     * MAIN-CLASS} with only options a second JVM can be given again without acting twice: system properties
     * (not JMX's, which opens a port), {@code -Xmx}, {@code -Xss}, assertions, the class path and the
     * {@link #SAFE_XX} flags. A debugger or profiler agent, flight recording, JVM logging, {@code -Xms} (both
     * JVMs would hold it) or an argument file keep the command in this JVM.
     */
    static boolean plainLaunch(String[] head) {
        for (int i = 0; i < head.length; i++) {
            String a = head[i];
            if (a.equals("-jar")) {
                return i == head.length - 2 && !head[i + 1].startsWith("@");
            } else if (a.equals("-cp") || a.equals("-classpath") || a.equals("--class-path")) {
                if (i + 1 >= head.length || head[i + 1].startsWith("@")) {
                    return false;
                }
                i++;
            } else if (a.startsWith("--class-path=")) {
                continue;
            } else if (!a.startsWith("-")) {
                return i == head.length - 1 && CLASS_NAME.matcher(a).matches(); // the main class
            } else if (!(a.startsWith("-D") && !a.startsWith("-Dcom.sun.management")
                    || a.startsWith("-Xmx") || a.startsWith("-Xss")
                    || a.equals("-ea") || a.equals("-da") || a.startsWith("-ea:") || a.startsWith("-da:")
                    || a.equals("-enableassertions") || a.equals("-disableassertions")
                    || SAFE_XX.matcher(a).matches())) {
                return false;
            }
        }
        return false; // no -jar and no main class: not a launch this can repeat
    }

    private static boolean isFile(String exe, Path java) {
        try {
            return Files.isSameFile(Path.of(exe), java);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
