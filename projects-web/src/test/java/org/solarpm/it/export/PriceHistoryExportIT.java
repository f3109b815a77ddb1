package org.solarpm.it.export;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.solarpm.it.Api;
import org.solarpm.it.procurement.Workbooks;

/** The price history of a material leaves as a real workbook: typed cells, frozen header, filter, audited. */
class PriceHistoryExportIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void shouldExportTheHistoryWithNumbersAsNumbersAndDatesAsDates() throws Exception {
        Api buyer = Api.as("buyer");
        String code = "IT-EXP-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        long id = newModule(buyer, code);
        importRows(buyer, code, 40);

        Api.Response zh = buyer.get("/api/v1/materials/" + id + "/price-history.xlsx?from=2020-01-01");
        assertThat(zh.status()).as(zh.body()).isEqualTo(200);
        assertThat(zh.header("Content-Type")).startsWith(XLSX);
        String disposition = zh.header("Content-Disposition");
        assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''");
        assertThat(URLDecoder.decode(disposition.replaceAll(".*filename\\*=UTF-8''", ""), StandardCharsets.UTF_8))
                .isEqualTo("价格历史-" + code + ".xlsx");

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(zh.bytes()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("价格历史");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("日期");
            assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("折算单价 (CNY/W)");
            assertThat(sheet.getLastRowNum()).isEqualTo(40);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:I41");

            var first = sheet.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(0))).isTrue();
            assertThat(first.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.now().minusDays(50));
            assertThat(first.getCell(1).getStringCellValue()).isNotBlank();
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(3).getNumericCellValue()).isBetween(0.70 * 610 * 0.95, 0.70 * 610 * 1.05);
            assertThat(first.getCell(6).getNumericCellValue()).isBetween(0.70 * 0.95, 0.70 * 1.05);
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo("导入");
            assertThat(first.getCell(8).getStringCellValue()).isEqualTo("EXP-0");
        }

        Api.Response en = buyer.header("Accept-Language", "en").get("/api/v1/materials/" + id + "/price-history.xlsx?from=2020-01-01");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(en.bytes()))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Date");
            assertThat(wb.getSheetAt(0).getRow(1).getCell(7).getStringCellValue()).isEqualTo("Import");
        }

        Api.Response byLink = buyer.get("/api/v1/materials/" + id + "/price-history.xlsx?from=2020-01-01&lang=en");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(byLink.bytes()))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Price history");
        }

        JsonObject audit = Api.as("admin").get("/api/v1/audit-log?action=EXPORT&size=50").json();
        assertThat(audit.getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(e -> assertThat(e.toString()).contains("price-history.xlsx " + code).contains("buyer"));
    }

    @Test
    void shouldExportAWholeCategoryMaterialByMaterial() throws Exception {
        Api buyer = Api.as("buyer");
        String prefix = "IT-CAT-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        newModule(buyer, prefix + "-A");
        newModule(buyer, prefix + "-B");
        importRows(buyer, prefix + "-A", 12);
        importRows(buyer, prefix + "-B", 7);

        Api.Response r = buyer.get("/api/v1/price-history.xlsx?category=module&from=2020-01-01");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith(XLSX);
        assertThat(URLDecoder.decode(r.header("Content-Disposition").replaceAll(".*filename\\*=UTF-8''", ""), StandardCharsets.UTF_8))
                .isEqualTo("价格历史-MODULE.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.bytes()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("物料编码");
            List<String> codes = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                var row = sheet.getRow(i);
                String code = row.getCell(0).getStringCellValue();
                if (code.startsWith(prefix)) {
                    codes.add(code);
                    assertThat(row.getCell(1).getStringCellValue()).isEqualTo("导出测试组件");
                    assertThat(DateUtil.isCellDateFormatted(row.getCell(2))).isTrue();
                    assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(row.getCell(8).getNumericCellValue()).isBetween(0.70 * 0.95, 0.70 * 1.05);
                    assertThat(row.getCell(9).getStringCellValue()).isEqualTo("CNY/W");
                }
            }
            assertThat(codes).hasSize(19);
            assertThat(codes.subList(0, 12)).allMatch(c -> c.endsWith("-A"));
            assertThat(codes.subList(12, 19)).allMatch(c -> c.endsWith("-B"));
        }
        Api en = Api.as("buyer").header("Accept-Language", "en");
        assertProblem(en.get("/api/v1/price-history.xlsx"), 400);
        assertProblem(en.get("/api/v1/price-history.xlsx?category=SOLAR_FAIRY_DUST"), 400);
        assertProblem(en.get("/api/v1/price-history.xlsx?category=MODULE&from=2026-02-01&to=2026-01-01"), 400);
        assertProblem(en.get("/api/v1/price-history.xlsx?category=MODULE&supplierId=999999999"), 404);
        assertProblem(Api.anonymous().get("/api/v1/price-history.xlsx?category=MODULE"), 401);
    }

    @Test
    void shouldRefuseBadRequestsWithProblemsInsteadOfFiles() {
        Api buyer = Api.as("buyer").header("Accept-Language", "en");
        assertProblem(buyer.get("/api/v1/materials/999999999/price-history.xlsx"), 404);
        long id = buyer.get("/api/v1/materials?size=1").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertProblem(buyer.get("/api/v1/materials/" + id + "/price-history.xlsx?from=yesterday"), 400);
        assertProblem(buyer.get("/api/v1/materials/" + id + "/price-history.xlsx?from=2026-02-01&to=2026-01-01"), 400);
        assertProblem(buyer.get("/api/v1/materials/" + id + "/price-history.xlsx?supplierId=999999999"), 404);
        assertProblem(Api.anonymous().get("/api/v1/materials/" + id + "/price-history.xlsx"), 401);
    }

    private static void assertProblem(Api.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    }

    private static long newModule(Api buyer, String code) {
        Api.Response r = buyer.post("/api/v1/materials", Json.createObjectBuilder().add("code", code).add("nameZh", "导出测试组件")
                .add("category", "MODULE").add("unit", "pcs").add("moduleWp", 610).build().toString());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().getJsonNumber("id").longValue();
    }

    private static void importRows(Api buyer, String code, int n) {
        List<Object[]> rows = new ArrayList<>();
        LocalDate start = LocalDate.now().minusDays(50);
        for (int i = 0; i < n; i++) {
            rows.add(new Object[] {start.plusDays(i), code, "SUP-JINKO", 1000 + i, 0.70 * 610 * (0.96 + (i % 8) * 0.01), "pcs", "CNY", "EXP-" + i});
        }
        Api.Response accepted = Workbooks.upload(buyer, "/api/v1/imports/price-history", "export-test.xlsx", Workbooks.priceSheet(rows));
        JsonObject done = org.solarpm.it.procurement.PriceHistoryImportIT.awaitFinished(buyer, accepted);
        assertThat(done.getString("status")).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.getInt("inserted")).isEqualTo(n);
    }
}
