package org.solarpm.procurement.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.solarpm.shared.Messages;

/** The downloadable import template: headers in the user's language and one example row. */
public final class PriceHistoryTemplate {

    private PriceHistoryTemplate() {
    }

    public static void write(Locale locale, LocalDate exampleDate, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(Messages.get(locale, "import.template.sheet"));
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row head = sheet.createRow(0);
            for (PriceSheetColumn c : PriceSheetColumn.values()) {
                var cell = head.createCell(c.ordinal());
                cell.setCellValue(Messages.get(locale, "import.column." + c.field()));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c.ordinal(), 16 * 256);
            }
            Row example = sheet.createRow(1);
            var d = example.createCell(PriceSheetColumn.DATE.ordinal());
            d.setCellValue(exampleDate);
            d.setCellStyle(date);
            example.createCell(PriceSheetColumn.MATERIAL.ordinal()).setCellValue("MOD-580-TOPCON");
            example.createCell(PriceSheetColumn.SUPPLIER.ordinal()).setCellValue("SUP-JINKO");
            example.createCell(PriceSheetColumn.QUANTITY.ordinal()).setCellValue(1000);
            example.createCell(PriceSheetColumn.UNIT_PRICE.ordinal()).setCellValue(406);
            example.createCell(PriceSheetColumn.UNIT.ordinal()).setCellValue("pcs");
            example.createCell(PriceSheetColumn.CURRENCY.ordinal()).setCellValue("CNY");
            example.createCell(PriceSheetColumn.REFERENCE.ordinal()).setCellValue("HT-2025-001");
            sheet.createFreezePane(0, 1);
            wb.write(out);
        }
    }
}
