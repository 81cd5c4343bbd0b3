package app.dealbrief.ui.common;

import app.dealbrief.domain.ImportReport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An import's problems grouped by what is wrong ("not UTF-8 text", "front matter needs repair"), each file
 * named relative to the folder that was imported. Rejected groups first, biggest first within each.
 */
public final class ImportProblems {
    /** One file: {@code detail} is what the reason says beyond its kind ("line 3: …"), may be empty. */
    public record Row(String file, Path path, String detail) {
    }

    /** A reason and its files; {@code rejected} when the files were not imported. */
    public record Group(String reason, boolean rejected, List<Row> rows) {
        /** "Rejected: not UTF-8 text (3 files)". */
        public String label() {
            return (rejected ? "Rejected" : "Warning") + ": " + reason + " (" + rows.size()
                    + (rows.size() == 1 ? " file)" : " files)");
        }
    }

    private ImportProblems() {
    }

    public static List<Group> group(ImportReport report, List<Path> roots) {
        List<Group> out = new ArrayList<>();
        out.addAll(group(report.rejected(), true, roots));
        out.addAll(group(report.warnings(), false, roots));
        return out;
    }

    private static List<Group> group(List<ImportReport.Problem> problems, boolean rejected, List<Path> roots) {
        Map<String, List<Row>> byReason = new LinkedHashMap<>();
        for (ImportReport.Problem p : problems) {
            String reason = p.reason() == null ? "" : p.reason();
            int colon = reason.indexOf(": ");
            String kind = colon > 0 ? reason.substring(0, colon) : reason;
            String detail = colon > 0 ? reason.substring(colon + 2) : "";
            Path path = toPath(p.path());
            byReason.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Row(relative(path, p.path(), roots), path, detail));
        }
        List<Group> out = new ArrayList<>();
        byReason.forEach((k, rows) -> out.add(new Group(k, rejected, List.copyOf(rows))));
        out.sort((a, b) -> Integer.compare(b.rows().size(), a.rows().size()));
        return out;
    }

    private static Path toPath(String s) {
        try {
            return s == null ? null : Path.of(s);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** The file as seen from the imported folder ("Inbox/call.md"); a file imported by itself by its name. */
    static String relative(Path path, String raw, List<Path> roots) {
        if (path == null) {
            return raw == null ? "" : raw;
        }
        Path abs = path.toAbsolutePath().normalize();
        for (Path root : roots) {
            Path r = root.toAbsolutePath().normalize();
            if (abs.startsWith(r) && !abs.equals(r)) {
                return r.relativize(abs).toString().replace('\\', '/');
            }
        }
        return path.getFileName() == null ? raw : path.getFileName().toString();
    }
}
