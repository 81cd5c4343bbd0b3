package app.dealbrief.e2e;

import app.dealbrief.workspace.Workspace;
import app.dealbrief.workspace.Workspaces;

import java.nio.file.Path;

/** Another DealBrief process for {@link SecondLaunchTest}: opens the store, says so, holds it until stdin closes. */
public final class HoldStore {
    private HoldStore() {
    }

    public static void main(String[] args) throws Exception {
        try (Workspace w = Workspaces.open(Path.of(args[0]))) {
            System.out.println("holding " + w.encrypted());
            System.out.flush();
            while (System.in.read() >= 0) {
                // until the test closes our stdin
            }
        }
    }
}
