package org.solarpm.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DailyDigestReportTest {

    /** The shape of the digest rows the reporting feature will pass (a record, read by component). */
    record DigestRow(String projectCode, String projectName, String branchName, String managerName,
            String reportStatus, BigDecimal installedTodayKwp, BigDecimal cumulativeKwp, BigDecimal designKwp,
            BigDecimal percentComplete, Integer scheduleVarianceDays, Integer manpower, Integer openDelays,
            Integer incidents7d, String exception) {
    }

    private static final String WATERMARK = "张伟 2026-11-22 08:00";

    private final ReportRenderer renderer = new ReportRenderer();

    static DigestRow cangzhou() {
        return new DigestRow("HB-2026-017", "河北沧州 20MWp 地面光伏电站", "华北分公司", "李强", "已提交",
                new BigDecimal("1234.5"), new BigDecimal("12345.6"), new BigDecimal("20000"),
                new BigDecimal("61.7"), -3, 86, 2, 1, "组件到货延误 3 天");
    }

    static List<DigestRow> rows(int count) {
        List<DigestRow> rows = new ArrayList<>();
        rows.add(cangzhou());
        for (int i = 1; i < count; i++) {
            rows.add(new DigestRow(String.format("PV-%04d", i), "山东德州 " + (i % 50 + 1) + "MWp 屋顶分布式光伏项目",
                    i % 2 == 0 ? "华东分公司" : "华北分公司", "王" + (char) ('一' + i % 20), i % 7 == 0 ? "未提交" : "已提交",
                    new BigDecimal(i % 300).add(new BigDecimal("0.25")), new BigDecimal(i * 37), new BigDecimal(i * 60 + 1000),
                    new BigDecimal(i % 100), i % 5 - 2, 20 + i % 60, i % 3, i % 11 == 0 ? 1 : 0,
                    i % 13 == 0 ? "连续 2 天未提交日报，项目经理已电话催办" : null));
        }
        return rows;
    }

    static Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("TITLE_DATE", "2026-11-22");
        parameters.put("COMPANY", "阳光新能源工程有限公司");
        parameters.put("TOTAL_PROJECTS", 200);
        parameters.put("REPORTS_ON_TIME", 180);
        parameters.put("REPORTS_LATE", 12);
        parameters.put("REPORTS_MISSING", 8);
        parameters.put("INSTALLED_TODAY_KWP", new BigDecimal("4321.75"));
        parameters.put("CUMULATIVE_KWP", new BigDecimal("987654.3"));
        parameters.put("DESIGN_KWP", new BigDecimal("1500000"));
        parameters.put("INCIDENTS_7D", 3);
        return parameters;
    }

    @Test
    void shouldPrintChineseLatinAndDigitsOfEveryRow() {
        byte[] pdf = renderer.pdf(ReportName.DAILY_DIGEST, parameters(), rows(20), Locale.SIMPLIFIED_CHINESE, WATERMARK);
        Pdfs.keep("daily-digest-zh.pdf", pdf);

        Pdfs.Read read = Pdfs.readPrintedInSolarPmSans(pdf);
        assertThat(read.text())
                .contains("每日经营简报", "河北沧州 20MWp 地面光伏电站", "华北分公司", "HB-2026-017", "1,234.5",
                        "12,345.6", "组件到货延误 3 天", "阳光新能源工程有限公司", "987,654.3", "180 / 12 / 8", "65.8%")
                .contains(WATERMARK);
        assertThat(read.images()).isZero();
    }

    @Test
    void shouldPrintEnglishLabelsForEnglishLocale() {
        byte[] pdf = renderer.pdf(ReportName.DAILY_DIGEST, parameters(), rows(3), Locale.ENGLISH, WATERMARK);
        Pdfs.keep("daily-digest-en.pdf", pdf);

        assertThat(Pdfs.read(pdf).text())
                .contains("Daily Executive Digest", "Active projects", "Exception", "河北沧州 20MWp 地面光伏电站")
                .doesNotContain("每日经营简报");
    }

    @Test
    void shouldPrintThePortfolioChartGivenAsImageOrAsPngBytes() {
        Map<String, Object> parameters = parameters();
        parameters.put("CHART", TestImages.chart(1200, 220));
        byte[] fromImage = renderer.pdf(ReportName.DAILY_DIGEST, parameters, rows(5), Locale.SIMPLIFIED_CHINESE, WATERMARK);
        parameters.put("CHART", TestImages.png(TestImages.chart(1200, 220)));
        byte[] fromPng = renderer.pdf(ReportName.DAILY_DIGEST, parameters, rows(5), Locale.SIMPLIFIED_CHINESE, WATERMARK);
        Pdfs.keep("daily-digest-chart.pdf", fromPng);

        assertThat(Pdfs.read(fromImage).images()).isEqualTo(1);
        assertThat(Pdfs.readPrintedInSolarPmSans(fromPng).images()).isEqualTo(1);
    }

    @Test
    void shouldRender200ProjectsOnAFewPages() {
        List<DigestRow> rows = rows(200);
        long start = System.nanoTime();
        byte[] pdf = renderer.pdf(ReportName.DAILY_DIGEST, parameters(), rows, Locale.SIMPLIFIED_CHINESE, WATERMARK);
        long first = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        renderer.pdf(ReportName.DAILY_DIGEST, parameters(), rows, Locale.SIMPLIFIED_CHINESE, WATERMARK);
        long second = (System.nanoTime() - start) / 1_000_000;
        Pdfs.keep("daily-digest-200.pdf", pdf);

        Pdfs.Read read = Pdfs.readPrintedInSolarPmSans(pdf);
        System.out.printf("daily digest, 200 rows: %d pages, %d bytes, %d ms, then %d ms%n",
                read.pages(), pdf.length, first, second);
        assertThat(read.text()).contains("PV-0001", "PV-0199");
        assertThat(read.pages()).isBetween(3, 8);
    }
}
