package org.solarpm.it.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.solarpm.it.procurement.PurchaseOrders.create;
import static org.solarpm.it.procurement.PurchaseOrders.line;
import static org.solarpm.it.procurement.PurchaseOrders.ok;
import static org.solarpm.it.procurement.PurchaseOrders.order;
import static org.solarpm.it.procurement.PurchaseOrders.version;

import jakarta.json.JsonObject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.solarpm.it.Api;

/** A submitted purchase order prints with its lines, price verdict and explanation, approvers and the reader's watermark. */
class PurchaseOrderPdfIT {

    @Test
    void shouldPrintTheOrderWithVerdictsApproversAndWatermark() throws Exception {
        long project = PurchaseOrders.project("1000");
        long module = PurchaseOrders.module();
        Api buyer = Api.as("buyer");
        JsonObject draft = create(buyer, project, order("组件首批采购", line(module, "1000", "pcs", "406")));
        JsonObject submitted = ok(buyer, draft, "submit", version(draft));
        long id = PurchaseOrders.id(submitted);

        Api.Response pdf = buyer.get("/api/v1/purchase-orders/" + id + ".pdf");
        assertThat(pdf.status()).as(pdf.body()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(URLDecoder.decode(pdf.header("Content-Disposition").replaceAll(".*filename\\*=UTF-8''", ""), StandardCharsets.UTF_8))
                .isEqualTo("采购订单-PO-" + id + ".pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("PO-" + id, "测试组件 580Wp", "1,000", "406.00", "458,780.00", "正常", "张伟", "审批中", "陈静");
        }

        assertThat(Api.as("exec").get("/api/v1/purchase-orders/" + id + ".pdf").status()).isEqualTo(200);
        Api.Response stranger = Api.as("site").header("Accept-Language", "en").get("/api/v1/purchase-orders/999999999.pdf");
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void shouldExportTheMaterialPlanAgainstOrderedReceivedAndConsumed() throws Exception {
        long project = PurchaseOrders.project("1000");
        Api pm = Api.as("pm");
        JsonObject materials = pm.get("/api/v1/projects/" + project + "/materials").json();
        var items = materials.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).isNotEmpty();

        Api.Response xlsx = pm.get("/api/v1/projects/" + project + "/materials.xlsx");
        assertThat(xlsx.status()).as(xlsx.body()).isEqualTo(200);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.bytes()))) {
            var plan = wb.getSheet("材料计划");
            assertThat(plan.getLastRowNum()).isEqualTo(items.size());
            for (int i = 0; i < items.size(); i++) {
                assertThat(plan.getRow(i + 1).getCell(0).getStringCellValue()).isEqualTo(items.get(i).getString("materialCode"));
                assertThat(plan.getRow(i + 1).getCell(4).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            }
            assertThat(plan.getRow(1).getCell(11).getStringCellValue()).contains("未订足");
        }
        assertThat(Api.as("site").header("Accept-Language", "en").get("/api/v1/projects/999999999/materials.xlsx").status()).isEqualTo(404);
    }
}
