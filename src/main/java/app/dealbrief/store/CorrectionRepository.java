package app.dealbrief.store;

import app.dealbrief.domain.AcceleratorRole;
import app.dealbrief.domain.AcceleratorUse;
import app.dealbrief.domain.Correction;
import app.dealbrief.domain.PartnershipTerm;
import app.dealbrief.domain.Pitch;
import app.dealbrief.domain.TermCategory;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The user's corrections to briefings and the pitch statuses they set; kept apart from the notes they correct. */
public final class CorrectionRepository {
    private static final String COLUMNS = "id, account, kind, fact, sentence, key1, key2, key3, agreement, parties, "
            + "category, text, amount_usd, gigawatts, term_year, negated, vendor, family, role, evidence, headline, "
            + "rationale, created_at";

    private final Database db;

    public CorrectionRepository(Database db) {
        this.db = db;
    }

    /** Stores a correction; returns it with its id. */
    public Correction add(Correction c) {
        long id = db.write(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO correction (account, account_key, kind, fact, "
                    + "sentence, key1, key2, key3, agreement, parties, category, text, amount_usd, gigawatts, term_year, "
                    + "negated, vendor, family, role, evidence, headline, rationale, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                PartnershipTerm t = c.term();
                AcceleratorUse a = c.accelerator();
                Pitch p = c.pitch();
                ps.setString(1, c.account());
                ps.setString(2, NoteRepository.key(c.account()));
                ps.setString(3, c.kind().name());
                ps.setString(4, c.fact().name());
                ps.setString(5, c.sentence());
                ps.setString(6, c.key1());
                ps.setString(7, c.key2());
                ps.setString(8, c.key3());
                ps.setString(9, t == null ? null : t.agreement());
                ps.setString(10, t == null ? null : String.join("\n", t.parties()));
                ps.setString(11, t == null || t.category() == null ? null : t.category().label());
                ps.setString(12, t == null ? null : t.text());
                ps.setObject(13, t == null ? null : t.amountUsd(), Types.BIGINT);
                ps.setObject(14, t == null ? null : t.gigawatts(), Types.DOUBLE);
                ps.setObject(15, t == null ? null : t.year(), Types.INTEGER);
                ps.setObject(16, t == null ? null : t.negated(), Types.BOOLEAN);
                ps.setString(17, a == null ? null : a.vendor());
                ps.setString(18, a == null ? null : a.family());
                ps.setString(19, a == null || a.role() == null ? null : a.role().label());
                ps.setString(20, a != null ? a.evidence() : p != null ? p.evidence() : t != null ? t.sentence() : null);
                ps.setString(21, p == null ? null : p.headline());
                ps.setString(22, p == null ? null : p.rationale());
                ps.setTimestamp(23, Timestamp.from(c.createdAt() == null ? Instant.now() : c.createdAt()));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return c.withId(id);
    }

    /** An account's corrections, oldest first. */
    public List<Correction> of(String account) {
        return db.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT " + COLUMNS
                    + " FROM correction WHERE account_key = ? ORDER BY id")) {
                ps.setString(1, NoteRepository.key(account));
                List<Correction> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                }
                return out;
            }
        });
    }

    /** Removes a correction; returns its account, or null when there was none with that id. */
    public String remove(long id) {
        return db.write(conn -> {
            String account;
            try (PreparedStatement ps = conn.prepareStatement("SELECT account FROM correction WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    account = rs.next() ? rs.getString(1) : null;
                }
            }
            try (PreparedStatement ps = conn.prepareStatement("DELETE FROM correction WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return account;
        });
    }

    /** Pitch statuses of an account by normalised headline. */
    public Map<String, Pitch.Status> pitchStatuses(String account) {
        return db.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT headline_key, status FROM pitch_status WHERE account_key = ?")) {
                ps.setString(1, NoteRepository.key(account));
                Map<String, Pitch.Status> out = new LinkedHashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), Pitch.Status.valueOf(rs.getString(2)));
                    }
                }
                return out;
            }
        });
    }

    public void setPitchStatus(String account, String headline, Pitch.Status status) {
        db.write(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("MERGE INTO pitch_status (account_key, headline_key, "
                    + "account, headline, status, updated_at) KEY (account_key, headline_key) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, NoteRepository.key(account));
                ps.setString(2, Correction.normalise(headline));
                ps.setString(3, account);
                ps.setString(4, headline);
                ps.setString(5, status.name());
                ps.setTimestamp(6, Timestamp.from(Instant.now()));
                return ps.executeUpdate();
            }
        });
    }

    private static Correction read(ResultSet rs) throws SQLException {
        Correction.Kind kind = Correction.Kind.valueOf(rs.getString("kind"));
        Correction.Fact fact = Correction.Fact.valueOf(rs.getString("fact"));
        boolean values = kind == Correction.Kind.EDIT || kind == Correction.Kind.ADD;
        PartnershipTerm term = null;
        AcceleratorUse accel = null;
        Pitch pitch = null;
        if (values && fact == Correction.Fact.TERM) {
            String parties = rs.getString("parties");
            String category = rs.getString("category");
            term = new PartnershipTerm(rs.getString("agreement"),
                    parties == null || parties.isEmpty() ? List.of() : Arrays.asList(parties.split("\n")),
                    category == null ? TermCategory.OTHER : TermCategory.fromLabel(category), rs.getString("text"),
                    rs.getObject("amount_usd", Long.class), rs.getObject("gigawatts", Double.class),
                    rs.getObject("term_year", Integer.class), Boolean.TRUE.equals(rs.getObject("negated", Boolean.class)),
                    null, null, rs.getString("evidence"), 0);
        } else if (values && fact == Correction.Fact.ACCELERATOR) {
            String role = rs.getString("role");
            accel = new AcceleratorUse(rs.getString("vendor"), rs.getString("family"),
                    role == null ? AcceleratorRole.MENTIONED : AcceleratorRole.fromLabel(role), rs.getString("evidence"),
                    null, null, 0);
        } else if (values) {
            pitch = new Pitch(rs.getString("headline"), rs.getString("rationale"), Pitch.Origin.NOTE, null,
                    rs.getString("evidence"), Pitch.Status.TO_TRY);
        }
        return new Correction(rs.getLong("id"), rs.getString("account"), kind, fact, rs.getString("sentence"),
                rs.getString("key1"), rs.getString("key2"), rs.getString("key3"), term, accel, pitch,
                rs.getTimestamp("created_at").toInstant());
    }
}
