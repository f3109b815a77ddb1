package org.solarpm.it.dailyreport;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** A real JPEG (ImageIO) with an EXIF APP1 segment holding DateTimeOriginal and GPS, as phones write it. */
final class ExifJpeg {

    private ExifJpeg() {
    }

    static byte[] plainJpeg() {
        try {
            BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param dateTime "yyyy:MM:dd HH:mm:ss"; lat/lon as degrees, minutes, seconds (positive) with refs */
    static byte[] withExif(String dateTime, int[] lat, String latRef, int[] lon, String lonRef) {
        ByteBuffer t = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
        t.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        // IFD0 at 8: two entries (ExifIFD pointer, GPS pointer)
        int exifIfd = 8 + 2 + 2 * 12 + 4;            // 38
        int gpsIfd = exifIfd + 2 + 12 + 4;           // 56
        int timeAt = gpsIfd + 2 + 4 * 12 + 4;        // 110
        int latAt = timeAt + 20;
        int lonAt = latAt + 24;
        t.putShort((short) 2);
        entry(t, 0x8769, 4, 1, exifIfd);
        entry(t, 0x8825, 4, 1, gpsIfd);
        t.putInt(0);
        t.putShort((short) 1);
        entry(t, 0x9003, 2, 20, timeAt);
        t.putInt(0);
        t.putShort((short) 4);
        inlineAscii(t, 1, latRef);
        entry(t, 2, 5, 3, latAt);
        inlineAscii(t, 3, lonRef);
        entry(t, 4, 5, 3, lonAt);
        t.putInt(0);
        t.put((dateTime + "\0").getBytes(StandardCharsets.US_ASCII));
        for (int v : lat) {
            t.putInt(v).putInt(1);
        }
        for (int v : lon) {
            t.putInt(v).putInt(1);
        }
        byte[] tiff = new byte[t.position()];
        t.flip();
        t.get(tiff);
        byte[] jpeg = plainJpeg();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        int length = 2 + 6 + tiff.length;
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(tiff);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static void entry(ByteBuffer t, int tag, int type, int count, int value) {
        t.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    private static void inlineAscii(ByteBuffer t, int tag, String ref) {
        t.putShort((short) tag).putShort((short) 2).putInt(2);
        t.put((byte) ref.charAt(0)).put((byte) 0).put((byte) 0).put((byte) 0);
    }
}
