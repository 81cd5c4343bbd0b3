package app.dealbrief.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** Small key/value settings kept in the store (window geometry, theme, markers such as "samples loaded"). */
public final class Preferences {
    private final Database db;

    public Preferences(Database db) {
        this.db = db;
    }

    public String get(String key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT pref_value FROM preference WHERE pref_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    public void put(String key, String value) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO preference (pref_key, pref_value) KEY (pref_key) VALUES (?, ?)")) {
                ps.setString(1, key);
                ps.setString(2, value);
                return ps.executeUpdate();
            }
        });
    }
}
