package app.dealbrief.workspace;

import java.nio.file.Path;

/** Child-process helper: opens a data folder, says so, and holds it until killed. */
public final class HoldStore {
    private HoldStore() {
    }

    public static void main(String[] args) throws Exception {
        Workspace w = Workspaces.open(Path.of(args[0]));
        System.out.println("open");
        System.out.flush();
        Thread.sleep(120_000);
        w.close();
    }
}
