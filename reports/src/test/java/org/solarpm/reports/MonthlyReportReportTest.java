package org.solarpm.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MonthlyReportReportTest {

    record MilestoneRow(String name, String plannedDate, String actualDate, String status) {
    }

    private static final String WATERMARK = "张伟 2026-12-01 08:00";

    private final ReportRenderer renderer = new ReportRenderer();

    static List<MilestoneRow> milestones() {
        return List.of(
                new MilestoneRow("桩基施工完成", "2026-09-30", "2026-10-03", "已完成（延误 3 天）"),
                new MilestoneRow("组件安装完成 20MWp", "2026-11-30", null, "进行中"),
                new MilestoneRow("首批并网", "2026-12-20", null, "未开始"));
    }

    static Map<String, Object> parameters(Object scurve) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("PROJECT_CODE", "HB-2026-017");
        parameters.put("PROJECT_NAME", "河北沧州 20MWp 地面光伏电站");
        parameters.put("MONTH", "2026-11");
        parameters.put("SCURVE", scurve);
        parameters.put("BUDGET", new BigDecimal("68000000"));
        parameters.put("COMMITTED", new BigDecimal("28016000.50"));
        parameters.put("SUMMARY", "本月完成组件安装 6.2MWp，累计 12.3MWp；组件第 3 批到货延误，已协调供应商加急发运。");
        return parameters;
    }

    @Test
    void shouldPrintKeyFiguresSummarySCurveAndMilestones() {
        byte[] pdf = renderer.pdf(ReportName.MONTHLY_REPORT, parameters(TestImages.png(TestImages.chart(900, 260))),
                milestones(), Locale.SIMPLIFIED_CHINESE, WATERMARK);
        Pdfs.keep("monthly-report-zh.pdf", pdf);

        Pdfs.Read read = Pdfs.readPrintedInSolarPmSans(pdf);
        assertThat(read.text())
                .contains("项目月报", "2026-11", "河北沧州 20MWp 地面光伏电站", "68,000,000.00", "28,016,000.50", "41.2%",
                        "本月完成组件安装 6.2MWp", "组件安装完成 20MWp", "2026-10-03", "已完成（延误 3 天）", "S 曲线")
                .contains(WATERMARK);
        assertThat(read.images()).isEqualTo(1);
    }

    @Test
    void shouldAcceptTheSCurveAsAnAwtImageAndDoWithoutIt() {
        byte[] withImage = renderer.pdf(ReportName.MONTHLY_REPORT, parameters(TestImages.chart(900, 260)),
                milestones(), Locale.SIMPLIFIED_CHINESE, WATERMARK);
        byte[] without = renderer.pdf(ReportName.MONTHLY_REPORT, parameters(null), milestones(),
                Locale.SIMPLIFIED_CHINESE, WATERMARK);

        assertThat(Pdfs.read(withImage).images()).isEqualTo(1);
        Pdfs.Read read = Pdfs.read(without);
        assertThat(read.images()).isZero();
        assertThat(read.text()).contains("首批并网").doesNotContain("S 曲线");
    }

    @Test
    void shouldPrintEnglishLabelsForEnglishLocale() {
        byte[] pdf = renderer.pdf(ReportName.MONTHLY_REPORT, parameters(null), milestones(), Locale.ENGLISH, WATERMARK);
        Pdfs.keep("monthly-report-en.pdf", pdf);

        assertThat(Pdfs.read(pdf).text())
                .contains("Monthly Project Report", "Budget", "Committed of budget", "Milestones", "Planned", "41.2%")
                .doesNotContain("项目月报");
    }
}
