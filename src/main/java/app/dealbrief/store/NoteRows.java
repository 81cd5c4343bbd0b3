package app.dealbrief.store;

import app.dealbrief.domain.AccountSummary;
import app.dealbrief.domain.Note;
import app.dealbrief.domain.NoteSummary;
import app.dealbrief.domain.WikiLink;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Rows of the note table to and from {@link StoredNote}, link rows, and column clipping: shared by the note queries and edits. */
final class NoteRows {
    private NoteRows() {
    }

    /** A link to a file ("deck.pdf", "notes.md"), not an organisation; compiled once, not per link. */
    private static final java.util.regex.Pattern FILE_NAME = java.util.regex.Pattern.compile(".*\\.[A-Za-z0-9]{2,4}$");

    static void replaceLinks(Connection c, String id, List<WikiLink> links) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM note_link WHERE note_id = ?")) {
            del.setString(1, id);
            del.executeUpdate();
        }
        Map<String, String> targets = new LinkedHashMap<>();
        for (WikiLink l : links) {
            String t = l.target() == null ? "" : l.target().trim();
            // Only links that can name an organisation: not paths, not files.
            if (!t.isEmpty() && t.length() <= 300 && !t.contains("/") && !FILE_NAME.matcher(t).matches()) {
                targets.putIfAbsent(NoteRepository.key(t), t);
            }
        }
        if (targets.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO note_link (note_id, target_key, target) VALUES (?,?,?)")) {
            for (var e : targets.entrySet()) {
                ps.setString(1, id);
                ps.setString(2, e.getKey());
                ps.setString(3, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static List<StoredNote> list(PreparedStatement ps) throws SQLException {
        List<StoredNote> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(row(rs));
            }
        }
        return out;
    }

    static StoredNote row(ResultSet rs) throws SQLException {
        String flags = rs.getString(10);
        return new StoredNote(rs.getString(1), rs.getString(2), rs.getString(3), toLocal(rs.getDate(4)),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                flags == null || flags.isEmpty() ? List.of() : Arrays.asList(flags.split("\n")));
    }

    static String flags(Note note) {
        List<String> f = new ArrayList<>();
        for (String w : note.warnings()) {
            f.add(w.replace('\n', ' '));
        }
        return clip(String.join("\n", f), 2000);
    }

    static LocalDate toLocal(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    static String clip(String s, int max) {
        if (s == null) {
            return null;
        }
        return s.length() <= max ? s : s.substring(0, max);
    }
}
