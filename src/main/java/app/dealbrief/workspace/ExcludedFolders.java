package app.dealbrief.workspace;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * The user's excluded folders, as glob patterns like Obsidian's "Excluded files": {@code _archive/**}
 * leaves out every {@code _archive} folder wherever it sits in the vault, {@code Inbox/old/**} that one.
 * A pattern is tried against the note's path from each folder down, so it need not spell out the vault root.
 */
final class ExcludedFolders {
    static final ExcludedFolders NONE = new ExcludedFolders(List.of());

    private final List<PathMatcher> matchers = new ArrayList<>();
    private final List<String> patterns;

    ExcludedFolders(List<String> globs) {
        this.patterns = List.copyOf(globs);
        for (String g : globs) {
            String p = g.strip().replace('\\', '/');
            while (p.startsWith("/")) {
                p = p.substring(1);
            }
            if (p.endsWith("/")) {
                p = p + "**";
            }
            if (!p.isEmpty()) {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + p));
            }
        }
    }

    List<String> patterns() {
        return patterns;
    }

    boolean matches(Path relative) {
        if (matchers.isEmpty() || relative == null) {
            return false;
        }
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            Path sub = relative.subpath(i, relative.getNameCount());
            for (PathMatcher m : matchers) {
                if (m.matches(sub)) {
                    return true;
                }
            }
        }
        return false;
    }
}
