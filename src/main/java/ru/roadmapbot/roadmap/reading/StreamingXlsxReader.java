package ru.roadmapbot.roadmap.reading;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * An .xlsx read as a stream (POI's SAX event API, never the whole workbook in memory): each sheet's cells go into a
 * {@link SheetGrid} within the reading budget, so a sheet of a million rows is refused at row 5,001 after a few
 * megabytes, not after gigabytes. Merged regions come from the sheet's {@code mergeCell} elements; dates read as
 * dd.MM.yyyy whatever their format, as {@link SpreadsheetReader} reads an .xls.
 */
final class StreamingXlsxReader {

    private final ReadingBudget budget;

    StreamingXlsxReader(ReadingBudget budget) {
        this.budget = budget;
    }

    RawDocument read(OPCPackage container) throws IOException, OpenXML4JException, SAXException {
        XSSFReader workbook = new XSSFReader(container);
        BoundedSharedStrings strings = BoundedSharedStrings.read(container, budget);
        StylesTable styles = workbook.getStylesTable();
        SheetChoice choice = new SheetChoice();
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) workbook.getSheetsData();
        while (sheets.hasNext() && !choice.decided()) {
            try (InputStream sheet = sheets.next()) {
                choice.offer(sheet(sheet, styles, strings));
            }
        }
        return choice.document();
    }

    private RawTable sheet(InputStream xml, StylesTable styles, BoundedSharedStrings strings) throws IOException, SAXException {
        SheetGrid grid = new SheetGrid(budget);
        XSSFSheetXMLHandler cells = new XSSFSheetXMLHandler(styles, null, strings, new Collector(grid), new Formatter(), false);
        XMLReader parser;
        try {
            parser = XMLHelper.newXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IOException("no XML parser", e);
        }
        MergedRegions merges = new MergedRegions(grid);
        merges.setParent(parser);
        merges.setContentHandler(cells);
        merges.parse(new InputSource(xml));
        return grid.table();
    }

    /**
     * Cells as the handler reports them, by their A1 reference; a writer may leave references out (Excel writes
     * them, some generators do not), and then a cell is the next one in its row.
     */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final SheetGrid grid;
        private int row;
        private int column;

        Collector(SheetGrid grid) {
            this.grid = grid;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum;
            column = 0;
        }

        @Override
        public void endRow(int rowNum) {
            // nothing kept per row
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            CellAddress address = reference == null ? new CellAddress(row, column) : new CellAddress(reference);
            grid.set(address.getRow(), address.getColumn(), formattedValue);
            column = address.getColumn() + 1;
        }
    }

    /** Passes the sheet on to POI's handler and takes the {@code <mergeCell ref="A1:D1"/>} elements it ignores. */
    private static final class MergedRegions extends XMLFilterImpl {

        private final SheetGrid grid;

        MergedRegions(SheetGrid grid) {
            this.grid = grid;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if ("mergeCell".equals(localName) && attributes.getValue("ref") != null) {
                grid.merged(CellRangeAddress.valueOf(attributes.getValue("ref")));
            }
            super.startElement(uri, localName, qName, attributes);
        }
    }

    /** Excel's formats, except that a date is always dd.MM.yyyy (with the time when it has one). */
    private static final class Formatter extends DataFormatter {

        Formatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return SpreadsheetReader.date(DateUtil.getLocalDateTime(value, use1904));
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }
}
