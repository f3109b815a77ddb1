package org.solarpm.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DailyReportReportTest {

    record WorkItemRow(String workItemName, String unit, BigDecimal installedToday, BigDecimal cumulative,
            BigDecimal designQuantity, BigDecimal percentComplete) {
    }

    private static final String WATERMARK = "张伟 2026-11-22 08:00";

    private final ReportRenderer renderer = new ReportRenderer();

    static List<WorkItemRow> workItems() {
        return List.of(
                new WorkItemRow("光伏组件安装 20MWp 区", "块", new BigDecimal("1234.50"), new BigDecimal("18888"),
                        new BigDecimal("36364"), new BigDecimal("51.9")),
                new WorkItemRow("支架基础（PHC 管桩）", "根", new BigDecimal("320"), new BigDecimal("9800"),
                        new BigDecimal("12000"), new BigDecimal("81.7")),
                new WorkItemRow("直流电缆敷设", "m", new BigDecimal("2500.75"), new BigDecimal("40210.5"),
                        new BigDecimal("98000"), new BigDecimal("41.0")));
    }

    static Map<String, Object> parameters(int photos) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("PROJECT_CODE", "HB-2026-017");
        parameters.put("PROJECT_NAME", "河北沧州 20MWp 地面光伏电站");
        parameters.put("REPORT_DATE", "2026-11-21");
        parameters.put("STATUS", "已提交");
        parameters.put("AUTHOR", "李强");
        parameters.put("WEATHER", "晴，-2~9℃，西北风 3 级");
        parameters.put("MANPOWER_TOTAL", 86);
        parameters.put("SAFETY", "班前安全交底 2 次；发现 1 处临边防护缺失，已整改。");
        parameters.put("DELAYS", "组件第 3 批到货延误 3 天，影响 6# 方阵安装。");
        parameters.put("PLAN_TOMORROW", "完成 6# 方阵支架安装；开始 7# 方阵组件安装。");
        parameters.put("NOTES", null);
        List<Object> thumbnails = new ArrayList<>();
        for (int i = 0; i < photos; i++) {
            thumbnails.add(i % 2 == 0 ? TestImages.photoJpeg(i) : TestImages.png(TestImages.chart(320, 240)));
        }
        parameters.put("PHOTOS", thumbnails);
        return parameters;
    }

    @Test
    void shouldPrintHeaderWorkItemsSectionsAndPhotos() {
        byte[] pdf = renderer.pdf(ReportName.DAILY_REPORT, parameters(6), workItems(), Locale.SIMPLIFIED_CHINESE, WATERMARK);
        Pdfs.keep("daily-report-zh.pdf", pdf);

        Pdfs.Read read = Pdfs.readPrintedInSolarPmSans(pdf);
        assertThat(read.text())
                .contains("施工日报", "HB-2026-017", "河北沧州 20MWp 地面光伏电站", "晴，-2~9℃，西北风 3 级", "86",
                        "光伏组件安装 20MWp 区", "1,234.5", "18,888", "40,210.5", "51.9",
                        "组件第 3 批到货延误 3 天", "开始 7# 方阵组件安装", "现场照片", "备注", "无")
                .contains(WATERMARK);
        assertThat(read.images()).isEqualTo(6);
    }

    @Test
    void shouldFlowManyPhotosOntoFurtherPages() {
        byte[] pdf = renderer.pdf(ReportName.DAILY_REPORT, parameters(24), workItems(), Locale.SIMPLIFIED_CHINESE, WATERMARK);
        Pdfs.keep("daily-report-24-photos.pdf", pdf);

        Pdfs.Read read = Pdfs.read(pdf);
        assertThat(read.images()).isEqualTo(24);
        assertThat(read.pages()).isGreaterThan(1);
    }

    @Test
    void shouldLeaveOutThePhotoSectionWithoutPhotos() {
        byte[] pdf = renderer.pdf(ReportName.DAILY_REPORT, parameters(0), workItems(), Locale.SIMPLIFIED_CHINESE, WATERMARK);

        Pdfs.Read read = Pdfs.read(pdf);
        assertThat(read.text()).doesNotContain("现场照片");
        assertThat(read.images()).isZero();
    }

    @Test
    void shouldPrintEnglishLabelsForEnglishLocale() {
        byte[] pdf = renderer.pdf(ReportName.DAILY_REPORT, parameters(2), workItems(), Locale.UK, WATERMARK);
        Pdfs.keep("daily-report-en.pdf", pdf);

        assertThat(Pdfs.read(pdf).text())
                .contains("Daily Site Report", "Work item", "Plan for tomorrow", "Site photos", "None",
                        "河北沧州 20MWp 地面光伏电站", WATERMARK)
                .doesNotContain("施工日报");
    }
}
