package app.dealbrief.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaVersionTest {
    @TempDir
    Path data;

    @Test
    void theSkipCheckKnowsTheNewestMigration() throws Exception {
        Pattern v = Pattern.compile("V(\\d+)__.*\\.sql");
        int newest = 0;
        try (var files = Files.list(Path.of("src/main/resources/app/dealbrief/db/migration"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = v.matcher(f.getFileName().toString());
                if (m.matches()) {
                    newest = Math.max(newest, Integer.parseInt(m.group(1)));
                }
            }
        }
        assertThat(Database.SCHEMA_VERSION).as("Database.SCHEMA_VERSION must name the newest migration").isEqualTo(newest);
    }

    @Test
    void aStoreOpensMigratedAndReopensWithoutMigrating() {
        int before = Database.migrations();
        try (Database db = Database.open(data)) {
            int corrections = db.read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM correction")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(corrections).isZero();
        }
        assertThat(Database.migrations()).as("a new store is migrated").isEqualTo(before + 1);
        try (Database db = Database.open(data)) {
            assertThat(new Preferences(db).get("nothing")).isNull();
        }
        assertThat(Database.migrations()).as("a store at the newest schema is not migrated again").isEqualTo(before + 1);
    }

    /** The account list and the first briefing of a 100,000-note store must not read every note row. */
    @Test
    void accountQueriesUseAnIndexNotATableScan() {
        try (Database db = Database.open(data)) {
            for (String sql : new String[] {NoteRepository.ACCOUNTS, NoteRepository.KNOWN_NAMES}) {
                String plan = db.read(c -> {
                    try (var st = c.createStatement(); var rs = st.executeQuery("EXPLAIN " + sql)) {
                        rs.next();
                        return rs.getString(1);
                    }
                });
                assertThat(plan).as(sql).doesNotContain("tableScan");
            }
        }
    }
}
