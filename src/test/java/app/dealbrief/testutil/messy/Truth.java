package app.dealbrief.testutil.messy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** What the generator wrote, recorded as it writes; the ground truth is read from here, never from the files. */
final class Truth {
    /** A task as it stands across its cluster. */
    record ClusterTask(String account, String cluster, Meeting.TaskSpec spec, int copies) {
    }

    final List<Doc> docs = new ArrayList<>();
    final List<ClusterTask> tasks = new ArrayList<>();
    final Map<String, Set<String>> aliases = new TreeMap<>();
    final Set<String> placeholders = new LinkedHashSet<>();
    /** account -> its own people named in its notes (participants, attendees, person notes, hub notes). */
    final Map<String, Set<String>> named = new TreeMap<>();
    final Map<String, Integer> meNamed = new TreeMap<>();

    void alias(String canonical, String spelling) {
        if (!spelling.equals(canonical)) {
            aliases.computeIfAbsent(canonical, k -> new TreeSet<>()).add(spelling);
        }
    }

    void placeholder(String value) {
        placeholders.add(value);
    }

    /** Records that {@code p} is named in a note filed under {@code account}; counts only the account's own side. */
    void named(String account, Cast.Person p) {
        if (account != null && p.company().equals(account)) {
            named.computeIfAbsent(account, k -> new TreeSet<>()).add(p.name());
        }
    }

    void me(String spelling) {
        meNamed.merge(spelling, 1, Integer::sum);
    }

    void tasks(String account, String cluster, List<Meeting.TaskSpec> specs, int copies) {
        if (account == null) {
            return; // tasks in notes that belong to no account never reach a briefing
        }
        for (Meeting.TaskSpec t : specs) {
            tasks.add(new ClusterTask(account, cluster, t, copies));
        }
    }

    /** A note that is its own cluster; whether it sits in an account folder follows from its path. */
    Doc single(String path, String text, String account, Set<String> patterns, boolean crlf, boolean bom,
               java.time.LocalDateTime modified) {
        if (crlf) {
            patterns.add("crlf");
        }
        if (bom) {
            patterns.add("bom");
        }
        boolean in = inAccountFolder(path);
        if (in) {
            patterns.add("account-folder");
        }
        return add(new Doc(Path.of(path), text, account, "n:" + path, in, patterns, crlf, bom, modified));
    }

    static boolean inAccountFolder(String path) {
        for (Cast.Account a : Cast.ACCOUNTS) {
            if (a.folder() != null && path.startsWith(a.folder() + "/")) {
                return true;
            }
        }
        return false;
    }

    Doc add(Doc d) {
        for (Doc o : docs) {
            if (o.path().equals(d.path())) {
                throw new IllegalStateException("two notes at " + d.path());
            }
        }
        docs.add(d);
        return d;
    }

    void writeAll(Path root) {
        try {
            for (Doc d : docs) {
                Path file = root.resolve(d.path());
                Files.createDirectories(file.getParent() == null ? root : file.getParent());
                String text = d.crlf() ? d.text().replace("\r\n", "\n").replace("\n", "\r\n") : d.text();
                byte[] body = text.getBytes(StandardCharsets.UTF_8);
                if (d.bom()) {
                    byte[] withBom = new byte[body.length + 3];
                    withBom[0] = (byte) 0xEF;
                    withBom[1] = (byte) 0xBB;
                    withBom[2] = (byte) 0xBF;
                    System.arraycopy(body, 0, withBom, 3, body.length);
                    body = withBom;
                }
                Files.write(file, body);
                Files.setLastModifiedTime(file, FileTime.from(d.modified().toInstant(ZoneOffset.UTC)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Integer> patternCounts() {
        Map<String, Integer> out = new TreeMap<>();
        for (Doc d : docs) {
            for (String p : d.patterns()) {
                out.merge(p, 1, Integer::sum);
            }
        }
        return out;
    }
}
