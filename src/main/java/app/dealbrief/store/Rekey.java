package app.dealbrief.store;

import app.dealbrief.domain.DealBriefException;
import org.h2.tools.ChangeFileEncryption;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;

/**
 * Sets, changes or removes the store's passphrase without risking it: the store is copied, the copy
 * re-encrypted and opened to verify it holds every note, and only then swapped in. The old file is kept
 * until the swap has succeeded, and an interrupted swap is finished at the next open.
 */
public final class Rekey {
    private static final String DB = Database.FILE_NAME + ".mv.db";
    private static final String OLD = DB + ".old";
    private static final String NEW_KEY = StoreKey.FILE + ".new";

    private Rekey() {
    }

    /**
     * Re-encrypts the closed store of {@code dataDir} from {@code current} (null: not encrypted) to
     * {@code passphrase} (null: remove encryption). Returns the new key, or null when encryption was removed.
     */
    public static StoreKey change(Path dataDir, StoreKey current, char[] passphrase) {
        Path folder = dataDir.resolve("db");
        StoreKey.Fresh fresh = passphrase == null ? null : StoreKey.create(passphrase);
        Path scratch = folder.resolve("rekey");
        try {
            deleteTree(scratch);
            Files.createDirectories(scratch);
            int before;
            try (Database db = Database.openFolder(dataDir, folder, current)) {
                before = count(db);
            }
            Files.copy(folder.resolve(DB), scratch.resolve(DB));
            ChangeFileEncryption.execute(scratch.toString(), Database.FILE_NAME, "AES",
                    current == null ? null : current.filePassword().toCharArray(),
                    fresh == null ? null : fresh.key().filePassword().toCharArray(), true);
            try (Database check = Database.openFolder(scratch, scratch, fresh == null ? null : fresh.key())) {
                if (count(check) != before) {
                    throw new DealBriefException("The re-encrypted store did not verify; the store is unchanged.");
                }
            }
            // Swap: key parameters first (as .new), then the file; finishInterrupted() completes a crash here.
            if (fresh != null) {
                fresh.save(scratch);
                Files.move(scratch.resolve(StoreKey.FILE), folder.resolve(NEW_KEY), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(folder.resolve(DB), folder.resolve(OLD), StandardCopyOption.REPLACE_EXISTING);
            Files.move(scratch.resolve(DB), folder.resolve(DB));
            finishInterrupted(folder);
            if (fresh == null) {
                Files.deleteIfExists(folder.resolve(StoreKey.FILE));
            }
            return fresh == null ? null : fresh.key();
        } catch (IOException | SQLException e) {
            throw new DealBriefException("Could not change the passphrase; the store is unchanged: " + e.getMessage(), e);
        } finally {
            deleteTree(scratch);
        }
    }

    /** Completes a swap that a crash interrupted: the new file is in place, its key parameters beside it. */
    static void finishInterrupted(Path folder) {
        try {
            if (!Files.exists(folder.resolve(OLD))) {
                return;
            }
            if (!Files.exists(folder.resolve(DB))) {
                // crashed between moving the old file away and moving the new one in: put the old one back
                Files.move(folder.resolve(OLD), folder.resolve(DB));
                Files.deleteIfExists(folder.resolve(NEW_KEY));
                return;
            }
            if (Files.exists(folder.resolve(NEW_KEY))) {
                Files.move(folder.resolve(NEW_KEY), folder.resolve(StoreKey.FILE), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
            Files.delete(folder.resolve(OLD));
        } catch (IOException e) {
            throw new DealBriefException("Could not finish an interrupted passphrase change in " + folder + ": "
                    + e.getMessage(), e);
        }
    }

    private static int count(Database db) {
        return db.read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM note")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static void deleteTree(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (var walk = Files.walk(p)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // leftovers of a scratch copy are removed again before the next use
        }
    }
}
