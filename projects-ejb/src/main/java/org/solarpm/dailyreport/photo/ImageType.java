package org.solarpm.dailyreport.photo;

import java.util.Optional;

/** The photo formats accepted, recognised by their first bytes, never by the file name. */
public enum ImageType {
    JPEG("image/jpeg"), PNG("image/png"), WEBP("image/webp");

    /** How many leading bytes {@link #of} needs. */
    public static final int HEADER_BYTES = 12;

    private final String contentType;

    ImageType(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<ImageType> of(byte[] head, int length) {
        if (length >= 3 && u(head[0]) == 0xFF && u(head[1]) == 0xD8 && u(head[2]) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (length >= 8 && u(head[0]) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G'
                && head[4] == 0x0D && head[5] == 0x0A && head[6] == 0x1A && head[7] == 0x0A) {
            return Optional.of(PNG);
        }
        if (length >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F'
                && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** A short name of what the bytes look like instead, for the refusal message. */
    public static String describe(byte[] head, int length) {
        if (length >= 2 && head[0] == 'M' && head[1] == 'Z') {
            return "Windows executable";
        }
        if (length >= 4 && u(head[0]) == 0x7F && head[1] == 'E' && head[2] == 'L' && head[3] == 'F') {
            return "ELF executable";
        }
        if (length >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
            return "PDF";
        }
        if (length >= 2 && head[0] == 'P' && head[1] == 'K') {
            return "ZIP";
        }
        if (length >= 2 && head[0] == '#' && head[1] == '!') {
            return "script";
        }
        return "unknown type";
    }

    private static int u(byte b) {
        return b & 0xFF;
    }
}
