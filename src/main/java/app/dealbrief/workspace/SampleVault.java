package app.dealbrief.workspace;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/** The demo notes shipped inside the app (assets/sample-vault), copied to the data folder on first start. */
final class SampleVault {
    private static final Logger LOG = LoggerFactory.getLogger(SampleVault.class);
    static final String RESOURCE = "/sample-vault/";

    private SampleVault() {
    }

    /** Copies the bundled notes into {@code target}; returns it, or null when the app carries none. */
    static Path unpack(Path target) {
        URL marker = SampleVault.class.getResource(RESOURCE + "ABOUT.txt");
        if (marker == null) {
            LOG.warn("no bundled sample vault on the classpath");
            return null;
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                copy(fs.getPath(RESOURCE), target);
            } else {
                copy(Path.of(uri).getParent(), target);
            }
            return target;
        } catch (Exception e) {
            LOG.warn("cannot unpack the sample vault", e);
            return null;
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (!Files.isRegularFile(p) || !p.getFileName().toString().toLowerCase().endsWith(".md")) {
                    continue;
                }
                Path dest = to.resolve(from.relativize(p).toString());
                Files.createDirectories(dest.getParent());
                Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
