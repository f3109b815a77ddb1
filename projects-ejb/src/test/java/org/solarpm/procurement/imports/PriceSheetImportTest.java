package org.solarpm.procurement.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.solarpm.procurement.Material;
import org.solarpm.procurement.MaterialCategory;
import org.solarpm.procurement.QuantityUnit;
import org.solarpm.shared.DomainException;
import org.solarpm.shared.Messages;

/** Streaming sheet reading, row checks and upload refusal, without a container. */
class PriceSheetImportTest {

    @TempDir
    Path dir;

    private static Material module580() throws ReflectiveOperationException {
        Material m = new Material("MOD-580", "组件", "Module", MaterialCategory.MODULE, QuantityUnit.PCS, BigDecimal.valueOf(580), null, null,
                Instant.EPOCH);
        var id = Material.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(m, 7L);
        return m;
    }

    private Path workbook(Object[]... rows) throws IOException {
        Path file = dir.resolve("prices-" + System.nanoTime() + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("prices");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("日期");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(dateStyle);
                    } else if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    @Test
    void shouldStreamRowsWithIsoDatesAndPlainNumbersAndReportEveryBadCell() throws Exception {
        Path file = workbook(
                new Object[] {LocalDate.of(2025, 9, 1), "MOD-580", "SUP-1", 1000, 406, "pcs", "CNY", "HT-1"},
                new Object[] {"2025/8/15", "MOD-580", null, "1,200", 0.71, "W"},
                new Object[] {"yesterday", "NOPE", "SUP-X", -5, "abc", "furlong", "USD"},
                new Object[] {},
                new Object[] {LocalDate.of(2025, 9, 2), "MOD-580", null, 10, 406, "m"});
        PriceRowParser parser = new PriceRowParser(Map.of("MOD-580", module580()), Map.of("SUP-1", 3L), LocalDate.of(2025, 10, 1));
        List<PriceRowParser.Result> results = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        PriceSheetReader.read(file, (row, cells) -> {
            rowNumbers.add(row);
            results.add(parser.parse(row, cells));
        });

        assertThat(rowNumbers).containsExactly(2, 3, 4, 6);
        PriceRow first = results.get(0).row();
        assertThat(first.date()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(first.normalisedPrice()).isEqualByComparingTo("0.7");
        assertThat(first.supplierId()).isEqualTo(3L);
        assertThat(results.get(1).row().quantity()).isEqualByComparingTo("1200");
        assertThat(results.get(1).row().normalisedPrice()).isEqualByComparingTo("0.71");

        List<RowError> bad = results.get(2).errors();
        assertThat(bad).extracting(RowError::column).containsExactlyInAnyOrder("A", "B", "C", "D", "E", "F", "G");
        assertThat(bad).allMatch(e -> e.row() == 4);
        assertThat(bad.stream().filter(e -> e.column().equals("B")).findFirst().orElseThrow().message(Messages.EN))
                .isEqualTo("Material code: unknown material code NOPE");
        assertThat(bad.stream().filter(e -> e.column().equals("D")).findFirst().orElseThrow().message(Messages.ZH_CN))
                .isEqualTo("数量：必须大于 0");
        assertThat(results.get(3).errors()).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("F");
            assertThat(e.row()).isEqualTo(6);
        });
    }

    @Test
    void shouldGiveTheSameRowTheSameNaturalKey() throws Exception {
        PriceRowParser parser = new PriceRowParser(Map.of("MOD-580", module580()), Map.of(), LocalDate.of(2025, 10, 1));
        var a = parser.parse(2, Map.of(PriceSheetColumn.DATE, "2025-09-01", PriceSheetColumn.MATERIAL, "MOD-580",
                PriceSheetColumn.QUANTITY, "1000", PriceSheetColumn.UNIT_PRICE, "406", PriceSheetColumn.UNIT, "pcs"));
        var b = parser.parse(9, Map.of(PriceSheetColumn.DATE, "2025-09-01", PriceSheetColumn.MATERIAL, "MOD-580",
                PriceSheetColumn.QUANTITY, "1000.0", PriceSheetColumn.UNIT_PRICE, "0.7", PriceSheetColumn.UNIT, "W"));
        assertThat(a.row().naturalKey()).isEqualTo(b.row().naturalKey());
        var future = parser.parse(3, Map.of(PriceSheetColumn.DATE, "2026-01-01", PriceSheetColumn.MATERIAL, "MOD-580",
                PriceSheetColumn.QUANTITY, "1", PriceSheetColumn.UNIT_PRICE, "406"));
        assertThat(future.errors()).extracting(RowError::key).containsExactly("import.error.future");
    }

    @Test
    void shouldAcceptARealWorkbookAndTheTemplate() throws Exception {
        UploadedWorkbook.verify(workbook(new Object[] {LocalDate.of(2025, 9, 1), "MOD-580", null, 1, 406}));
        Path template = dir.resolve("template.xlsx");
        try (OutputStream out = Files.newOutputStream(template)) {
            PriceHistoryTemplate.write(Messages.EN, LocalDate.of(2025, 9, 1), out);
        }
        UploadedWorkbook.verify(template);
        List<Map<PriceSheetColumn, String>> rows = new ArrayList<>();
        PriceSheetReader.read(template, (row, cells) -> rows.add(cells));
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get(PriceSheetColumn.DATE)).isEqualTo("2025-09-01");
            assertThat(r.get(PriceSheetColumn.UNIT_PRICE)).isEqualTo("406");
        });
    }

    @Test
    void shouldRefuseANonSpreadsheet() throws IOException {
        Path text = Files.writeString(dir.resolve("prices.xlsx"), "date,material,price\n2025-09-01,MOD-580,0.7\n");
        assertThatThrownBy(() -> UploadedWorkbook.verify(text)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.UNSUPPORTED_MEDIA));
        Path zip = dir.resolve("other.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("not a workbook".getBytes());
        }
        assertThatThrownBy(() -> UploadedWorkbook.verify(zip)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.UNSUPPORTED_MEDIA));
    }

    @Test
    void shouldRefuseAZipBomb() throws IOException {
        Path bomb = zipBomb(dir.resolve("bomb.xlsx"), 200);
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> UploadedWorkbook.verify(bomb)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(e.messageKey()).isEqualTo("error.import.zipBomb");
        });
    }

    /** A well-formed .xlsx skeleton whose sheet inflates to {@code megabytes} MB of zeros. */
    public static Path zipBomb(Path file, int megabytes) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.setLevel(9);
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            out.putNextEntry(new ZipEntry("xl/workbook.xml"));
            out.write("<workbook/>".getBytes());
            out.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                out.write(zeros);
            }
        }
        return file;
    }
}
