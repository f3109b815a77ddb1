package org.solarpm.it.dailyreport;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.solarpm.it.Api;

/** A filed report prints as a PDF with its figures, Chinese text, photo thumbnail and the reader's watermark. */
class DailyReportPdfIT {

    @Test
    void shouldPrintTheReportWithQuantitiesWeatherPhotosAndWatermark() throws Exception {
        long project = DailyReports.project();
        LocalDate day = DailyReports.today().minusDays(1);
        file(project, day, 420, "130.5", true);
        String code = Api.as("pm").get("/api/v1/projects/" + project).json().getString("code");

        Api.Response pdf = Api.as("pm").get(DailyReports.path(project, day) + ".pdf");
        assertThat(pdf.status()).as(pdf.body()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(URLDecoder.decode(pdf.header("Content-Disposition").replaceAll(".*filename\\*=UTF-8''", ""), StandardCharsets.UTF_8))
                .isEqualTo("施工日报-" + code + "-" + day + ".pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(code, day.toString(), "晴", "8~19℃", "已提交", "刘强", "继续打桩", "420", "130.5", "张伟");
            assertThat(images(doc)).isGreaterThanOrEqualTo(1);
        }

        assertThat(Api.as("buyer").get(DailyReports.path(project, day) + ".pdf").status()).isEqualTo(404);
        assertThat(Api.as("pm").get(DailyReports.path(project, day.minusDays(30)) + ".pdf").status()).isEqualTo(404);
    }

    @Test
    void shouldExportARangeOfReportsAsAWorkbookWithQuantitiesPerWorkItem() throws Exception {
        long project = DailyReports.project();
        LocalDate day = DailyReports.today().minusDays(2);
        file(project, day, 300, "88.25", false);

        String path = "/api/v1/projects/" + project + "/daily-reports.xlsx?from=" + day.minusDays(3) + "&to=" + day;
        Api.Response xlsx = Api.as("pm").get(path);
        assertThat(xlsx.status()).as(xlsx.body()).isEqualTo(200);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.bytes()))) {
            var reports = wb.getSheet("日报");
            assertThat(reports.getLastRowNum()).isEqualTo(1);
            assertThat(reports.getRow(1).getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(day);
            assertThat(reports.getRow(1).getCell(1).getStringCellValue()).isEqualTo("已提交");
            assertThat(reports.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(34.0);
            assertThat(reports.getRow(1).getCell(10).getNumericCellValue()).isEqualTo(88.25);
            var quantities = wb.getSheet("工程量");
            assertThat(quantities.getLastRowNum()).isEqualTo(2);
            assertThat(quantities.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(300.0);
        }
        assertThat(Api.as("buyer").get(path).status()).isEqualTo(404);
        Api.Response tooLong = Api.as("pm").get("/api/v1/projects/" + project + "/daily-reports.xlsx?from=2020-01-01&to=" + day);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void shouldPrintTheMonthlyReportWithSCurveMilestonesAndTheMonthInWords() throws Exception {
        long project = DailyReports.project();
        LocalDate day = DailyReports.today().minusDays(1);
        file(project, day, 500, "60", false);
        String month = java.time.YearMonth.from(day).toString();
        String code = Api.as("pm").get("/api/v1/projects/" + project).json().getString("code");

        Api.Response pdf = Api.as("pm").get("/api/v1/projects/" + project + "/monthly-report.pdf?month=" + month);
        assertThat(pdf.status()).as(pdf.body()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("项目月报", code, month, "本月提交日报 1 份，完成安装 60.0 kWp", "张伟");
            assertThat(images(doc)).as("the S-curve").isGreaterThanOrEqualTo(1);
        }
        Api.Response future = Api.as("pm").get("/api/v1/projects/" + project + "/monthly-report.pdf?month=2999-01");
        assertThat(future.status()).isEqualTo(400);
        assertThat(Api.as("pm").get("/api/v1/projects/" + project + "/monthly-report.pdf?month=13-2026").status()).isEqualTo(400);
        assertThat(Api.as("buyer").get("/api/v1/projects/" + project + "/monthly-report.pdf").status()).isEqualTo(404);
    }

    /** The site lead files and submits a report with piles and installed kWp (and a photo when asked). */
    private static void file(long project, LocalDate day, int piles, String kwp, boolean photo) {
        Api site = Api.as("site");
        long pileItem = DailyReports.workItemId(site, project, "PILE");
        long kwpItem = DailyReports.workItemId(site, project, "MODULE_KWP");
        Api.Response put = site.put(DailyReports.path(project, day),
                DailyReports.body(pileItem, piles, kwpItem, new BigDecimal(kwp)).build().toString());
        assertThat(put.status()).as(put.body()).isIn(200, 201);
        if (photo) {
            Api.Response uploaded = DailyReports.upload(site, project, day, "现场.jpg", ExifJpeg.plainJpeg());
            assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        }
        JsonObject report = site.get(DailyReports.path(project, day)).json();
        Api.Response submitted = site.post(DailyReports.path(project, day) + "/submit", "{\"version\":" + report.getInt("version") + "}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    }

    private static int images(PDDocument doc) throws Exception {
        int count = 0;
        for (PDPage page : doc.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                    count++;
                }
            }
        }
        return count;
    }
}
