package org.solarpm.it.export;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.solarpm.it.Api;

/**
 * The executive digest PDF and the portfolio workbook carry the same figures as the dashboard,
 * read back with PDFBox and POI; Chinese stays extractable text; each download is watermarked
 * and audited; people without dashboard rights get a problem, not a file.
 */
class DigestAndPortfolioExportIT {

    private static final LocalDate YESTERDAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);

    @Test
    void shouldPrintTheDigestOfYesterdayWithChineseTextTheFiguresAndTheReadersWatermark() throws Exception {
        Api exec = Api.as("exec");
        JsonObject dashboard = exec.get("/api/v1/dashboard/portfolio?date=" + YESTERDAY).json();
        List<JsonObject> reporting = dashboard.getJsonArray("projects").getValuesAs(JsonObject.class).stream()
                .filter(p -> !"NOT_REQUIRED".equals(p.getString("reportStatus"))).toList();
        assertThat(reporting).as("demo data has projects in construction").isNotEmpty();

        Api.Response r = exec.get("/api/v1/reports/daily-digest.pdf?date=" + YESTERDAY);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/pdf");
        assertThat(fileName(r)).isEqualTo("每日经营简报-" + YESTERDAY + ".pdf");
        String text = text(r.bytes());
        assertThat(text).contains("每日经营简报", YESTERDAY.toString(), "王建国");
        for (JsonObject p : reporting) {
            assertThat(text).contains(p.getString("code"));
        }
        JsonObject totals = dashboard.getJsonObject("totals");
        assertThat(text).contains(totals.getInt("reportsOnTime") + " / " + totals.getInt("reportsLate") + " / " + totals.getInt("reportsMissing"));

        String english = text(exec.get("/api/v1/reports/daily-digest.pdf?date=" + YESTERDAY + "&lang=en").bytes());
        assertThat(english).contains("Daily Executive Digest");

        JsonObject audit = Api.as("admin").get("/api/v1/audit-log?action=EXPORT&size=100").json();
        assertThat(audit.getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(e -> assertThat(e.getString("detail", "")).isEqualTo("daily-digest.pdf " + YESTERDAY));
    }

    @Test
    void shouldExportThePortfolioAsAWorkbookWithTheDashboardsRows() throws Exception {
        Api exec = Api.as("exec");
        JsonObject dashboard = exec.get("/api/v1/dashboard/portfolio?date=" + YESTERDAY).json();
        List<JsonObject> projects = dashboard.getJsonArray("projects").getValuesAs(JsonObject.class);

        Api.Response r = exec.get("/api/v1/dashboard/portfolio.xlsx?date=" + YESTERDAY);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(fileName(r)).isEqualTo("项目驾驶舱-" + YESTERDAY + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.bytes()))) {
            XSSFSheet sheet = wb.getSheet("项目");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("项目编号");
            assertThat(sheet.getLastRowNum()).isEqualTo(projects.size());
            for (int i = 0; i < projects.size(); i++) {
                var row = sheet.getRow(i + 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(projects.get(i).getString("code"));
                assertThat(row.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(8).getNumericCellValue())
                        .isCloseTo(projects.get(i).getJsonNumber("designKwp").doubleValue(), org.assertj.core.data.Offset.offset(0.01));
            }
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(wb.getSheet("按分公司").getLastRowNum()).isEqualTo(dashboard.getJsonArray("byBranch").size());
            assertThat(wb.getSheet("按项目经理").getLastRowNum()).isEqualTo(dashboard.getJsonArray("byManager").size());
        }
    }

    @Test
    void shouldRefuseReadersWithoutDashboardRightsAndBadDates() {
        assertProblem(Api.as("site").get("/api/v1/reports/daily-digest.pdf"), 403);
        assertProblem(Api.as("buyer").get("/api/v1/dashboard/portfolio.xlsx"), 403);
        assertProblem(Api.as("exec").get("/api/v1/reports/daily-digest.pdf?date=" + YESTERDAY.plusDays(5)), 400);
        assertProblem(Api.as("exec").get("/api/v1/dashboard/portfolio.xlsx?date=21.11.2026"), 400);
        assertProblem(Api.anonymous().get("/api/v1/reports/daily-digest.pdf"), 401);
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static String fileName(Api.Response r) {
        return URLDecoder.decode(r.header("Content-Disposition").replaceAll(".*filename\\*=UTF-8''", ""), StandardCharsets.UTF_8);
    }

    private static void assertProblem(Api.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    }
}
