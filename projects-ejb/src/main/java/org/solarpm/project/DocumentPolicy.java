package org.solarpm.project;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import org.solarpm.shared.DomainException;

/**
 * What may be uploaded as a project document: safe file names, an allow-list of types (by
 * extension, which decides the content type served back) and a size limit.
 */
public record DocumentPolicy(long maxBytes) {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    /** Allowed extensions and the content type a download is served with. */
    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("webp", "image/webp"),
            Map.entry("heic", "image/heic"),
            Map.entry("dwg", "application/acad"),
            Map.entry("dxf", "application/dxf"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("zip", "application/zip"),
            Map.entry("txt", "text/plain"));

    /**
     * The file name as stored: a plain name without any directory part. Names with path separators,
     * ".." or control characters are refused rather than guessed at.
     */
    public static String safeFileName(String raw) {
        if (raw == null || raw.isBlank()) {
            throw DomainException.invalid("file", "error.document.fileName");
        }
        String name = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
        if (name.length() > 200 || name.contains("/") || name.contains("\\") || name.contains("..")
                || name.startsWith(".") || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == ':' || c == '*' || c == '?'
                || c == '"' || c == '<' || c == '>' || c == '|')) {
            throw DomainException.invalid("file", "error.document.fileName");
        }
        return name;
    }

    /** The content type of an allowed file, or 415 for anything else (executables, scripts, HTML...). */
    public static String contentTypeOf(String safeName) {
        int dot = safeName.lastIndexOf('.');
        String ext = dot < 0 ? "" : safeName.substring(dot + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(ext);
        if (type == null) {
            throw new DomainException(DomainException.Kind.UNSUPPORTED_MEDIA, "error.document.type", ext.isEmpty() ? "-" : ext);
        }
        return type;
    }

    public void checkSize(long bytes) {
        if (bytes > maxBytes) {
            throw new DomainException(DomainException.Kind.TOO_LARGE, "error.document.tooLarge", maxBytes / (1024 * 1024) + " MiB");
        }
        if (bytes == 0) {
            throw DomainException.invalid("file", "error.document.empty");
        }
    }
}
