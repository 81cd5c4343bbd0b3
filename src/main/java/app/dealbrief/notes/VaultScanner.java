package app.dealbrief.notes;

import app.dealbrief.domain.DealBriefException;
import app.dealbrief.domain.ImportReport;
import app.dealbrief.domain.NoteFolders;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/** Finds markdown notes under folders and files, reads them as strict UTF-8, and says why any are refused. */
public final class VaultScanner {
    static final long MAX_BYTES = 5L * 1024 * 1024;
    /** Words that make a folder a parent of account folders: "Accounts", "Customers and Partners", "CRM". */
    private static final Set<String> ACCOUNT_FOLDER_WORDS = Set.of("accounts", "account", "customers", "customer",
            "clients", "client", "companies", "company", "organizations", "organisations", "orgs", "crm", "partners",
            "prospects", "deals", "opportunities", "logos");

    private VaultScanner() {
    }

    /**
     * A note file read as text; {@code folderAccount} is null when no account folder holds it.
     * {@code relative} is its path from the folder above the imported root (the root's own name included).
     */
    public record SourceFile(Path path, String text, String folderAccount, Path relative) {
    }

    private record Place(String folderAccount, Path relative, long size) {
    }

    /**
     * A note file found but not read yet; {@code size} is its length when listed (copies of one file have the
     * same size, which lets an import keep one reading of a text for its copies).
     */
    public record Found(Path path, String folderAccount, Path relative, long size) {
    }

    /** Files to read, sorted by path, and the ones refused while listing. */
    public record Listing(List<Found> files, List<ImportReport.Problem> rejected) {
        public Listing {
            files = List.copyOf(files);
            rejected = List.copyOf(rejected);
        }
    }

    /** Readable notes and refused files, each sorted by path. */
    public record ScanResult(List<SourceFile> files, List<ImportReport.Problem> rejected) {
        public ScanResult {
            files = List.copyOf(files);
            rejected = List.copyOf(rejected);
        }
    }

    /** @throws DealBriefException when a root does not exist; nothing is read then */
    public static ScanResult scan(List<Path> roots) {
        Listing listing = list(roots);
        List<Object> results = listing.files().parallelStream().map(VaultScanner::readOrProblem).toList();
        List<SourceFile> files = new ArrayList<>();
        List<ImportReport.Problem> rejected = new ArrayList<>(listing.rejected());
        for (Object r : results) {
            if (r instanceof SourceFile f) {
                files.add(f);
            } else {
                rejected.add((ImportReport.Problem) r);
            }
        }
        rejected.sort(Comparator.comparing(ImportReport.Problem::path));
        return new ScanResult(files, rejected);
    }

    /**
     * The note files under the roots, without reading them: an import reads one file at a time, so a vault is
     * never held in memory whole.
     *
     * @throws DealBriefException when a root does not exist; nothing is listed then
     */
    public static Listing list(List<Path> roots) {
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new DealBriefException("Cannot import " + root + ": no such file or folder");
            }
        }
        // path -> folder account; a TreeMap keeps the order deterministic
        TreeMap<Path, Place> found = new TreeMap<>(Comparator.comparing(Path::toString));
        List<ImportReport.Problem> rejected = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                walk(root, found, rejected);
            } else if (isMarkdown(root)) {
                Path abs = root.toAbsolutePath().normalize();
                found.put(root, new Place(folderAccount(abs), abs.getFileName(), size(root)));
            } else {
                rejected.add(new ImportReport.Problem(root.toString(), "not a markdown file"));
            }
        }
        List<Found> files = new ArrayList<>();
        Set<Path> real = new HashSet<>();
        for (var e : found.entrySet()) {
            Path p = e.getKey();
            if (real.add(realPath(p))) { // the same file reached twice (two roots, a symlink) is read once
                Place place = e.getValue();
                files.add(new Found(p, place.folderAccount(), place.relative(), place.size()));
            }
        }
        rejected.sort(Comparator.comparing(ImportReport.Problem::path));
        return new Listing(files, rejected);
    }

    /** Reads a listed file as strict UTF-8 text; returns null and adds to {@code rejected} when it is refused. */
    public static SourceFile read(Found f, List<ImportReport.Problem> rejected) {
        Object r = readOrProblem(f);
        if (r instanceof SourceFile file) {
            return file;
        }
        rejected.add((ImportReport.Problem) r);
        return null;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException | SecurityException e) {
            return -1;
        }
    }

    /**
     * Written by DealBrief's export at the top of an export folder: its first-level folders are accounts
     * (folder name = account name, as listed), so notes whose account came only from a folder keep it
     * through an export and re-import without their text being changed.
     */
    public static final String EXPORT_MARKER = ".dealbrief-export";

    private static void walk(Path root, TreeMap<Path, Place> found, List<ImportReport.Problem> rejected) {
        // account folders are looked for from the root's own name down, not in the user's home path above it
        Path base = root.toAbsolutePath().normalize().getParent();
        java.util.Map<String, String> exported = exportFolders(root);
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            Path name = dir.getFileName();
                            boolean hidden = !dir.equals(root) && name != null && name.toString().startsWith(".");
                            return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && isMarkdown(file)) {
                                Path abs = file.toAbsolutePath().normalize();
                                Path relative = base == null ? abs : base.relativize(abs);
                                String account = folderAccount(relative);
                                Path rel = root.relativize(file);
                                if (exported != null && rel.getNameCount() >= 2) {
                                    String folder = rel.getName(0).toString();
                                    account = exported.getOrDefault(folder, folder);
                                }
                                found.put(file, new Place(account, relative, attrs.size()));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String reason = e instanceof FileSystemLoopException ? "symlink loop"
                                    : "cannot be read: " + message(e);
                            rejected.add(new ImportReport.Problem(file.toString(), reason));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            rejected.add(new ImportReport.Problem(root.toString(), "cannot be read: " + message(e)));
        }
    }

    /** Folder -> account of an export folder, or null when {@code root} is not one. */
    private static java.util.Map<String, String> exportFolders(Path root) {
        Path marker = root.resolve(EXPORT_MARKER);
        if (!Files.isRegularFile(marker)) {
            return null;
        }
        java.util.Properties p = new java.util.Properties();
        try (var in = Files.newBufferedReader(marker, java.nio.charset.StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            // an unreadable marker still marks an export: folder names are the accounts
        }
        java.util.Map<String, String> map = new java.util.HashMap<>();
        p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
        return map;
    }

    /**
     * The folder just below an Accounts/Customers/Clients/CRM/"Customers and Partners"... folder, when the file
     * sits deeper than that; the innermost such folder wins. Archive and copy folders in between are skipped
     * ({@code Clients/_archive/Acme/x.md} is Acme's), and a folder name that is a placeholder is no account.
     */
    static String folderAccount(Path path) {
        String account = null;
        int n = path.getNameCount();
        for (int i = 0; i + 2 < n; i++) {
            if (!isAccountParent(path.getName(i).toString())) {
                continue;
            }
            int j = i + 1;
            while (j + 1 < n && NoteFolders.isArchive(path.getName(j).toString())) {
                j++;
            }
            String folder = j + 1 < n ? path.getName(j).toString() : "";
            if (j + 1 < n && !isAccountParent(folder) && !NoteFolders.isTemplates(folder)
                    && !NoteFolders.isPersonal(folder)) {
                String name = AccountValues.clean(path.getName(j).toString());
                if (name != null) {
                    account = name;
                }
            }
        }
        return account;
    }

    /** "Accounts", "Customers and Partners", "02 Clients", "CRM": a folder whose words name account folders. */
    static boolean isAccountParent(String folder) {
        String[] words = folder.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        int hits = 0;
        int other = 0;
        for (String w : words) {
            if (w.isEmpty() || w.equals("and") || w.chars().allMatch(Character::isDigit)) {
                continue;
            }
            if (ACCOUNT_FOLDER_WORDS.contains(w)) {
                hits++;
            } else if (!w.equals("my") && !w.equals("our") && !w.equals("key") && !w.equals("all")) {
                other++;
            }
        }
        return hits > 0 && other == 0;
    }

    static boolean isMarkdown(Path p) {
        Path name = p.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown");
    }

    /** A {@link SourceFile} or an {@link ImportReport.Problem}. */
    private static Object readOrProblem(Found place) {
        Path p = place.path();
        String where = p.toString();
        try {
            if (Files.size(p) > MAX_BYTES) {
                return new ImportReport.Problem(where, "file is over 5 MB");
            }
            byte[] bytes = Files.readAllBytes(p);
            if (bytes.length > MAX_BYTES) {
                return new ImportReport.Problem(where, "file is over 5 MB");
            }
            if (bytes.length == 0) {
                return new ImportReport.Problem(where, "empty file");
            }
            if (binary(bytes)) {
                return new ImportReport.Problem(where, "binary file, not text");
            }
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new SourceFile(p, text, place.folderAccount(), place.relative());
        } catch (CharacterCodingException e) {
            return new ImportReport.Problem(where, "not UTF-8 text");
        } catch (IOException | SecurityException e) {
            return new ImportReport.Problem(where, "cannot be read: " + message(e));
        }
    }

    /** NUL bytes, or mostly control characters, in the first 8 KB: text editors never write those. */
    static boolean binary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B || b == 0x7F) {
                control++;
            }
        }
        return control * 10 > n * 3;
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | SecurityException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        return (kind.isBlank() ? "error" : kind.toLowerCase(Locale.ROOT)) + (m == null ? "" : " (" + m + ")");
    }
}
