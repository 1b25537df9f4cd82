package ru.roadmapbot.roadmap.reading;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The cells of one sheet as they are read, row by row within the reading budget, and its merged regions, made into
 * one raw table: the same for a streamed .xlsx and an .xls read whole.
 */
final class SheetGrid {

    private final ReadingBudget budget;
    private final List<List<String>> cells = new ArrayList<>();
    private final List<CellRangeAddress> regions = new ArrayList<>();
    private int width;

    SheetGrid(ReadingBudget budget) {
        this.budget = budget;
    }

    /**
     * A cell's text at a row and column (from 0). An empty cell (a formatted blank) only widens the table, as Excel
     * shows it, and never past the column limit: a stray format far to the right is decoration, not a column.
     */
    void set(int row, int column, String text) {
        if (text == null || text.isEmpty()) {
            if (column < budget.limits().maxColumns()) {
                width = Math.max(width, column + 1);
            }
            return;
        }
        budget.column(column);
        budget.rows(row + 1);
        budget.count(text.length());
        while (cells.size() <= row) {
            cells.add(new ArrayList<>());
        }
        List<String> values = cells.get(row);
        while (values.size() <= column) {
            values.add("");
        }
        values.set(column, text.indexOf('\r') >= 0 ? text.replace("\r\n", "\n").replace('\r', '\n') : text);
        width = Math.max(width, column + 1);
    }

    void merged(CellRangeAddress region) {
        regions.add(region);
    }

    RawTable table() {
        int height = cells.size();
        if (height == 0) {
            width = 0;
        }
        for (List<String> row : cells) {
            row.addAll(Collections.nCopies(width - row.size(), ""));
        }
        boolean[] wholeWidth = new boolean[height];
        boolean[] merged = new boolean[height];
        for (CellRangeAddress region : regions) {
            spread(region, wholeWidth, merged);
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
    private void spread(CellRangeAddress region, boolean[] wholeWidth, boolean[] merged) {
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
}
