package org.solarpm.it.dailyreport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.solarpm.it.Api;

/** Black-box: photos are judged by their bytes (JPEG, PNG, WebP), limited in size, and keep EXIF time and position. */
class DailyReportPhotoIT {

    private final Api site = Api.as("site");

    @Test
    void shouldKeepCaptureTimeAndGpsOfAJpegAndServeItBack() {
        long project = DailyReports.project();
        LocalDate day = DailyReports.today().minusDays(1);
        byte[] jpeg = ExifJpeg.withExif("2026:11:20 14:35:10", new int[] {37, 30, 50}, "N", new int[] {105, 11, 24}, "E");
        Api.Response r = DailyReports.upload(site, project, day, "现场照片.jpg", jpeg);
        assertEquals(201, r.status(), r.toString());
        JsonObject photo = r.json();
        assertEquals("image/jpeg", photo.getString("contentType"));
        assertEquals("现场照片.jpg", photo.getString("fileName"));
        assertEquals(Instant.parse("2026-11-20T06:35:10Z"), Instant.parse(photo.getString("takenAt")));
        assertEquals(37.513889, photo.getJsonNumber("latitude").doubleValue(), 1e-6);
        assertEquals(105.19, photo.getJsonNumber("longitude").doubleValue(), 1e-6);
        Api.Response content = Api.as("exec").get(photo.getString("url"));
        assertEquals(200, content.status());
        assertEquals("image/jpeg", content.header("Content-Type"));
        assertEquals("nosniff", content.header("X-Content-Type-Options"));
        assertArrayEquals(jpeg, content.bytes());
        JsonObject report = site.get(DailyReports.path(project, day)).json();
        assertEquals("DRAFT", report.getString("status"), "a photo before the first save opens the draft");
        assertEquals(1, report.getJsonArray("photos").size());
        assertEquals(404, Api.as("buyer").get(photo.getString("url")).status(), "not a member");
        assertEquals(204, site.delete("/api/v1/daily-report-photos/" + photo.getJsonNumber("id")).status());
        assertEquals(404, site.get(photo.getString("url")).status());
        assertEquals(0, site.get(DailyReports.path(project, day)).json().getJsonArray("photos").size());
    }

    @Test
    void shouldAcceptPngAndWebpByTheirBytesWhateverTheirName() {
        long project = DailyReports.project();
        LocalDate day = DailyReports.today().minusDays(1);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Api.Response p = DailyReports.upload(site, project, day, "IMG_0001", png);
        assertEquals(201, p.status(), p.toString());
        assertEquals("image/png", p.json().getString("contentType"));
        assertTrue(p.json().isNull("takenAt"));
        byte[] webp = {'R', 'I', 'F', 'F', 20, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '};
        Api.Response w = DailyReports.upload(site, project, day, "photo.jpg", webp);
        assertEquals(201, w.status(), w.toString());
        assertEquals("image/webp", w.json().getString("contentType"));
    }

    @Test
    void shouldRefuseAnExecutableNamedLikeAPhotoAndChangeNothing() {
        long project = DailyReports.project();
        LocalDate day = DailyReports.today().minusDays(2);
        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';
        Api.Response r = DailyReports.upload(site.header("Accept-Language", "en"), project, day, "site.jpg", exe);
        assertEquals(415, r.status(), r.toString());
        assertEquals("application/problem+json", r.header("Content-Type").split(";")[0]);
        assertTrue(r.json().getString("detail").contains("executable"), r.toString());
        assertEquals(404, site.get(DailyReports.path(project, day)).status(), "no draft was opened either");
    }

    @Test
    void shouldRefuseAPhotoOverTenMebibytes() {
        long project = DailyReports.project();
        LocalDate day = DailyReports.today().minusDays(3);
        byte[] big = Arrays.copyOf(ExifJpeg.plainJpeg(), 10 * 1024 * 1024 + 1);
        Api.Response r = DailyReports.upload(site, project, day, "big.jpg", big);
        assertEquals(413, r.status(), r.toString());
        assertEquals("application/problem+json", r.header("Content-Type").split(";")[0]);
        assertEquals(404, site.get(DailyReports.path(project, day)).status());
        byte[] fits = Arrays.copyOf(ExifJpeg.plainJpeg(), 10 * 1024 * 1024);
        assertEquals(201, DailyReports.upload(site, project, day, "fits.jpg", fits).status());
    }
}
