package org.solarpm.project;

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
 * Project files on disk under {@code solarpm.data.dir}/documents. Files get a random storage name;
 * paths are resolved and checked to stay inside the directory.
 */
@ApplicationScoped
public class DocumentStore {

    /** A file written to the store. */
    public record Stored(String storageName, long size, String sha256) {
    }

    @Inject
    @ConfigProperty(name = "solarpm.data.dir", defaultValue = "./data/files")
    String dataDir;

    @Inject
    @ConfigProperty(name = "solarpm.documents.max-bytes", defaultValue = "20971520")
    long maxBytes;

    private Path root;

    public DocumentStore() {
    }

    DocumentStore(Path root, long maxBytes) {
        this.root = root.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
    }

    @PostConstruct
    void init() {
        root = Path.of(dataDir).resolve("documents").toAbsolutePath().normalize();
    }

    public DocumentPolicy policy() {
        return new DocumentPolicy(maxBytes);
    }

    /** Copies the stream to a new file, stopping (and deleting it) as soon as it passes the size limit. */
    public Stored write(InputStream in) {
        String name = UUID.randomUUID().toString();
        Path target = resolve(name);
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
                        break;
                    }
                    out.write(buf, 0, n);
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            try {
                policy().checkSize(size);
            } catch (DomainException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
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

    private Path resolve(String storageName) {
        Path p = root.resolve(storageName).normalize();
        if (!p.getParent().equals(root)) {
            throw DomainException.invalid("file", "error.document.fileName");
        }
        return p;
    }
}
