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

/** Notes, their revisions and links. Methods taking a Connection run inside the caller's transaction. */
public final class NoteRepository {
    static final String LIVE = " deleted_at IS NULL ";

    /** Both run at every start and first briefing; V4's indexes keep them off the (wide) note rows. */
    static final String ACCOUNTS = "SELECT account_key, account, COUNT(*), MAX(note_date) FROM note WHERE" + LIVE
            + "GROUP BY account_key, account ORDER BY account_key, COUNT(*) DESC";

    static final String KNOWN_NAMES = "SELECT DISTINCT account FROM note WHERE" + LIVE
            + "UNION SELECT DISTINCT target FROM note_link";

    static final String COLUMNS =
            "id, account, title, note_date, note_type, source, path, text, duplicate_of, flags";

    /** Whether two note fingerprints are the same meeting; the rule lives with the fingerprint. */
    @FunctionalInterface
    public interface NearMatch {
        boolean near(long a, long b);
    }

    private final Database db;

    private final NearMatch nearMatch;

    public NoteRepository(Database db, NearMatch nearMatch) {
        this.db = db;
        this.nearMatch = nearMatch;
    }

    /** What import needs to know about a file it has seen before. */
    public record Known(String id, String hash, String account, boolean deleted) {
    }

    public static String key(String account) {
        return account.trim().toLowerCase(Locale.ROOT);
    }

    /** Every stored note that came from a file, by path. */
    public Map<String, Known> knownPaths() {
        return db.read(c -> {
            Map<String, Known> known = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT path, id, content_hash, account, deleted_at FROM note WHERE path IS NOT NULL");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    known.put(rs.getString(1), new Known(rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5) != null));
                }
            }
            return known;
        });
    }

    /**
     * A note to insert ({@code existingId} null) or to update from a newer file text.
     *
     * @param fileText     the file's text, kept as the base of later merges (differs from the note's text
     *                     when the file was merged with edits made in the app)
     * @param conflictText the file's text when it could not be merged: kept as a "conflict" revision and the
     *                     note flagged until the user resolves it; null otherwise
     */
    public record Change(Note note, String hash, long fingerprint, String existingId, String fileText,
                         String conflictText) {
        public Change(Note note, String hash, long fingerprint, String existingId) {
            this(note, hash, fingerprint, existingId, note.text(), null);
        }
    }

    /**
     * Stores the changes in one transaction (all or none); returns the note ids in order. Updates keep the
     * previous text as an "import" revision.
     */
    public List<String> store(List<Change> changes) {
        return db.write(c -> {
            List<String> ids = new ArrayList<>(changes.size());
            for (Change ch : changes) {
                if (ch.existingId() == null) {
                    ids.add(insert(c, ch.note(), ch.hash(), ch.fingerprint()));
                } else {
                    update(c, ch.existingId(), ch.note(), ch.hash(), ch.fingerprint(), "import");
                    NoteEdits.afterImport(c, ch.existingId(), ch.fileText(), ch.conflictText());
                    ids.add(ch.existingId());
                }
            }
            return ids;
        });
    }

    /** Inserts a new note; returns its id. */
    public String insert(Connection c, Note note, String hash, long fingerprint) throws SQLException {
        String id = UUID.randomUUID().toString();
        String duplicateOf = findNearDuplicate(c, note, fingerprint);
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO note (id, account, account_key, title, note_date,"
                + " note_type, source, path, text, content_hash, base_text, fingerprint, duplicate_of, flags,"
                + " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, id);
            ps.setString(2, note.account());
            ps.setString(3, key(note.account()));
            ps.setString(4, NoteRows.clip(note.title(), 2000));
            ps.setDate(5, note.date() == null ? null : Date.valueOf(note.date()));
            ps.setString(6, NoteRows.clip(note.type(), 200));
            ps.setString(7, NoteRows.clip(note.source(), 200));
            ps.setString(8, note.path());
            ps.setString(9, note.text());
            ps.setString(10, hash);
            ps.setString(11, note.path() == null ? null : note.text());
            ps.setLong(12, fingerprint);
            ps.setString(13, duplicateOf);
            ps.setString(14, NoteRows.flags(note));
            ps.setTimestamp(15, now);
            ps.setTimestamp(16, now);
            ps.executeUpdate();
        }
        NoteRows.replaceLinks(c, id, note.links());
        return id;
    }

    /** Replaces a note's text, keeping the previous text as a revision of {@code kind}. */
    public void update(Connection c, String id, Note note, String hash, long fingerprint, String kind)
            throws SQLException {
        if (!note.text().equals(NoteEdits.currentText(c, id))) {
            NoteEdits.keepCurrentText(c, id, kind);
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE note SET account = ?, account_key = ?, title = ?,"
                + " note_date = ?, note_type = ?, source = ?, text = ?, content_hash = ?, fingerprint = ?, flags = ?,"
                + " base_text = CASE WHEN path IS NULL THEN base_text ELSE ? END,"
                + " updated_at = ?, deleted_at = NULL WHERE id = ?")) {
            ps.setString(1, note.account());
            ps.setString(2, key(note.account()));
            ps.setString(3, NoteRows.clip(note.title(), 2000));
            ps.setDate(4, note.date() == null ? null : Date.valueOf(note.date()));
            ps.setString(5, NoteRows.clip(note.type(), 200));
            ps.setString(6, NoteRows.clip(note.source(), 200));
            ps.setString(7, note.text());
            ps.setString(8, hash);
            ps.setLong(9, fingerprint);
            ps.setString(10, NoteRows.flags(note));
            ps.setString(11, note.text());
            ps.setTimestamp(12, Timestamp.from(Instant.now()));
            ps.setString(13, id);
            ps.executeUpdate();
        }
        NoteRows.replaceLinks(c, id, note.links());
    }

    public List<AccountSummary> accounts() {
        return db.read(c -> {
            List<AccountSummary> out = new ArrayList<>();
            // The spelling shown is the one most notes use, so one lower-case tag does not rename an account.
            try (PreparedStatement ps = c.prepareStatement(ACCOUNTS);
                 ResultSet rs = ps.executeQuery()) {
                Map<String, Object[]> byKey = new LinkedHashMap<>();
                while (rs.next()) {
                    String k = rs.getString(1);
                    int n = rs.getInt(3);
                    LocalDate newest = NoteRows.toLocal(rs.getDate(4));
                    Object[] acc = byKey.get(k);
                    if (acc == null) {
                        byKey.put(k, new Object[] {rs.getString(2), n, newest});
                    } else {
                        acc[1] = (Integer) acc[1] + n;
                        if (newest != null && (acc[2] == null || newest.isAfter((LocalDate) acc[2]))) {
                            acc[2] = newest;
                        }
                    }
                }
                byKey.values().forEach(a -> out.add(new AccountSummary((String) a[0], (Integer) a[1], (LocalDate) a[2])));
            }
            out.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
            return out;
        });
    }

    /** The stored spelling of an account with notes, else of a wiki-linked organisation (an account stub). */
    public Optional<String> findAccount(String name) {
        String k = key(name);
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT account FROM note WHERE account_key = ? AND" + LIVE
                    + "GROUP BY account ORDER BY COUNT(*) DESC LIMIT 1")) {
                ps.setString(1, k);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return Optional.of(rs.getString(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT target FROM note_link l JOIN note n ON n.id = l.note_id"
                    + " WHERE l.target_key = ? AND n.deleted_at IS NULL LIMIT 1")) {
                ps.setString(1, k);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** Names of every account with notes and every wiki-linked organisation. */
    public List<String> knownAccountNames() {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(KNOWN_NAMES);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /**
     * Files every note of account {@code from} under {@code to} (the texts are not changed: the folding is the
     * app's reading of them); returns how many notes moved.
     */
    public int renameAccount(String from, String to) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE note SET account = ?, account_key = ? WHERE account_key = ?")) {
                ps.setString(1, to);
                ps.setString(2, key(to));
                ps.setString(3, key(from));
                return ps.executeUpdate();
            }
        });
    }

    /** Files one note under an account (its text is not changed). */
    public void setAccount(String id, String account) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE note SET account = ?, account_key = ? WHERE id = ?")) {
                ps.setString(1, account);
                ps.setString(2, key(account));
                ps.setString(3, id);
                return ps.executeUpdate();
            }
        });
    }

    /** An account's live notes, newest first, undated last. */
    public List<StoredNote> notesOf(String account) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM note WHERE account_key = ? AND"
                    + LIVE + "ORDER BY note_date DESC NULLS LAST, title, id")) {
                ps.setString(1, key(account));
                return NoteRows.list(ps);
            }
        });
    }

    public List<NoteSummary> summariesOf(String account) {
        return notesOf(account).stream().map(NoteRepository::summary).toList();
    }

    public static NoteSummary summary(StoredNote n) {
        return new NoteSummary(n.id(), n.account(), n.title(), n.date(), n.type(), n.source(), n.path(),
                n.duplicateOf(), n.flags());
    }

    public Optional<StoredNote> find(String id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM note WHERE id = ?")) {
                ps.setString(1, id);
                return NoteRows.list(ps).stream().findFirst();
            }
        });
    }

    /** A page of live notes; {@code next} is where the next page starts (null: this was the last). */
    public record Page(List<StoredNote> notes, String next) {
    }

    /**
     * Live notes among the {@code limit} notes after {@code afterId} in id order (null: from the first): a whole
     * store read page by page, so rebuilding derived data never holds every text at once. The trash is skipped
     * here, not in SQL, so each page is a range of the primary key read in its order (with the live condition
     * H2 took the live-notes index and sorted every live note for every page).
     */
    public Page livePage(String afterId, int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + ", deleted_at FROM note"
                    + (afterId == null ? "" : " WHERE id > ?") + " ORDER BY id LIMIT ?")) {
                int i = 1;
                if (afterId != null) {
                    ps.setString(i++, afterId);
                }
                ps.setInt(i, limit);
                List<StoredNote> live = new ArrayList<>();
                String last = null;
                int rows = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        last = rs.getString(1);
                        if (rs.getTimestamp(11) == null) {
                            live.add(NoteRows.row(rs));
                        }
                    }
                }
                return new Page(live, rows < limit ? null : last);
            }
        });
    }

    public int liveCount() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM note WHERE" + LIVE);
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** Moves every note of an account to the trash; returns how many. */
    public int trashAccount(String account) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE note SET deleted_at = ? WHERE account_key = ? AND" + LIVE)) {
                ps.setTimestamp(1, Timestamp.from(Instant.now()));
                ps.setString(2, key(account));
                return ps.executeUpdate();
            }
        });
    }

    /** Earlier texts of a note, newest first. */
    public List<String> revisionTexts(String id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT text FROM note_revision WHERE note_id = ? ORDER BY id DESC")) {
                ps.setString(1, id);
                List<String> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            }
        });
    }

    // Same account, same date, near-identical text: real vaults hold many copies of one meeting.
    private String findNearDuplicate(Connection c, Note note, long fingerprint) throws SQLException {
        if (note.date() == null) {
            return null;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id, fingerprint, duplicate_of FROM note"
                + " WHERE account_key = ? AND note_date = ? AND deleted_at IS NULL ORDER BY created_at")) {
            ps.setString(1, key(note.account()));
            ps.setDate(2, Date.valueOf(note.date()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (nearMatch.near(rs.getLong(2), fingerprint)) {
                        String first = rs.getString(3);
                        return first != null ? first : rs.getString(1);
                    }
                }
            }
        }
        return null;
    }
}
