package org.solarpm.procurement.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.solarpm.shared.DomainException;

/**
 * Decides, before a job is queued, whether an uploaded file may be imported at all: not too large,
 * really an .xlsx package, and not a zip bomb. Every entry is inflated once through POI's
 * {@link ZipSecureFile}, which enforces the minimum inflate ratio and maximum entry size.
 */
public final class UploadedWorkbook {

    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private UploadedWorkbook() {
    }

    public static void verify(Path file) {
        PriceSheetReader.installZipLimits();
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw tooLarge();
            }
            byte[] head = new byte[4];
            try (InputStream in = Files.newInputStream(file)) {
                if (in.readNBytes(head, 0, 4) < 4 || !java.util.Arrays.equals(head, ZIP_MAGIC)) {
                    throw notSpreadsheet();
                }
            }
            Set<String> names = new HashSet<>();
            byte[] sink = new byte[64 * 1024];
            try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
                for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); ) {
                    ZipArchiveEntry entry = e.nextElement();
                    names.add(entry.getName());
                    try (InputStream in = zip.getInputStream(entry)) {
                        while (in.read(sink) >= 0) {
                            // inflating is the check: the threshold stream throws on a bomb
                        }
                    }
                }
            }
            if (!names.contains("[Content_Types].xml") || !names.contains("xl/workbook.xml")) {
                throw notSpreadsheet();
            }
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (isZipBomb(e)) {
                throw new DomainException(DomainException.Kind.INVALID, "error.import.zipBomb",
                        java.util.List.of(new DomainException.FieldError("file", "error.import.zipBomb")), java.util.List.of());
            }
            throw notSpreadsheet();
        }
    }

    static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Zip bomb") || m.contains("max size of the expanded data"))) {
                return true;
            }
        }
        return false;
    }

    public static DomainException tooLarge() {
        return new DomainException(DomainException.Kind.TOO_LARGE, "error.import.tooLarge", MAX_FILE_BYTES / (1024 * 1024));
    }

    public static DomainException notSpreadsheet() {
        return new DomainException(DomainException.Kind.UNSUPPORTED_MEDIA, "error.import.notSpreadsheet");
    }
}
