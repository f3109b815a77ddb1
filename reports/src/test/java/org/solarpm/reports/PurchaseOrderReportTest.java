package org.solarpm.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PurchaseOrderReportTest {

    record OrderLineRow(Integer lineNo, String materialCode, String materialName, BigDecimal quantity, String unit,
            BigDecimal unitPrice, BigDecimal taxRate, BigDecimal amount, String priceVerdict, String priceExplanation) {
    }

    private static final String WATERMARK = "王芳 2026-11-22 09:30";

    private final ReportRenderer renderer = new ReportRenderer();

    static List<OrderLineRow> lines() {
        return List.of(
                new OrderLineRow(1, "M-PV-550", "单晶硅光伏组件 550Wp", new BigDecimal("36364"), "块",
                        new BigDecimal("468.6500"), new BigDecimal("0.13"), new BigDecimal("17041204.60"), "偏高",
                        "高于近 90 天均价 452.30 元/块 3.6%"),
                new OrderLineRow(2, "M-INV-320", "组串式逆变器 320kW", new BigDecimal("60"), "台",
                        new BigDecimal("38500"), new BigDecimal("0.13"), new BigDecimal("2310000.00"), "正常", null),
                new OrderLineRow(3, "M-CAB-4", "光伏直流电缆 PV1-F 1×4mm²", new BigDecimal("98000.5"), "m",
                        new BigDecimal("2.35"), new BigDecimal("0.09"), new BigDecimal("1234.50"), "偏低",
                        "低于近 90 天均价，请确认规格"));
    }

    static Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("PO_NUMBER", "PO-2026-00042");
        parameters.put("PROJECT_NAME", "河北沧州 20MWp 地面光伏电站");
        parameters.put("SUPPLIER_NAME", "江苏某某光电科技股份有限公司");
        parameters.put("STATUS", "待审批");
        parameters.put("REQUESTER", "王芳");
        parameters.put("APPROVERS", "李强（项目经理）→ 赵敏（采购经理）→ 陈总（总经理）");
        parameters.put("CREATED_AT", "2026-11-20 14:05");
        parameters.put("TOTAL_AMOUNT", new BigDecimal("19352439.10"));
        parameters.put("CURRENCY", "CNY");
        return parameters;
    }

    @Test
    void shouldPrintOrderLinesPriceChecksAndTotal() {
        byte[] pdf = renderer.pdf(ReportName.PURCHASE_ORDER, parameters(), lines(), Locale.SIMPLIFIED_CHINESE, WATERMARK);
        Pdfs.keep("purchase-order-zh.pdf", pdf);

        Pdfs.Read read = Pdfs.readPrintedInSolarPmSans(pdf);
        assertThat(read.text())
                .contains("采购订单", "PO-2026-00042", "河北沧州 20MWp 地面光伏电站", "江苏某某光电科技股份有限公司",
                        "单晶硅光伏组件 550Wp", "M-PV-550", "36,364", "468.65", "13%", "9%", "17,041,204.60",
                        "1,234.50", "98,000.5", "偏高", "高于近 90 天均价 452.30 元/块 3.6%", "1×4mm²",
                        "CNY 19,352,439.10", "陈总（总经理）")
                .contains(WATERMARK);
    }

    @Test
    void shouldPrintEnglishLabelsForEnglishLocale() {
        byte[] pdf = renderer.pdf(ReportName.PURCHASE_ORDER, parameters(), lines(), Locale.US, WATERMARK);
        Pdfs.keep("purchase-order-en.pdf", pdf);

        assertThat(Pdfs.read(pdf).text())
                .contains("Purchase Order", "Supplier", "Unit price", "Price check", "Total", "CNY 19,352,439.10",
                        "单晶硅光伏组件 550Wp")
                .doesNotContain("采购订单");
    }
}
