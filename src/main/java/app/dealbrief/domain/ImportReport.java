package app.dealbrief.domain;

import java.util.List;

/** The outcome of one import run. */
public record ImportReport(int imported, int updated, int unchanged, List<Problem> rejected, List<Problem> warnings) {
    public ImportReport {
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }

    /** A file and what is wrong with it, in words a user can act on. */
    public record Problem(String path, String reason) {
    }

    public String summaryLine() {
        return "imported " + imported + ", updated " + updated + ", unchanged " + unchanged
                + ", rejected " + rejected.size() + ", warnings " + warnings.size();
    }
}
