package app.dealbrief.testutil.messy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes the messy vault to {@code args[0]} (seed {@code args[1]}, default 42) and prints its ground truth. */
public final class MessyVaultMain {
    private MessyVaultMain() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: MessyVaultMain OUTPUT_DIR [SEED]");
            System.exit(64);
        }
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42L;
        MessyVault v = MessyVault.write(Path.of(args[0]), seed);
        System.out.printf("wrote %d notes to %s (seed %d, today %s)%n", v.noteCount(), v.root(), seed, MessyVault.TODAY);
        long none = v.expectedAccount().values().stream().filter(a -> a == null).count();
        System.out.printf("notes with no account: %d, inside an account folder: %d, clusters: %d%n", none,
                v.insideAccountFolder().size(), v.clusterOf().values().stream().distinct().count());
        System.out.println("\npatterns (files):");
        v.patternCounts().forEach((k, n) -> System.out.printf("  %-34s %4d%n", k, n));
        System.out.println("\nper account:");
        System.out.printf("  %-18s %5s %8s %5s %6s  %s%n", "account", "notes", "clusters", "tasks", "people", "aliases");
        Map<String, List<MessyVault.Task>> tasks = v.expectedOpenTasks();
        for (String a : v.accounts()) {
            System.out.printf("  %-18s %5d %8d %5d %6d  %s%n", a, v.expectedNotes().get(a), v.expectedClusters().get(a),
                    tasks.get(a).size(), v.expectedPeople().get(a).size(),
                    v.aliasFolds().getOrDefault(a, List.of()).stream().map(s -> s.replace("\u00a0", "<NBSP>")).toList());
        }
        System.out.println("\npeople: " + v.expectedPeople());
        System.out.println("me: " + v.me() + " " + v.meAliases() + ", named " + v.meMentions());
        System.out.println("placeholders: " + v.placeholderValues().stream().map(s -> "\"" + s + "\"").toList());
        System.out.println("\nopen tasks (" + MessyVault.TODAY + "):");
        tasks.forEach((a, ts) -> ts.forEach(t -> System.out.printf("  %-16s %-12s %s%n", a, t.status(), t.text())));
    }
}
