package org.solarpm.dailyreport.photo;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.solarpm.shared.DomainException;
import org.solarpm.shared.FileStore;

/**
 * Photo bytes on disk under {@code solarpm.data.dir}/photos, in a {@link FileStore} like project documents.
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

    private FileStore files;

    @PostConstruct
    void init() {
        files = new FileStore(Path.of(dataDir).resolve("photos"));
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Copies the stream into a new file; 413 (and nothing kept) once it passes the limit, 400 if it is empty. */
    public Stored write(InputStream in) {
        FileStore.Stored stored;
        try {
            stored = files.write(in, maxBytes);
        } catch (FileStore.TooLarge e) {
            throw new DomainException(DomainException.Kind.TOO_LARGE, "error.dailyReport.photo.tooLarge", human(maxBytes));
        }
        if (stored.size() == 0) {
            files.delete(stored.storageName());
            throw DomainException.invalid("file", "error.dailyReport.photo.empty");
        }
        return new Stored(stored.storageName(), stored.size(), stored.sha256());
    }

    public Path pathOf(String storageName) {
        return files.pathOf(storageName);
    }

    public void delete(String storageName) {
        files.delete(storageName);
    }

    static String human(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MiB" : (bytes / 1024) + " KiB";
    }
}
