package ru.roadmapbot.roadmap.reading;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
 * An old .xls workbook (at most 65,536 rows by its format, and within the file size limit) read whole as one
 * table: the first sheet whose rows hold a roadmap header, else the first sheet. Cells read as Excel shows them,
 * except dates, which always read as dd.MM.yyyy whatever the cell's format. An .xlsx is streamed instead
 * ({@link StreamingXlsxReader}).
 */
final class SpreadsheetReader {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private final ReadingBudget budget;

    SpreadsheetReader(ReadingBudget budget) {
        this.budget = budget;
        // Formulas show their last computed value, as in Excel; evaluating them here could fail on any function.
        formatter.setUseCachedValuesForFormulaCells(true);
    }

    RawDocument read(Workbook workbook) {
        SheetChoice choice = new SheetChoice();
        for (int s = 0; s < workbook.getNumberOfSheets() && !choice.decided(); s++) {
            choice.offer(table(workbook.getSheetAt(s)));
        }
        return choice.document();
    }

    private RawTable table(Sheet sheet) {
        SheetGrid grid = new SheetGrid(budget);
        for (Row row : sheet) {
            for (Cell cell : row) {
                grid.set(row.getRowNum(), cell.getColumnIndex(), text(cell));
            }
        }
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            grid.merged(region);
        }
        return grid.table();
    }

    private String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return date(cell.getLocalDateTimeCellValue());
        }
        return formatter.formatCellValue(cell);
    }

    static String date(LocalDateTime value) {
        return value.toLocalTime().toSecondOfDay() == 0 ? DATE.format(value) : DATE_TIME.format(value);
    }
}
