package ru.roadmapbot.roadmap.reading;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A workbook (.xlsx, .xls) as one table: the first sheet whose rows hold a roadmap header, else the first sheet.
 * Cells read as Excel shows them, except dates, which always read as dd.MM.yyyy whatever the cell's format.
 */
final class SpreadsheetReader {

    /** Wider sheets are decoration (a stray cell far to the right); a roadmap has well under this many columns. */
    private static final int MAX_COLUMNS = 64;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    SpreadsheetReader() {
        // Formulas show their last computed value, as in Excel; evaluating them here could fail on any function.
        formatter.setUseCachedValuesForFormulaCells(true);
    }

    RawDocument read(Workbook workbook) {
        RawTable first = null;
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            RawTable table = table(workbook.getSheetAt(s));
            if (first == null) {
                first = table;
            }
            for (RawRow row : table.rows()) {
                Columns columns = Columns.fromHeader(row);
                if (columns != null && columns.complete()) {
                    return new RawDocument(List.of(table));
                }
            }
        }
        return new RawDocument(first == null ? List.of() : List.of(first));
    }

    private RawTable table(Sheet sheet) {
        int width = 0;
        for (Row row : sheet) {
            width = Math.max(width, Math.min(row.getLastCellNum(), MAX_COLUMNS));
        }
        int height = sheet.getLastRowNum() + 1;
        List<List<String>> cells = new ArrayList<>(height);
        for (int r = 0; r < height; r++) {
            Row row = sheet.getRow(r);
            List<String> values = new ArrayList<>(Collections.nCopies(width, ""));
            if (row != null) {
                for (Cell cell : row) {
                    if (cell.getColumnIndex() < width) {
                        values.set(cell.getColumnIndex(), text(cell));
                    }
                }
            }
            cells.add(values);
        }
        boolean[] wholeWidth = new boolean[height];
        boolean[] merged = new boolean[height];
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            spread(region, cells, width, wholeWidth, merged);
        }
        List<RawRow> rows = new ArrayList<>();
        for (int r = 0; r < height; r++) {
            RawRow row = new RawRow(cells.get(r), false, wholeWidth[r], merged[r], false);
            if (row.filledCount() > 0) {
                rows.add(row);
            }
        }
        return new RawTable(rows, width, false);
    }

    /**
     * The value of a merged region sits in its top-left cell. It stays in the first column of each row the region
     * covers (repeated down, like a vertically merged Word cell); a region as wide as the table marks a section row.
     */
    private static void spread(CellRangeAddress region, List<List<String>> cells, int width, boolean[] wholeWidth,
                               boolean[] merged) {
        int top = region.getFirstRow();
        int left = region.getFirstColumn();
        if (top >= cells.size() || left >= width) {
            return;
        }
        String value = cells.get(top).get(left);
        int bottom = Math.min(region.getLastRow(), cells.size() - 1);
        int right = Math.min(region.getLastColumn(), width - 1);
        boolean section = left == 0 && right >= width - 1 && width > 1;
        for (int r = top; r <= bottom; r++) {
            for (int c = left; c <= right; c++) {
                boolean keeps = c == left && (r == top || !section);
                cells.get(r).set(c, keeps ? value : "");
            }
            merged[r] |= right > left;
        }
        wholeWidth[top] |= section;
    }

    private String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime value = cell.getLocalDateTimeCellValue();
            return value.toLocalTime().toSecondOfDay() == 0 ? DATE.format(value) : DATE_TIME.format(value);
        }
        String text = formatter.formatCellValue(cell);
        return text.indexOf('\r') >= 0 ? text.replace("\r\n", "\n").replace('\r', '\n') : text;
    }
}
