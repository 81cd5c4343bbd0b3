package app.dealbrief.store;

import app.dealbrief.domain.DealBriefException;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;

/**
 * The embedded H2 store of one data folder: opened once per process, migrated by Flyway, closed cleanly.
 *
 * <p>WRITE_DELAY=0: H2 otherwise keeps commits in memory for up to 500 ms, and a killed process lost
 * thousands of rows it had reported committed. With 0 a commit is on disk when it returns, so "Saved"
 * means saved; imports amortise the cost by committing in batches.
 *
 * <p>One connection, used under this object's lock: the app has one writer, and H2's file lock keeps a
 * second process out. Threads inside H2 are never interrupted (that can corrupt the file).
 */
public final class Database implements AutoCloseable {
    static final String FILE_NAME = "dealbrief";
    private static final int DATABASE_ALREADY_OPEN = 90020;

    private final Path folder;
    private final Connection connection;

    private Database(Path folder, Connection connection) {
        this.folder = folder;
        this.connection = connection;
    }

    private static volatile CompletableFuture<Void> warmUp = CompletableFuture.completedFuture(null);

    /**
     * For a cold start: returns work for a background thread that opens, uses and drops a private in-memory
     * database, so H2's engine and SQL parser are loaded by the time the real store opens (a cold open
     * went from ~480 ms to ~110 ms after it). Until that work has finished, every H2 entry point here
     * waits for it: two threads never initialise H2's classes at once. Nothing touches the data folder.
     */
    public static Runnable warmUp() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        warmUp = done;
        return () -> {
            try (Connection c = java.sql.DriverManager.getConnection("jdbc:h2:mem:;TRACE_LEVEL_FILE=0", "warmup", "");
                 var st = c.createStatement()) {
                st.execute("CREATE TABLE T(ID VARCHAR(40) PRIMARY KEY, N INT, D DATE, B CLOB)");
                st.execute("CREATE INDEX T_N ON T(N)");
                st.execute("INSERT INTO T VALUES ('a', 1, DATE '2020-01-02', 'text')");
                try (var rs = st.executeQuery("SELECT ID, N, D, B FROM T WHERE N = 1 ORDER BY D DESC")) {
                    while (rs.next()) {
                        rs.getString(4);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                // only speed was at stake; the real open reports its own errors
            } finally {
                done.complete(null);
            }
        };
    }

    private static void awaitWarmUp() {
        warmUp.join();
    }

    /** Opens or creates the store in {@code dataDir/db}. */
    public static Database open(Path dataDir) {
        return open(dataDir, null);
    }

    /** Another process holds the data folder. */
    public static final class InUseException extends DealBriefException {
        private static final long serialVersionUID = 1L;

        InUseException(Path dataDir, Throwable cause) {
            super("DealBrief is already open on " + dataDir + ". Close the other window (or command) first.", cause);
        }
    }

    /**
     * The store file exists but H2 cannot open it. Nothing is replaced: the user is told what happened, which
     * backup is newest, and where H2's recovery tool wrote what it could read.
     */
    private static DealBriefException damaged(Path dataDir, Path folder, StoreKey key, SQLException cause) {
        StringBuilder msg = new StringBuilder("The store in " + folder + " is damaged and was not opened ("
                + firstLine(cause.getMessage()) + "). Nothing was changed.");
        Path newest = newestBackup(dataDir);
        if (newest != null) {
            msg.append(" The newest backup is ").append(newest)
                    .append(": restore it with File > Restore backup, or `dealbrief restore ").append(newest).append("`.");
        }
        if (key == null && Files.exists(folder.resolve(FILE_NAME + ".mv.db"))) {
            Path recovery = dataDir.resolve("recovery");
            try {
                Files.createDirectories(recovery);
                org.h2.tools.Recover.execute(folder.toString(), FILE_NAME);
                try (var files = Files.list(folder)) {
                    for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".h2.sql"))::iterator) {
                        Files.move(f, recovery.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                msg.append(" What H2's recovery tool could read is in ").append(recovery).append('.');
            } catch (Exception e) {
                msg.append(" H2's recovery tool could not read it either (").append(firstLine(e.getMessage())).append(").");
            }
        }
        return new DamagedException(msg.toString(), cause);
    }

    /** The store file exists but cannot be read; nothing was changed. */
    public static final class DamagedException extends DealBriefException {
        private static final long serialVersionUID = 1L;

        DamagedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The newest backup in {@code backups/}, or null. */
    public static Path newestBackup(Path dataDir) {
        Path dir = dataDir.resolve("backups");
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".zip"))
                    .max(java.util.Comparator.comparing(p -> p.toFile().lastModified())).orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** Opens the store; {@code key} is required when the store is encrypted and must be null when it is not. */
    public static Database open(Path dataDir, StoreKey key) {
        awaitWarmUp();
        Rekey.finishInterrupted(dataDir.resolve("db"));
        if (key == null && StoreKey.isEncrypted(dataDir)) {
            throw new DealBriefException("The store in " + dataDir + " is encrypted: a passphrase is needed to open it.");
        }
        Path newest = newestBackup(dataDir);
        if (newest != null && !Files.exists(dataDir.resolve("db").resolve(FILE_NAME + ".mv.db"))) {
            // Never open an empty store silently over the user's data.
            throw new DealBriefException("The store file is missing from " + dataDir.resolve("db")
                    + " but backups exist. Restore the newest with `dealbrief restore " + newest + "`.");
        }
        return openFolder(dataDir, dataDir.resolve("db"), key);
    }

    static Database openFolder(Path dataDir, Path folder, StoreKey key) {
        awaitWarmUp();
        try {
            Files.createDirectories(folder);
        } catch (Exception e) {
            throw new DealBriefException("Cannot create the data folder " + folder + ": " + e.getMessage(), e);
        }
        JdbcDataSource ds = new JdbcDataSource();
        // TRACE_LEVEL_FILE=0: no trace file beside the store that could hold note text in SQL literals.
        ds.setURL("jdbc:h2:file:" + folder.resolve(FILE_NAME).toAbsolutePath()
                + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE" + (key == null ? "" : ";CIPHER=AES"));
        ds.setUser("dealbrief");
        // With CIPHER, H2 takes "<file password> <user password>"; the file password is our derived key.
        ds.setPassword(key == null ? "" : key.filePassword() + " ");
        Connection c;
        try {
            c = ds.getConnection();
        } catch (SQLException e) {
            if (e.getErrorCode() == DATABASE_ALREADY_OPEN || String.valueOf(e.getMessage()).contains("already in use")) {
                throw new InUseException(dataDir, e);
            }
            throw damaged(dataDir, folder, key, e);
        }
        try {
            if (!schemaCurrent(c)) {
                migrate(ds);
            }
            c.setAutoCommit(true);
        } catch (RuntimeException | SQLException e) {
            closeQuietly(c);
            throw new DealBriefException("Cannot prepare the store in " + folder + ": " + firstLine(e.getMessage()), e);
        }
        return new Database(dataDir, c);
    }

    /**
     * The newest migration in db/migration. Flyway costs over a second of a cold start (class loading and
     * scanning), so a store already at this version skips it; SchemaVersionTest keeps the number true.
     */
    static final int SCHEMA_VERSION = 4;

    private static boolean schemaCurrent(Connection c) {
        try (var st = c.createStatement(); var rs = st.executeQuery(
                "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\"")) {
            return rs.next() && rs.getInt(1) == SCHEMA_VERSION;
        } catch (SQLException | RuntimeException e) {
            return false; // a new store, or one from before the history table: let Flyway decide
        }
    }

    /** How many times this process ran Flyway: a reopen of a current store must not (SchemaVersionTest). */
    static int migrations() {
        return MIGRATIONS.get();
    }

    private static final java.util.concurrent.atomic.AtomicInteger MIGRATIONS = new java.util.concurrent.atomic.AtomicInteger();

    private static void migrate(JdbcDataSource ds) {
        MIGRATIONS.incrementAndGet();
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:app/dealbrief/db/migration")
                .load()
                .migrate();
    }

    public Path dataDir() {
        return folder;
    }

    /** Work that needs the connection; runs under the store's lock. */
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    public synchronized <T> T read(Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new DealBriefException("The store could not be read: " + firstLine(e.getMessage()), e);
        }
    }

    /** Runs {@code work} in one transaction: all of it is stored, or none of it. */
    public synchronized <T> T write(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DealBriefException("The store could not be written: " + firstLine(e.getMessage()), e);
        }
    }

    /** A consistent copy of the whole store, zipped, written while the store stays open. */
    public synchronized void backup(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path tmp = file.resolveSibling(file.getFileName() + ".partial");
            Files.deleteIfExists(tmp);
            try (var st = connection.createStatement()) {
                st.execute("BACKUP TO '" + tmp.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | java.io.IOException e) {
            throw new DealBriefException("Cannot write the backup " + file + ": " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * Replaces the store in {@code dataDir} with a backup. The backup is verified first (unpacked and opened
     * in a scratch folder), and the current store is itself backed up to {@code backups/} before it is
     * replaced, so a bad restore never costs the user data.
     */
    public static Path restore(Path dataDir, Path backup, StoreKey key) {
        awaitWarmUp();
        if (!Files.isRegularFile(backup)) {
            throw new DealBriefException("No backup file at " + backup);
        }
        Path scratch;
        try {
            scratch = Files.createTempDirectory("dealbrief-restore");
        } catch (java.io.IOException e) {
            throw new DealBriefException("Cannot create a scratch folder to verify " + backup, e);
        }
        try {
            try {
                org.h2.tools.Restore.execute(backup.toString(), scratch.toString(), FILE_NAME);
            } catch (RuntimeException e) {
                throw new DealBriefException(backup + " is not a DealBrief backup: " + firstLine(e.getMessage()), e);
            }
            if (!Files.exists(scratch.resolve(FILE_NAME + ".mv.db"))) {
                throw new DealBriefException(backup + " is not a DealBrief backup: it holds no DealBrief store");
            }
            try (Database check = openFolder(scratch, scratch, key)) {
                check.read(c -> {
                    try (var st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM note")) {
                        rs.next();
                        return rs.getInt(1);
                    }
                });
            }
            Path safety = dataDir.resolve("backups").resolve("before-restore-"
                    + java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip");
            try (Database current = open(dataDir, key)) {
                current.backup(safety);
            } catch (InUseException e) {
                throw e;
            } catch (DealBriefException unreadable) {
                // A damaged store cannot make a backup of itself: keep its raw file instead.
                Path raw = dataDir.resolve("db").resolve(FILE_NAME + ".mv.db");
                safety = safety.resolveSibling(safety.getFileName().toString().replace(".zip", ".damaged.mv.db"));
                if (Files.exists(raw)) {
                    Files.createDirectories(safety.getParent());
                    Files.copy(raw, safety);
                }
            }
            Path folder = dataDir.resolve("db");
            Files.deleteIfExists(folder.resolve(FILE_NAME + ".mv.db"));
            Files.copy(scratch.resolve(FILE_NAME + ".mv.db"), folder.resolve(FILE_NAME + ".mv.db"));
            return safety;
        } catch (java.io.IOException e) {
            throw new DealBriefException("Cannot restore " + backup + ": " + e.getMessage(), e);
        } finally {
            deleteTree(scratch);
        }
    }

    private static void deleteTree(Path p) {
        try (var walk = Files.walk(p)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (java.io.IOException ignored) {
            // a scratch folder in the temp dir; the OS cleans it up
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (!connection.isClosed()) {
                try (var st = connection.createStatement()) {
                    st.execute("SHUTDOWN");
                }
            }
        } catch (SQLException e) {
            // already closed by H2 itself; nothing left to release
        } finally {
            closeQuietly(connection);
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing after a failure: the first error is the one to report
        }
    }
}
