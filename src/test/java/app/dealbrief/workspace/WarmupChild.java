package app.dealbrief.workspace;

import app.dealbrief.domain.SheetOptions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;

/**
 * Child process of {@link WarmupTest}: in a fresh JVM the warm-up really is the first thing that happens,
 * whatever other tests ran before in the parent's. Starts it, opens the store at once, and prints the
 * briefing and the sheet's first bytes for the parent to compare.
 */
public final class WarmupChild {
    private WarmupChild() {
    }

    public static void main(String[] args) {
        Workspaces.warmUp(true, true);
        try (Workspace w = Workspaces.open(Path.of(args[0]))) {
            String briefing = w.briefing(args[1]).toString();
            byte[] pdf = w.sheet(args[1], SheetOptions.defaults(SheetOptions.Paper.A4, LocalDate.now()));
            System.out.println("BRIEFING " + Base64.getEncoder().encodeToString(briefing.getBytes(StandardCharsets.UTF_8)));
            System.out.println("PDF " + new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        }
        Workspaces.warmUp(true, true); // a second call is a no-op
        System.out.println("DONE");
        System.exit(0);
    }
}
