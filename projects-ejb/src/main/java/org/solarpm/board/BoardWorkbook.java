package org.solarpm.board;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.solarpm.shared.Messages;

/**
 * The board as an Excel sheet: one row per card with real cell types (dates as dates, counts as
 * numbers, overdue as a boolean), headers in the user's language, a frozen header row and an autofilter.
 */
public final class BoardWorkbook {

    static final String[] HEADERS = {"code", "title", "column", "swimlane", "assignees", "labels", "priority", "dueDate",
        "overdue", "checklistDone", "checklistTotal", "stage"};

    private BoardWorkbook() {
    }

    public static byte[] write(Board board, List<CardSummary> cards, Locale locale, LocalDate today) {
        Map<Long, String> columns = new HashMap<>();
        board.getColumns().forEach(c -> columns.put(c.getId(), c.nameIn(locale)));
        Map<Long, String> lanes = new HashMap<>();
        board.getSwimlanes().forEach(l -> lanes.put(l.getId(), l.getName()));
        long done = board.doneColumn().getId();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = wb.createSheet(Messages.get(locale, "board.xlsx.sheet"));
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row h = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                h.createCell(i).setCellValue(Messages.get(locale, "board.xlsx." + HEADERS[i]));
                h.getCell(i).setCellStyle(head);
            }
            int r = 1;
            for (CardSummary c : cards) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(c.code());
                row.createCell(1).setCellValue(Messages.pick(locale, c.titleZh(), c.titleEn()));
                row.createCell(2).setCellValue(columns.getOrDefault(c.columnId(), ""));
                row.createCell(3).setCellValue(c.swimlaneId() == null ? "" : lanes.getOrDefault(c.swimlaneId(), ""));
                row.createCell(4).setCellValue(String.join(", ", c.assignees().stream().map(CardSummary.Person::name).toList()));
                row.createCell(5).setCellValue(String.join(", ", c.labels()));
                row.createCell(6).setCellValue(Messages.get(locale, "board.priority." + c.priority().name()));
                if (c.dueDate() != null) {
                    row.createCell(7).setCellValue(c.dueDate());
                    row.getCell(7).setCellStyle(date);
                }
                row.createCell(8).setCellValue(c.dueDate() != null && c.dueDate().isBefore(today) && c.columnId() != done);
                row.createCell(9).setCellValue(c.checklistDone());
                row.createCell(10).setCellValue(c.checklistTotal());
                row.createCell(11).setCellValue(c.stage());
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADERS.length - 1));
            int[] widths = {14, 40, 14, 14, 20, 20, 10, 12, 8, 10, 10, 16};
            for (int i = 0; i < HEADERS.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
