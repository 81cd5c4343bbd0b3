package app.dealbrief;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

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
 * <p>Nothing changes when the command line cannot be read back exactly (Windows gives no arguments, Linux
 * none past 4 KB), when this is not the plain {@code java} launcher (the installed app's launcher carries
 * its own JVM options), when a debugger, profiler or other tool is attached ({@link #plainLaunch}), or with
 * {@code -Ddealbrief.jvm=same}; the command then runs in this JVM as before.
 */
final class QuickJvm {
    /** Commands that read the store and finish in a second or two. */
    static final Set<String> SHORT = Set.of("sheet", "brief", "accounts", "notes", "search");
    /** Set on the second JVM, so it never starts a third; {@code same} opts out. */
    static final String PROPERTY = "dealbrief.jvm";
    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-D" + PROPERTY + "=quick");

    private QuickJvm() {
    }

    /** The exit code of the command run in a second JVM, or empty when it is to run in this one. */
    static OptionalInt run(String[] args) {
        if (args.length == 0 || !SHORT.contains(args[0]) || System.getProperty(PROPERTY) != null) {
            return OptionalInt.empty(); // decided before asking the OS anything
        }
        ProcessHandle.Info self = ProcessHandle.current().info();
        List<String> cmd = command(args, self.command(), self.arguments(),
                Path.of(System.getProperty("java.home"), "bin", "java"));
        if (cmd.isEmpty()) {
            return OptionalInt.empty();
        }
        Process child;
        try {
            child = new ProcessBuilder(cmd).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty(); // could not start it: run here, only slower
        }
        // Stopped from outside (a timeout, kill), the command stops too. Ctrl+C reaches both anyway.
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy, "dealbrief-stop-child"));
        while (true) {
            try {
                return OptionalInt.of(child.waitFor());
            } catch (InterruptedException e) {
                // nothing here interrupts; keep waiting for the command's own exit
            }
        }
    }

    /**
     * The second JVM's command line: this process's own, with {@link #OPTIONS} put first (so options given
     * on the command line still win), or an empty list when this one should do the work itself.
     *
     * @param exe  this process's executable
     * @param argv this process's arguments after the executable
     * @param java the {@code java} launcher of the running JDK
     */
    static List<String> command(String[] args, Optional<String> exe, Optional<String[]> argv, Path java) {
        if (args.length == 0 || !SHORT.contains(args[0]) || exe.isEmpty() || argv.isEmpty()) {
            return List.of();
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
        cmd.addAll(OPTIONS);
        cmd.addAll(Arrays.asList(all));
        return cmd;
    }

    /**
     * Whether what comes before the command's arguments is {@code [options] -jar JAR} or {@code [options]
     * MAIN-CLASS} with only options that are safe to give a second JVM: system properties, memory sizes,
     * assertions, the class path and {@code -XX} flags. A debugger or profiler agent, flight recording, JVM
     * logging or an argument file would start twice (a debug port cannot be bound twice), so those keep the
     * command in this JVM.
     */
    static boolean plainLaunch(String[] head) {
        for (int i = 0; i < head.length; i++) {
            String a = head[i];
            if (a.equals("-jar")) {
                return i == head.length - 2;
            } else if (a.equals("-cp") || a.equals("-classpath") || a.equals("--class-path")) {
                i++;
            } else if (!a.startsWith("-")) {
                return i == head.length - 1; // the main class
            } else if (!(a.startsWith("-D") || a.startsWith("-Xmx") || a.startsWith("-Xms") || a.startsWith("-Xss")
                    || a.startsWith("-ea") || a.startsWith("-da") || a.startsWith("-enableassertions")
                    || a.startsWith("-disableassertions")
                    || a.startsWith("-XX:") && !a.contains("FlightRecord") && !a.startsWith("-XX:Flags")
                    && !a.startsWith("-XX:VMOptionsFile"))) {
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
