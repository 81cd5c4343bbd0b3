package app.dealbrief.workspace;

import app.dealbrief.domain.DealBriefException;
import app.dealbrief.notes.NoteWriter;
import app.dealbrief.notes.VaultScanner;
import app.dealbrief.store.NoteRepository;
import app.dealbrief.store.StoredNote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Writes notes back as markdown files, one folder per account, never overwriting one export file with another. */
final class Exporter {
    private final Path root;

    Exporter(Path root) {
        this.root = root;
    }

    int write(List<String> accounts, NoteRepository notes) {
        int n = 0;
        try {
            Files.createDirectories(root);
            java.util.Properties folders = new java.util.Properties();
            Path markerFile = root.resolve(VaultScanner.EXPORT_MARKER);
            if (Files.isRegularFile(markerFile)) {
                try (var in = Files.newBufferedReader(markerFile, StandardCharsets.UTF_8)) {
                    folders.load(in);
                }
            }
            for (String account : accounts) {
                String folderName = NoteWriter.safeFolderName(account);
                folders.setProperty(folderName, account);
                Path folder = root.resolve(folderName);
                Files.createDirectories(folder);
                Set<String> used = new HashSet<>();
                for (StoredNote s : notes.notesOf(account)) {
                    String name = unique(NoteWriter.safeFileName(s.date(), s.title()), used);
                    Path file = folder.resolve(name);
                    Path tmp = folder.resolve(name + ".tmp");
                    Files.writeString(tmp, s.text(), StandardCharsets.UTF_8);
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    n++;
                }
            }
            try (var out = Files.newBufferedWriter(markerFile, StandardCharsets.UTF_8)) {
                folders.store(out, "DealBrief export: folder = account");
            }
        } catch (IOException e) {
            throw new DealBriefException("Cannot write the export to " + root + ": " + e.getMessage(), e);
        }
        return n;
    }

    // Two notes of one day with one title (near-duplicates) must both survive the export.
    private static String unique(String name, Set<String> used) {
        String base = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        String candidate = name;
        for (int i = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); i++) {
            candidate = base + " (" + i + ").md";
        }
        return candidate;
    }
}
