package org.solarpm.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A streaming .xlsx workbook (SXSSF: only a window of rows in memory, so 100k-row exports fit a
 * small heap) whose cells carry real types: numbers as numbers, dates as dates, money with two
 * decimals. Each sheet gets a bold frozen header row, an auto-filter and widths from its columns.
 * Use one per download, then {@link #write(OutputStream)}; it cleans its temporary files.
 */
public final class XlsxSheet implements AutoCloseable {

    /** How a column's values are shown. */
    public enum Kind { TEXT, INTEGER, DECIMAL, MONEY, PERCENT, DATE, DATE_TIME }

    /** A column: its header (already in the user's language), kind and width in characters. */
    public record Column(String header, Kind kind, int width) {
    }

    private final SXSSFWorkbook workbook;
    private final ZoneId zone;
    private final CellStyle header;
    private final CellStyle[] styles = new CellStyle[Kind.values().length];
    private SXSSFSheet sheet;
    private List<Column> columns;
    private int nextRow;

    public XlsxSheet(ZoneId zone) {
        this(zone, true);
    }

    /**
     * With {@code compressTempFiles} false the rows wait in plain temporary XML (about 300 bytes a
     * row on disk) instead of gzip, which saves a compression pass on large exports.
     */
    public XlsxSheet(ZoneId zone, boolean compressTempFiles) {
        this.zone = zone;
        this.workbook = new FastZipWorkbook();
        workbook.setCompressTempFiles(compressTempFiles);
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        var format = workbook.createDataFormat();
        styles[Kind.TEXT.ordinal()] = null;
        styles[Kind.INTEGER.ordinal()] = style(format.getFormat("#,##0"));
        styles[Kind.DECIMAL.ordinal()] = style(format.getFormat("#,##0.###"));
        styles[Kind.MONEY.ordinal()] = style(format.getFormat("#,##0.00"));
        styles[Kind.PERCENT.ordinal()] = style(format.getFormat("0.0%"));
        styles[Kind.DATE.ordinal()] = style(format.getFormat("yyyy-mm-dd"));
        styles[Kind.DATE_TIME.ordinal()] = style(format.getFormat("yyyy-mm-dd hh:mm"));
    }

    private CellStyle style(short dataFormat) {
        CellStyle s = workbook.createCellStyle();
        s.setDataFormat(dataFormat);
        return s;
    }

    /** Starts a sheet with its header row; later {@link #row(Object...)} calls fill it. */
    public XlsxSheet sheet(String name, List<Column> columns) {
        finishSheet();
        this.sheet = workbook.createSheet(safeName(name));
        this.columns = List.copyOf(columns);
        this.nextRow = 0;
        Row row = sheet.createRow(nextRow++);
        row.setHeightInPoints(20);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, Math.min(255, Math.max(6, columns.get(i).width())) * 256);
        }
        sheet.createFreezePane(0, 1);
        return this;
    }

    /**
     * One data row; values in column order. Numbers become numeric cells, {@link LocalDate},
     * {@link LocalDateTime} and {@link Instant} (in the company zone) date cells, null an empty cell,
     * anything else its text. A PERCENT column takes fractions (0.25 shows 25.0%).
     */
    public XlsxSheet row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " values, got " + values.length);
        }
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            CellStyle style = styles[columns.get(i).kind().ordinal()];
            if (v instanceof BigDecimal b) {
                cell.setCellValue(b.doubleValue());
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
            } else if (v instanceof LocalDateTime t) {
                cell.setCellValue(t);
            } else if (v instanceof Instant t) {
                cell.setCellValue(LocalDateTime.ofInstant(t, zone));
            } else if (v instanceof Boolean b) {
                cell.setCellValue(b);
                style = null;
            } else {
                cell.setCellValue(v.toString());
                style = null;
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
        return this;
    }

    private void finishSheet() {
        if (sheet != null && !columns.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns.size() - 1));
        }
    }

    /** Writes the workbook; the stream is left open. */
    public void write(OutputStream out) {
        finishSheet();
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The .xlsx zip deflated at the fastest level: a spreadsheet's XML still shrinks about tenfold, and
     * writing a 100,000-row workbook takes a fraction of the default level's time.
     */
    private static final class FastZipWorkbook extends SXSSFWorkbook {

        FastZipWorkbook() {
            super(200);
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    }

    static String safeName(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", "-");
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }

    @Override
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
