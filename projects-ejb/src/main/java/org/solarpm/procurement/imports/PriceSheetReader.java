package org.solarpm.procurement.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the first worksheet of an .xlsx row by row with POI's SAX event API, so memory does not
 * grow with the number of rows. Dates come out as ISO dates and numbers as plain decimals, whatever
 * the cell format or the server's locale. The header row (row 1) is skipped.
 */
public final class PriceSheetReader {

    /** Limits against zip bombs; they apply to every package POI opens in this JVM. */
    public static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;
    public static final double MIN_INFLATE_RATIO = 0.01; // POI's default: a global setting, never loosened here

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    /** Receives each non-empty data row with its 1-based Excel row number. */
    @FunctionalInterface
    public interface RowSink {
        void row(int excelRow, Map<PriceSheetColumn, String> cells);
    }

    private PriceSheetReader() {
    }

    /** Ensures the static zip limits are installed before any package is opened. */
    public static void installZipLimits() {
        // the static initialiser did it
    }

    public static void read(Path file, RowSink sink) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new NoSheetException();
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(sink), new PlainFormatter(), false));
                xml.parse(new InputSource(sheet));
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The workbook holds no worksheet. */
    public static final class NoSheetException extends IOException {
        NoSheetException() {
            super("no worksheet");
        }
    }

    /** Dates as yyyy-MM-dd, other numbers as plain decimals: never locale- or format-dependent text. */
    static final class PlainFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowSink sink;
        private final Map<PriceSheetColumn, String> cells = new EnumMap<>(PriceSheetColumn.class);

        Rows(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (rowNum > 0 && cells.values().stream().anyMatch(v -> v != null && !v.isBlank())) {
                sink.row(rowNum + 1, new EnumMap<>(cells));
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            PriceSheetColumn column = PriceSheetColumn.ofCell(cellReference);
            if (column != null) {
                cells.put(column, formattedValue);
            }
        }
    }
}
