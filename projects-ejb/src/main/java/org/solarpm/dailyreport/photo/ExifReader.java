package org.solarpm.dailyreport.photo;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Reads capture time (DateTimeOriginal, with OffsetTimeOriginal when present, else the company
 * zone) and GPS position from the EXIF block of a JPEG. Anything missing or malformed yields
 * nulls: a photo without metadata is still a photo.
 */
public final class ExifReader {

    /** What was found; each part may be null. */
    public record Metadata(Instant takenAt, BigDecimal latitude, BigDecimal longitude) {
        public static final Metadata NONE = new Metadata(null, null, null);
    }

    private static final int MAX_SEGMENT_SCAN = 64;
    private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");

    private ExifReader() {
    }

    public static Metadata read(InputStream jpeg, ZoneId zone) {
        try {
            byte[] app1 = app1(new DataInputStream(jpeg));
            return app1 == null ? Metadata.NONE : parse(app1, zone);
        } catch (IOException | RuntimeException malformed) {
            return Metadata.NONE;
        }
    }

    /** The TIFF block of the APP1 "Exif" segment, or null. */
    private static byte[] app1(DataInputStream in) throws IOException {
        if (in.readUnsignedByte() != 0xFF || in.readUnsignedByte() != 0xD8) {
            return null;
        }
        for (int i = 0; i < MAX_SEGMENT_SCAN; i++) {
            int marker = in.readUnsignedByte();
            while (marker == 0xFF) {
                marker = in.readUnsignedByte();
            }
            if (marker == 0xDA || marker == 0xD9) {
                return null; // image data starts: no EXIF before it
            }
            int length = in.readUnsignedShort() - 2;
            byte[] segment = in.readNBytes(length);
            if (marker == 0xE1 && length > 6 && new String(segment, 0, 6, StandardCharsets.ISO_8859_1).equals("Exif\0\0")) {
                byte[] tiff = new byte[length - 6];
                System.arraycopy(segment, 6, tiff, 0, tiff.length);
                return tiff;
            }
            // the next byte must be a marker prefix
            if (in.readUnsignedByte() != 0xFF) {
                return null;
            }
        }
        return null;
    }

    private static Metadata parse(byte[] t, ZoneId zone) {
        Tiff tiff = new Tiff(t);
        int ifd0 = tiff.u32(4);
        int exif = tiff.tagOffset(ifd0, 0x8769);
        int gps = tiff.tagOffset(ifd0, 0x8825);
        Instant takenAt = null;
        if (exif > 0) {
            String time = tiff.ascii(exif, 0x9003);
            String offset = tiff.ascii(exif, 0x9011);
            if (time != null) {
                LocalDateTime local = LocalDateTime.parse(time.trim(), EXIF_TIME);
                takenAt = offset != null && offset.trim().matches("[+-]\\d{2}:\\d{2}")
                        ? OffsetDateTime.of(local, ZoneOffset.of(offset.trim())).toInstant() : local.atZone(zone).toInstant();
            }
        }
        BigDecimal lat = null;
        BigDecimal lon = null;
        if (gps > 0) {
            lat = tiff.degrees(gps, 2, tiff.ascii(gps, 1), "S");
            lon = tiff.degrees(gps, 4, tiff.ascii(gps, 3), "W");
            if (lat == null || lon == null || lat.abs().compareTo(BigDecimal.valueOf(90)) > 0 || lon.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
                lat = null;
                lon = null;
            }
        }
        return new Metadata(takenAt, lat, lon);
    }

    /** Just enough TIFF: byte order, IFD entries, ASCII and RATIONAL values. */
    private static final class Tiff {
        private final byte[] b;
        private final boolean little;

        Tiff(byte[] b) {
            this.b = b;
            this.little = b[0] == 'I' && b[1] == 'I';
            if (!little && !(b[0] == 'M' && b[1] == 'M')) {
                throw new IllegalArgumentException("not TIFF");
            }
        }

        int u16(int at) {
            int x = b[at] & 0xFF;
            int y = b[at + 1] & 0xFF;
            return little ? x | y << 8 : x << 8 | y;
        }

        int u32(int at) {
            long x = little ? (u16(at) | (long) u16(at + 2) << 16) : ((long) u16(at) << 16 | u16(at + 2));
            return (int) Math.min(x, Integer.MAX_VALUE);
        }

        /** Offset of the 12-byte directory entry of {@code tag} in the IFD at {@code ifd}, or -1. */
        int entry(int ifd, int tag) {
            int count = u16(ifd);
            for (int i = 0; i < count && i < 500; i++) {
                int e = ifd + 2 + i * 12;
                if (u16(e) == tag) {
                    return e;
                }
            }
            return -1;
        }

        int tagOffset(int ifd, int tag) {
            int e = entry(ifd, tag);
            return e < 0 ? -1 : u32(e + 8);
        }

        String ascii(int ifd, int tag) {
            int e = entry(ifd, tag);
            if (e < 0 || u16(e + 2) != 2) {
                return null;
            }
            int count = u32(e + 4);
            int at = count <= 4 ? e + 8 : u32(e + 8);
            int end = at;
            while (end < at + count && end < b.length && b[end] != 0) {
                end++;
            }
            return new String(b, at, end - at, StandardCharsets.US_ASCII);
        }

        BigDecimal degrees(int ifd, int tag, String ref, String negative) {
            int e = entry(ifd, tag);
            if (e < 0 || u16(e + 2) != 5 || u32(e + 4) != 3) {
                return null;
            }
            int at = u32(e + 8);
            double d = rational(at) + rational(at + 8) / 60 + rational(at + 16) / 3600;
            if (negative.equalsIgnoreCase(ref == null ? "" : ref.trim())) {
                d = -d;
            }
            return BigDecimal.valueOf(d).setScale(6, RoundingMode.HALF_UP);
        }

        double rational(int at) {
            long num = Integer.toUnsignedLong(u32raw(at));
            long den = Integer.toUnsignedLong(u32raw(at + 4));
            return den == 0 ? 0 : (double) num / den;
        }

        int u32raw(int at) {
            return little ? (u16(at) | u16(at + 2) << 16) : (u16(at) << 16 | u16(at + 2));
        }
    }
}
