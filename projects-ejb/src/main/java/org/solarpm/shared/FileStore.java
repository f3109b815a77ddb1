package org.solarpm.shared;

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

/**
 * Uploaded bytes in one directory: random storage names, written to a temporary file and moved into
 * place, the size limit checked while writing (nothing is kept once it is passed), SHA-256 on the
 * way, and names resolved so that they can never leave the directory. Project documents and report
 * photos each keep their files in one of these.
 */
public final class FileStore {

    /** A file written to the store. */
    public record Stored(String storageName, long size, String sha256) {
    }

    /** More than the limit arrived; nothing was kept. */
    public static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(null, null, false, false);
        }
    }

    private final Path root;

    public FileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Copies the stream into a new file; throws {@link TooLarge} as soon as more than {@code maxBytes} arrive. */
    public Stored write(InputStream in, long maxBytes) {
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
                        throw new TooLarge();
                    }
                    out.write(buf, 0, n);
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            String name = UUID.randomUUID().toString();
            Files.move(tmp, pathOf(name), StandardCopyOption.ATOMIC_MOVE);
            return new Stored(name, size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file of a storage name; a name that would leave the directory is refused (400). */
    public Path pathOf(String storageName) {
        Path p = root.resolve(storageName).normalize();
        if (!root.equals(p.getParent())) {
            throw DomainException.invalid("file", "error.document.fileName");
        }
        return p;
    }

    public void delete(String storageName) {
        try {
            Files.deleteIfExists(pathOf(storageName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
