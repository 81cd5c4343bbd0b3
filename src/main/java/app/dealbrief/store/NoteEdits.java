package app.dealbrief.store;

import app.dealbrief.domain.Note;
import app.dealbrief.domain.Revision;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Editing in the app: saves (with coalesced revisions), history, restore, trash, conflict flags. Every write
 * is one transaction, and with WRITE_DELAY=0 it is on disk when the method returns.
 */
public final class NoteEdits {
    /** Shown on a note whose file and app text changed in the same lines, until the user resolves it. */
    public static final String CONFLICT_FLAG = "changed in both places";

    private final Database db;
    private final NoteRepository notes;
    private final Supplier<Instant> now;

    public NoteEdits(Database db, NoteRepository notes, Supplier<Instant> now) {
        this.db = db;
        this.notes = notes;
        this.now = now;
    }

    /** Inserts a note written in the app; returns its id. */
    public String create(Note note, String hash, long fingerprint) {
        return db.write(c -> notes.insert(c, note, hash, fingerprint));
    }

    /**
     * Replaces a live note's text with an edit. The text it replaces becomes an "edit" revision, unless the
     * newest revision is an edit younger than {@code coalesce}: a burst of typing makes one revision.
     * Saving clears the conflict flag (the user has seen and written the note). Returns false when the
     * note is not live (gone or in the trash).
     */
    public boolean save(String id, Note note, long fingerprint, Duration coalesce) {
        return db.write(c -> {
            String current = liveText(c, id);
            if (current == null) {
                return false;
            }
            if (!current.equals(note.text())) {
                Optional<Revision> newest = newestRevision(c, id);
                boolean sameBurst = newest.isPresent() && Revision.EDIT.equals(newest.get().kind())
                        && newest.get().createdAt().isAfter(now.get().minus(coalesce));
                if (!sameBurst) {
                    keepCurrentText(c, id, Revision.EDIT, now.get());
                }
            }
            setText(c, id, note, fingerprint, NoteRows.flags(note));
            return true;
        });
    }

    /** Sets a note's text to an earlier one; the text it replaces is kept as a "restore" revision. */
    public boolean restore(String id, Note note, long fingerprint) {
        return db.write(c -> {
            if (liveText(c, id) == null) {
                return false;
            }
            keepCurrentText(c, id, Revision.RESTORE, now.get());
            setText(c, id, note, fingerprint, NoteRows.flags(note));
            return true;
        });
    }

    /** Earlier texts of a note, newest first. */
    public List<Revision> history(String id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, note_id, created_at, kind, text"
                    + " FROM note_revision WHERE note_id = ? ORDER BY id DESC")) {
                ps.setString(1, id);
                return revisions(ps);
            }
        });
    }

    public Optional<Revision> revision(long revisionId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, note_id, created_at, kind, text"
                    + " FROM note_revision WHERE id = ?")) {
                ps.setLong(1, revisionId);
                return revisions(ps).stream().findFirst();
            }
        });
    }

    public boolean trash(String id) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE note SET deleted_at = ? WHERE id = ? AND"
                    + NoteRepository.LIVE)) {
                ps.setTimestamp(1, Timestamp.from(now.get()));
                ps.setString(2, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    public boolean untrash(String id) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE note SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL")) {
                ps.setString(1, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Notes in the trash, most recently trashed first. */
    public List<StoredNote> trashed() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + NoteRepository.COLUMNS
                    + " FROM note WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, title")) {
                return NoteRows.list(ps);
            }
        });
    }

    /** Deletes every trashed note with its revisions and links for good; returns how many. */
    public int emptyTrash() {
        return db.write(c -> {
            for (String table : List.of("note_revision", "note_link")) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table
                        + " WHERE note_id IN (SELECT id FROM note WHERE deleted_at IS NOT NULL)")) {
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM note WHERE deleted_at IS NOT NULL")) {
                return ps.executeUpdate();
            }
        });
    }

    /** Clears the "changed in both places" flag. */
    public void resolve(String id) {
        db.write(c -> {
            Set<String> flags = flags(c, id);
            if (flags.remove(CONFLICT_FLAG)) {
                writeFlags(c, id, flags);
            }
            return null;
        });
    }

    /** A note's current text and the file text it was last imported from (null if none), by id. */
    public Map<String, String[]> textAndBase(Collection<String> ids) {
        return db.read(c -> {
            Map<String, String[]> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT text, base_text FROM note WHERE id = ?")) {
                for (String id : ids) {
                    ps.setString(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            out.put(id, new String[] {rs.getString(1), rs.getString(2)});
                        }
                    }
                }
            }
            return out;
        });
    }

    // --- inside NoteRepository.store's transaction ---

    static void afterImport(Connection c, String id, String fileText, String conflictText) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE note SET base_text = CASE WHEN path IS NULL THEN base_text ELSE ? END WHERE id = ?")) {
            ps.setString(1, fileText);
            ps.setString(2, id);
            ps.executeUpdate();
        }
        if (conflictText != null) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO note_revision (note_id, text, kind, created_at) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, id);
                ps.setString(2, conflictText);
                ps.setString(3, Revision.CONFLICT);
                ps.setTimestamp(4, Timestamp.from(Instant.now()));
                ps.executeUpdate();
            }
            Set<String> flags = flags(c, id);
            flags.add(CONFLICT_FLAG);
            writeFlags(c, id, flags);
        }
    }

    static String currentText(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT text FROM note WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static void keepCurrentText(Connection c, String id, String kind) throws SQLException {
        keepCurrentText(c, id, kind, Instant.now());
    }

    private static void keepCurrentText(Connection c, String id, String kind, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO note_revision (note_id, text, kind, created_at) SELECT id, text, ?, ? FROM note WHERE id = ?")) {
            ps.setString(1, kind);
            ps.setTimestamp(2, Timestamp.from(at));
            ps.setString(3, id);
            ps.executeUpdate();
        }
    }

    private static String liveText(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT text FROM note WHERE id = ? AND" + NoteRepository.LIVE)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    // The file hash and base text stay: they describe the file, not the app's text.
    private void setText(Connection c, String id, Note note, long fingerprint, String flags) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE note SET account = ?, account_key = ?, title = ?,"
                + " note_date = ?, note_type = ?, source = ?, text = ?, fingerprint = ?, flags = ?, updated_at = ?"
                + " WHERE id = ?")) {
            ps.setString(1, note.account());
            ps.setString(2, NoteRepository.key(note.account()));
            ps.setString(3, NoteRows.clip(note.title(), 2000));
            ps.setDate(4, note.date() == null ? null : Date.valueOf(note.date()));
            ps.setString(5, NoteRows.clip(note.type(), 200));
            ps.setString(6, NoteRows.clip(note.source(), 200));
            ps.setString(7, note.text());
            ps.setLong(8, fingerprint);
            ps.setString(9, flags);
            ps.setTimestamp(10, Timestamp.from(now.get()));
            ps.setString(11, id);
            ps.executeUpdate();
        }
        NoteRows.replaceLinks(c, id, note.links());
    }

    private static Optional<Revision> newestRevision(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, note_id, created_at, kind, '' FROM note_revision"
                + " WHERE note_id = ? ORDER BY id DESC LIMIT 1")) {
            ps.setString(1, id);
            return revisions(ps).stream().findFirst();
        }
    }

    private static List<Revision> revisions(PreparedStatement ps) throws SQLException {
        List<Revision> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Revision(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), rs.getString(5)));
            }
        }
        return out;
    }

    private static Set<String> flags(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT flags FROM note WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                String f = rs.next() ? rs.getString(1) : null;
                return f == null || f.isEmpty() ? new LinkedHashSet<>() : new LinkedHashSet<>(Arrays.asList(f.split("\n")));
            }
        }
    }

    private static void writeFlags(Connection c, String id, Set<String> flags) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE note SET flags = ? WHERE id = ?")) {
            ps.setString(1, NoteRows.clip(String.join("\n", flags), 2000));
            ps.setString(2, id);
            ps.executeUpdate();
        }
    }
}
