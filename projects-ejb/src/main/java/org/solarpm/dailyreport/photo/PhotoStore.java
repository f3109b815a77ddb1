package org.solarpm.dailyreport.photo;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.solarpm.shared.DomainException;

/**
 * Photo bytes on disk under {@code solarpm.data.dir}/photos (same approach as project documents:
 * random storage names, writes to a temporary file moved into place, limit checked while writing).
 * The limit is {@code solarpm.daily-report.photo-max-bytes} (default 10 MiB).
 */
@ApplicationScoped
public class PhotoStore {

    /** A file written to the store. */
    public record Stored(String storageName, long size, String sha256) {
    }

    @Inject
    @ConfigProperty(name = "solarpm.data.dir", defaultValue = "./data/files")
    String dataDir;

    @Inject
    @ConfigProperty(name = "solarpm.daily-report.photo-max-bytes", defaultValue = "10485760")
    long maxBytes;

    private Path root;

    @PostConstruct
    void init() {
        root = Path.of(dataDir).resolve("photos").toAbsolutePath().normalize();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Copies the stream into a new file; 413 (and nothing kept) once it passes the limit, 400 if it is empty. */
    public Stored write(InputStream in) {
        try {
            Files.createDirectories(root);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Path tmp = Files.createTempFile(root, "upload-", ".part");
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
                byte[] buf = new byte[64 * 1024];
                for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                    size += n;
                    if (size > maxBytes) {
                        throw new DomainException(DomainException.Kind.TOO_LARGE, "error.dailyReport.photo.tooLarge", human(maxBytes));
                    }
                    out.write(buf, 0, n);
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            if (size == 0) {
                Files.deleteIfExists(tmp);
                throw DomainException.invalid("file", "error.dailyReport.photo.empty");
            }
            String name = UUID.randomUUID().toString();
            Files.move(tmp, resolve(name), StandardCopyOption.ATOMIC_MOVE);
            return new Stored(name, size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path pathOf(String storageName) {
        return resolve(storageName);
    }

    public void delete(String storageName) {
        try {
            Files.deleteIfExists(resolve(storageName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String human(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MiB" : (bytes / 1024) + " KiB";
    }

    private Path resolve(String storageName) {
        Path p = root.resolve(storageName).normalize();
        if (!root.equals(p.getParent())) {
            throw DomainException.invalid("file", "error.document.fileName");
        }
        return p;
    }
}
