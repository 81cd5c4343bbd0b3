package app.dealbrief.store;

import app.dealbrief.domain.NoteTitle;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Read-only queries for finding notes: every title (quick open) and wiki links into an account (backlinks). */
public final class FindRepository {
    private final Database db;

    public FindRepository(Database db) {
        this.db = db;
    }

    /** Every live note's id, account, title and date, newest first (undated last). */
    public List<NoteTitle> titles() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, account, title, note_date FROM note"
                    + " WHERE deleted_at IS NULL ORDER BY note_date DESC NULLS LAST, title, id")) {
                return list(ps);
            }
        });
    }

    /** Live notes of other accounts with a wiki link to {@code account}, newest first. */
    public List<NoteTitle> linkingNotes(String account) {
        String key = NoteRepository.key(account);
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT n.id, n.account, n.title, n.note_date"
                    + " FROM note_link l JOIN note n ON n.id = l.note_id"
                    + " WHERE l.target_key = ? AND n.account_key <> ? AND n.deleted_at IS NULL"
                    + " ORDER BY n.note_date DESC NULLS LAST, n.title, n.id")) {
                ps.setString(1, key);
                ps.setString(2, key);
                return list(ps);
            }
        });
    }

    private static List<NoteTitle> list(PreparedStatement ps) throws SQLException {
        List<NoteTitle> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Date d = rs.getDate(4);
                out.add(new NoteTitle(rs.getString(1), rs.getString(2), rs.getString(3), d == null ? null : d.toLocalDate()));
            }
        }
        return out;
    }
}
