package org.solarpm.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.solarpm.reporting.XlsxSheet.Column;
import org.solarpm.reporting.XlsxSheet.Kind;

class XlsxSheetTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void shouldWriteTypedCellsUnderAFrozenFilteredHeader() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxSheet xlsx = new XlsxSheet(SHANGHAI)) {
            xlsx.sheet("项目/日报", List.of(new Column("日期", Kind.DATE, 12), new Column("名称", Kind.TEXT, 20),
                    new Column("金额", Kind.MONEY, 14), new Column("完成率", Kind.PERCENT, 8), new Column("提交", Kind.DATE_TIME, 16)));
            xlsx.row(LocalDate.of(2026, 11, 21), "嘉兴屋顶", new BigDecimal("1234567.891"), 0.375, Instant.parse("2026-11-21T15:30:00Z"));
            xlsx.row(null, "空值", null, null, null);
            xlsx.write(out);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("项目-日报");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E3");
            assertThat(sheet.getRow(0).getCell(2).getCellStyle().getFont().getBold()).isTrue();
            var row = sheet.getRow(1);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(0))).isTrue();
            assertThat(row.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 21));
            assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(1234567.891);
            assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(row.getCell(4).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 21, 23, 30));
            assertThat(sheet.getRow(2).getCell(0)).isNull();
            assertThat(sheet.getColumnWidth(1)).isEqualTo(20 * 256);
        }
    }

    @Test
    void shouldRefuseARowThatDoesNotFitTheColumns() {
        try (XlsxSheet xlsx = new XlsxSheet(SHANGHAI)) {
            xlsx.sheet("s", List.of(new Column("a", Kind.TEXT, 10)));
            assertThatThrownBy(() -> xlsx.row("x", "y")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void shouldKeepSheetNamesWithinExcelRules() {
        assertThat(XlsxSheet.safeName("a:b*c?d[e]f/g\\h")).isEqualTo("a-b-c-d-e-f-g-h");
        assertThat(XlsxSheet.safeName("x".repeat(40))).hasSize(31);
    }
}
