package org.solarpm.dailyreport.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ExifReaderTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void shouldReadCaptureTimeInTheCompanyZoneAndGpsFromALittleEndianExif() {
        byte[] jpeg = ExifJpeg.withExif("2026:11:20 14:35:10", new int[] {37, 30, 50}, "N", new int[] {105, 11, 24}, "E", false);
        var m = ExifReader.read(new ByteArrayInputStream(jpeg), SHANGHAI);
        assertThat(m.takenAt()).isEqualTo(Instant.parse("2026-11-20T06:35:10Z"));
        assertThat(m.latitude()).isEqualByComparingTo("37.513889");
        assertThat(m.longitude()).isEqualByComparingTo("105.190000");
    }

    @Test
    void shouldReadBigEndianExifAndSouthWestAsNegative() {
        byte[] jpeg = ExifJpeg.withExif("2026:01:02 03:04:05", new int[] {33, 52, 0}, "S", new int[] {151, 12, 0}, "W", true);
        var m = ExifReader.read(new ByteArrayInputStream(jpeg), SHANGHAI);
        assertThat(m.takenAt()).isEqualTo(Instant.parse("2026-01-01T19:04:05Z"));
        assertThat(m.latitude()).isEqualByComparingTo("-33.866667");
        assertThat(m.longitude()).isEqualByComparingTo("-151.200000");
    }

    @Test
    void shouldFindNothingInAJpegWithoutExifOrInGarbage() {
        assertThat(ExifReader.read(new ByteArrayInputStream(ExifJpeg.plainJpeg()), SHANGHAI)).isEqualTo(ExifReader.Metadata.NONE);
        byte[] broken = ExifJpeg.withExif("not a date at all!!", new int[] {1, 2, 3}, "N", new int[] {1, 2, 3}, "E", false);
        assertThat(ExifReader.read(new ByteArrayInputStream(broken), SHANGHAI).takenAt()).isNull();
        byte[] truncated = java.util.Arrays.copyOf(ExifJpeg.withExif("2026:11:20 14:35:10", new int[] {1, 2, 3}, "N",
                new int[] {1, 2, 3}, "E", false), 40);
        assertThat(ExifReader.read(new ByteArrayInputStream(truncated), SHANGHAI)).isEqualTo(ExifReader.Metadata.NONE);
        assertThat(ExifReader.read(new ByteArrayInputStream("MZ\0\0".getBytes(StandardCharsets.ISO_8859_1)), SHANGHAI))
                .isEqualTo(ExifReader.Metadata.NONE);
    }

    @Test
    void shouldRecogniseImagesByTheirFirstBytesOnly() {
        byte[] jpeg = ExifJpeg.plainJpeg();
        assertThat(ImageType.of(jpeg, jpeg.length)).contains(ImageType.JPEG);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        assertThat(ImageType.of(png, png.length)).contains(ImageType.PNG);
        byte[] webp = {'R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'E', 'B', 'P'};
        assertThat(ImageType.of(webp, webp.length)).contains(ImageType.WEBP);
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0};
        assertThat(ImageType.of(exe, exe.length)).isEmpty();
        assertThat(ImageType.describe(exe, exe.length)).isEqualTo("Windows executable");
        byte[] wav = {'R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'A', 'V', 'E'};
        assertThat(ImageType.of(wav, wav.length)).isEmpty();
        assertThat(ImageType.of(jpeg, 2)).isEmpty();
    }
}
