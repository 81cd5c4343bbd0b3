package app.dealbrief.bench;

import app.dealbrief.bench.corpus.CorpusScore;
import app.dealbrief.domain.AccountSummary;
import app.dealbrief.domain.UserSettings;
import app.dealbrief.testutil.messy.MessyVault;
import app.dealbrief.workspace.Workspace;
import app.dealbrief.workspace.Workspaces;

import java.nio.file.Path;
import java.util.List;

/**
 * Is the briefing right, not only fast: the messy fixture vault (issue 14: Unassigned share, duplicate
 * clusters) and the labeled extraction corpus (issue 15: term P/R/F1, amounts, vendors, roles).
 */
final class Quality {
    private final Bench b;

    Quality(Bench b) {
        this.b = b;
    }

    void run() throws Exception {
        messyVault();
        corpus();
    }

    private void messyVault() {
        Path dir = b.dir.resolve("messy");
        Bench.deleteTree(dir);
        MessyVault vault = MessyVault.write(dir.resolve("vault"), 42);
        try (Workspace w = Workspaces.open(dir.resolve("data"))) {
            w.saveSettings(UserSettings.NONE.withMe(vault.me(), vault.meAliases()).withMyCompany(vault.ownCompany()));
            w.importPaths(List.of(vault.root()), Workspace.Progress.NONE);
            int total = 0;
            int unassigned = 0;
            int clusters = 0;
            for (AccountSummary a : w.accounts()) {
                total += a.noteCount();
                if (a.name().equals("Unassigned")) {
                    unassigned = a.noteCount();
                } else {
                    clusters += w.briefing(a.name()).clusterCount();
                }
            }
            int expectedUnassigned = (int) vault.expectedAccount().values().stream().filter(v -> v == null).count();
            int expectedClusters = vault.expectedClusters().values().stream().mapToInt(Integer::intValue).sum();
            b.report.add(new Report.Row("messy vault: Unassigned share", total, 100.0 * unassigned / total, null, "%",
                    Report.Goal.AT_MOST, 100.0 * expectedUnassigned / total + 0.5, false,
                    "ground truth " + expectedUnassigned + " of " + total + " belong to no account"));
            b.report.add(new Report.Row("messy vault: duplicate clusters", total, clusters, null, "", Report.Goal.NONE,
                    null, false, "ground truth " + expectedClusters));
        }
    }

    /**
     * The development corpus the rules were written against, the first held-out set (used for error classes
     * after its first score) and the final held-out set (never looked at sentence by sentence): the last two
     * are what notes the app has never seen look like.
     */
    private void corpus() {
        corpus("corpus", "src/test/resources/corpus");
        corpus("held-out 1", "src/test/resources/corpus-heldout");
        corpus("held-out 2 (final)", "src/test/resources/corpus-heldout2");
        corpus("held-out 3 (final)", "src/test/resources/corpus-heldout3");
    }

    private void corpus(String name, String dir) {
        CorpusScore.Counts all = CorpusScore.score(Path.of(dir)).overall();
        int n = all.notes();
        b.report.add(new Report.Row(name + ": term precision", n, all.termPrecision(), null, "", Report.Goal.AT_LEAST, 0.80, false, null));
        b.report.add(new Report.Row(name + ": term F1", n, all.termF1(), null, "", Report.Goal.AT_LEAST, 0.80, false,
                "recall " + String.format("%.3f", all.termRecall())));
        b.report.add(new Report.Row(name + ": dollar amounts found", n, all.amountRecall(), null, "", Report.Goal.AT_LEAST, 0.90, false, null));
        b.report.add(new Report.Row(name + ": vendor precision", n, all.vendorPrecision(), null, "", Report.Goal.AT_LEAST, 0.90, false, null));
        b.report.add(new Report.Row(name + ": vendor recall", n, all.vendorRecall(), null, "", Report.Goal.AT_LEAST, 0.90, false, null));
        b.report.add(new Report.Row(name + ": role accuracy", n, all.roleAccuracy(), null, "", Report.Goal.AT_LEAST, 0.80, false, null));
    }
}
