package org.solarpm.it.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.solarpm.it.procurement.ProcurementApiIT.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.solarpm.it.Api;

/** Black-box: importing price history from Excel, with every kind of bad file and bad row. */
public class PriceHistoryImportIT {

    private static final String IMPORT = "/api/v1/imports/price-history";

    private static String newModule(Api buyer) {
        String code = "IT-IMP-" + ProcurementApiIT.shortId();
        Api.Response r = buyer.post("/api/v1/materials", Json.createObjectBuilder().add("code", code).add("nameZh", "导入测试组件")
                .add("category", "MODULE").add("unit", "pcs").add("moduleWp", 610).build().toString());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return code;
    }

    private static int historySize(Api api, String code) {
        long id = ProcurementApiIT.materialId(api, code);
        return api.get("/api/v1/materials/" + id + "/price-history?from=2020-01-01").json().getJsonArray("items").size();
    }

    public static JsonObject awaitFinished(Api api, Api.Response accepted) {
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String jobId = accepted.json().getString("jobId");
        assertThat(accepted.header("Location")).endsWith("/imports/" + jobId);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            JsonObject status = api.get("/api/v1/imports/" + jobId).json();
            if (List.of("COMPLETED", "REJECTED", "FAILED").contains(status.getString("status"))) {
                return status;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import " + jobId + " did not finish");
    }

    private static List<Object[]> goodRows(String code, int n) {
        List<Object[]> rows = new ArrayList<>();
        Random random = new Random(n);
        LocalDate start = LocalDate.now().minusDays(n + 10L);
        for (int i = 0; i < n; i++) {
            rows.add(new Object[] {start.plusDays(i), code, "SUP-JINKO", 500 + random.nextInt(1000), 0.70 * 610 * (0.95 + random.nextDouble() * 0.1),
                "pcs", "CNY", "IT-" + i});
        }
        return rows;
    }

    @Test
    void shouldOfferTheTemplateWithHeadersInTheUsersLanguage() throws Exception {
        Api buyer = Api.as("buyer");
        Api.Response zh = buyer.get("/api/v1/templates/price-history-import.xlsx");
        assertThat(zh.status()).isEqualTo(200);
        assertThat(zh.header("Content-Type")).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(zh.bytes()))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("日期");
            assertThat(wb.getSheetAt(0).getRow(0).getCell(4).getStringCellValue()).isEqualTo("单价");
        }
        Api.Response en = buyer.header("Accept-Language", "en").get("/api/v1/templates/price-history-import.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(en.bytes()))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("Material code");
        }
    }

    @Test
    void shouldReportEveryBadRowAndImportNothingInStrictMode() {
        Api buyer = Api.as("buyer").header("Accept-Language", "en");
        String code = newModule(buyer);
        List<Object[]> rows = goodRows(code, 20);
        rows.add(5, new Object[] {LocalDate.now().minusDays(3), code, null, -100, 427, "pcs", "CNY"});
        rows.add(9, new Object[] {"not a date", "NO-SUCH-CODE", null, 100, 0.7, "W", "USD"});
        rows.add(new Object[] {LocalDate.now().minusDays(2), code, null, 100, 427, "furlong"});
        JsonObject status = awaitFinished(buyer, Workbooks.upload(buyer, IMPORT, "mixed.xlsx", Workbooks.priceSheet(rows)));

        assertThat(status.getString("status")).isEqualTo("REJECTED");
        assertThat(status.getInt("inserted")).isZero();
        assertThat(status.getInt("total")).isEqualTo(23);
        var errors = status.getJsonArray("errors");
        assertThat(errors.stream().map(v -> v.asJsonObject().getInt("row") + v.asJsonObject().getString("column")))
                .containsExactlyInAnyOrder("7D", "11A", "11B", "11G", "24F");
        assertThat(errors.stream().map(v -> v.asJsonObject().getString("message")))
                .contains("Quantity: must be greater than 0", "Material code: unknown material code NO-SUCH-CODE");
        assertThat(historySize(buyer, code)).isZero();
    }

    @Test
    void shouldImportOnlyTheValidRowsWhenAskedAndAddNothingOnReimport() {
        Api buyer = Api.as("buyer");
        String code = newModule(buyer);
        List<Object[]> rows = goodRows(code, 30);
        rows.add(new Object[] {LocalDate.now().minusDays(1), "NO-SUCH-CODE", null, 100, 427, "pcs"});
        byte[] file = Workbooks.priceSheet(rows);

        JsonObject first = awaitFinished(buyer, Workbooks.upload(buyer, IMPORT + "?mode=valid-only", "valid.xlsx", file));
        assertThat(first.getString("status")).as(first.toString()).isEqualTo("COMPLETED");
        assertThat(first.getInt("inserted")).isEqualTo(30);
        assertThat(first.getInt("errorCount")).isEqualTo(1);
        assertThat(first.getJsonArray("errors").getJsonObject(0).getString("message")).contains("NO-SUCH-CODE");
        assertThat(historySize(buyer, code)).isEqualTo(30);

        JsonObject again = awaitFinished(buyer, Workbooks.upload(buyer, IMPORT + "?mode=valid-only", "valid.xlsx", file));
        assertThat(again.getString("status")).isEqualTo("COMPLETED");
        assertThat(again.getInt("inserted")).isZero();
        assertThat(again.getInt("duplicates")).isEqualTo(30);
        assertThat(historySize(buyer, code)).isEqualTo(30);

        JsonObject strict = awaitFinished(buyer, Workbooks.upload(buyer, IMPORT, "good.xlsx", Workbooks.priceSheet(goodRows(code, 30))));
        assertThat(strict.getString("status")).isEqualTo("COMPLETED");
        assertThat(strict.getInt("inserted")).isZero();
        assertThat(historySize(buyer, code)).isEqualTo(30);

        long id = ProcurementApiIT.materialId(buyer, code);
        JsonObject check = buyer.post("/api/v1/price-checks", ProcurementApiIT.check(id, "0.70", "W", null)).json();
        assertThat(check.getString("basis")).isEqualTo("MATERIAL");
        assertThat(check.getInt("sampleSize")).isEqualTo(30);
    }

    @Test
    void shouldRefuseFilesThatAreNotSpreadsheetsZipBombsOrTooLarge() {
        Api buyer = Api.as("buyer").header("Accept-Language", "en");
        Api.Response text = Workbooks.upload(buyer, IMPORT, "prices.xlsx", "date,code,price\n2025-09-01,X,1\n".getBytes());
        assertProblem(text, 415);
        assertThat(text.json().getString("detail")).contains("not an Excel workbook");

        byte[] bomb = Workbooks.zipBomb(300);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        Api.Response bombed = Workbooks.upload(buyer, IMPORT, "bomb.xlsx", bomb);
        assertProblem(bombed, 400);
        assertThat(bombed.json().getString("detail")).contains("zip bomb");

        byte[] big = new byte[51 * 1024 * 1024];
        new Random(1).nextBytes(big);
        big[0] = 'P';
        big[1] = 'K';
        big[2] = 3;
        big[3] = 4;
        Api.Response tooLarge = Workbooks.upload(buyer, IMPORT, "big.xlsx", big);
        assertProblem(tooLarge, 413);
        assertThat(tooLarge.json().getString("detail")).contains("50 MB");

        assertProblem(buyer.post(IMPORT, "{}"), 415);
        assertProblem(buyer.sendBytes("POST", IMPORT, "--x\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nv\r\n--x--\r\n".getBytes(),
                "multipart/form-data; boundary=x"), 400);
        assertProblem(Workbooks.upload(buyer, IMPORT + "?mode=sometimes", "a.xlsx", Workbooks.priceSheet(List.of())), 400);
    }

    @Test
    void shouldKeepImportsToBuyersAndJobsToTheirOwners() {
        byte[] file = Workbooks.priceSheet(List.of());
        assertProblem(Workbooks.upload(Api.as("site"), IMPORT, "a.xlsx", file), 403);
        Api buyer = Api.as("buyer");
        Api.Response accepted = Workbooks.upload(buyer, IMPORT, "empty.xlsx", file);
        JsonObject done = awaitFinished(buyer, accepted);
        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        assertThat(done.getInt("total")).isZero();
        assertProblem(Api.as("pm").get("/api/v1/imports/" + done.getString("jobId")), 404);
        assertThat(Api.as("admin").get("/api/v1/imports/" + done.getString("jobId")).status()).isEqualTo(200);
        assertProblem(buyer.get("/api/v1/imports/no-such-job"), 404);
    }
}
