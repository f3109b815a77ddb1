package org.solarpm.project;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.solarpm.shared.DomainException;
import org.solarpm.shared.FileStore;

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

    private FileStore files;

    public DocumentStore() {
    }

    DocumentStore(Path root, long maxBytes) {
        this.files = new FileStore(root);
        this.maxBytes = maxBytes;
    }

    @PostConstruct
    void init() {
        files = new FileStore(Path.of(dataDir).resolve("documents"));
    }

    public DocumentPolicy policy() {
        return new DocumentPolicy(maxBytes);
    }

    /** Copies the stream to a new file, stopping (and deleting it) as soon as it passes the size limit. */
    public Stored write(InputStream in) {
        FileStore.Stored stored;
        try {
            stored = files.write(in, maxBytes);
        } catch (FileStore.TooLarge e) {
            policy().checkSize(maxBytes + 1);
            throw e;
        }
        try {
            policy().checkSize(stored.size());
        } catch (DomainException e) {
            files.delete(stored.storageName());
            throw e;
        }
        return new Stored(stored.storageName(), stored.size(), stored.sha256());
    }

    public Path pathOf(String storageName) {
        return files.pathOf(storageName);
    }

    public void delete(String storageName) {
        files.delete(storageName);
    }
}
