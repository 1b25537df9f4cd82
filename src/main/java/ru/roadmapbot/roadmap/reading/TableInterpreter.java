package ru.roadmapbot.roadmap.reading;

import java.util.ArrayList;
import java.util.List;
import ru.roadmapbot.roadmap.ActivityRow;
import ru.roadmapbot.roadmap.ComparableText;
import ru.roadmapbot.roadmap.UnreadableRoadmapException;
import ru.roadmapbot.roadmap.UnreadableRoadmapException.Problem;

/**
 * Rebuilds the activities of a roadmap from raw tables: finds the header, skips repeated headers, page numbers and
 * column-number rows, joins rows split by page breaks, and tracks the section each activity belongs to.
 * One instance reads one document.
 */
final class TableInterpreter {

    /** Rows at the top of a continuing table that may repeat the header (one, or two with a column-number row). */
    private static final int REPEATED_HEADER_REACH = 3;

    private final String fileName;
    private final List<String> preamble = new ArrayList<>();
    private final List<ActivityRow> rows = new ArrayList<>();

    private Columns columns;
    /** The header's cells as {@link ComparableText} writes them, to spot the header repeated on a later page. */
    private List<String> headerText = List.of();
    private int width;
    private boolean open;
    private Columns incomplete;
    private boolean sawTable;

    private ActivityDraft last;
    private String section;
    private Integer sectionYear;
    private String pendingSection;
    private Integer pendingYear;

    TableInterpreter(String fileName) {
        this.fileName = fileName;
    }

    Interpretation interpret(RawDocument document) {
        for (RawBlock block : document.blocks()) {
            if (block instanceof RawParagraph paragraph) {
                paragraph(paragraph.text());
            } else if (block instanceof RawTable table) {
                table(table);
            }
        }
        flush();
        if (columns == null) {
            throw new UnreadableRoadmapException(fileName, missingColumnProblem());
        }
        if (rows.isEmpty()) {
            throw new UnreadableRoadmapException(fileName, Problem.NO_ACTIVITIES);
        }
        return new Interpretation(preamble, rows);
    }

    private Problem missingColumnProblem() {
        if (incomplete != null) {
            return incomplete.has(ColumnKind.SCHEDULE) ? Problem.NO_TITLE_COLUMN : Problem.NO_SCHEDULE_COLUMN;
        }
        // Tables with no recognizable header at all: nothing in them names the activities.
        return sawTable ? Problem.NO_TITLE_COLUMN : Problem.NO_TABLE;
    }

    private void paragraph(String text) {
        if (text.isBlank()) {
            return;
        }
        if (columns == null) {
            preamble.add(text.strip());
        } else if (open) {
            candidateSection(text, false);
        }
    }

    private void table(RawTable table) {
        sawTable = true;
        // Before the roadmap is found its header may sit under a long preamble (a spreadsheet's title rows); once it
        // is found, a later table can only repeat the header at its top, and a match deeper down is an activity.
        int reach = columns == null ? table.rows().size() : Math.min(table.rows().size(), REPEATED_HEADER_REACH);
        int headerIndex = -1;
        Columns found = null;
        for (int i = 0; i < reach && found == null; i++) {
            found = Columns.fromHeader(table.rows().get(i));
            headerIndex = i;
        }
        if (found != null && found.complete()) {
            if (columns == null) {
                for (int i = 0; i < headerIndex; i++) {
                    addPreamble(table.rows().get(i));
                }
            }
            columns = found;
            headerText = table.rows().get(headerIndex).cells().stream().map(ComparableText::of).toList();
            width = table.columnCount();
            open = true;
            rows(table, headerIndex + 1);
        } else if (found == null && columns != null && open && table.columnCount() == width) {
            // A table broken by a page (or by a heading between) continues the roadmap without repeating the header.
            rows(table, 0);
        } else if (columns == null) {
            if (found != null && (incomplete == null || found.kindCount() > incomplete.kindCount())) {
                incomplete = found;
            }
            if (found == null) {
                // Approval stamps are often laid out in a borderless table above the roadmap.
                table.rows().forEach(this::addPreamble);
            }
        } else {
            open = false;
        }
    }

    private void addPreamble(RawRow row) {
        for (String cell : row.cells()) {
            for (String line : cell.split("\n")) {
                if (!line.isBlank()) {
                    preamble.add(line.strip());
                }
            }
        }
    }

    private void rows(RawTable table, int from) {
        for (int i = from; i < table.rows().size(); i++) {
            row(table, table.rows().get(i));
        }
    }

    private void row(RawTable table, RawRow row) {
        if (row.repeatedHeader() || row.filledCount() == 0 || sameAsHeader(row) || numbersColumns(row)) {
            return;
        }
        if (row.freeText()) {
            if (!CellText.isNumber(row.joinedText())) {
                candidateSection(row.joinedText(), false);
            }
            return;
        }
        int only = row.onlyFilledIndex();
        if (only >= 0) {
            lonelyCell(row, only);
            return;
        }
        if (row.merged() && onlyTitleAndNumber(row)) {
            // "1. | Нормативно-правовое обеспечение" with the name merged across the other columns.
            candidateSection(row.joinedText(), true);
            return;
        }
        boolean unnumbered = cellOf(row, ColumnKind.NUMBER).isBlank();
        if (unnumbered && columns.has(ColumnKind.NUMBER) && last != null
                && (table.unnumberedRowsContinue() || !allFilled(row))) {
            last.append(row);
            return;
        }
        if (unnumbered && cellOf(row, ColumnKind.TITLE).isBlank() && cellOf(row, ColumnKind.SCHEDULE).isBlank()) {
            return; // a remark beside the table (a signature, a note in the result column), not an activity
        }
        activity(row);
    }

    private void lonelyCell(RawRow row, int index) {
        String text = row.cell(index);
        if (CellText.isNumber(text)) {
            return; // a page number, or a number whose row lost everything else
        }
        boolean outsideNumberColumn = columns.has(ColumnKind.NUMBER) && index != columns.index(ColumnKind.NUMBER);
        // A lone cell merged over its neighbours is a heading; unmerged, it is what a page break cut off the row above.
        if (!row.wholeWidth() && !row.merged() && index != 0 && outsideNumberColumn && last != null) {
            last.append(row);
            return;
        }
        candidateSection(text, true);
    }

    /** A heading becomes the section only when an activity follows it; prose after the table never does. */
    private void candidateSection(String text, boolean tableRow) {
        String name = text.strip();
        if (name.isEmpty()) {
            return;
        }
        if (pendingSection != null && CellText.pureYear(pendingSection) != null) {
            pendingYear = CellText.pureYear(pendingSection);
        }
        pendingSection = name;
        if (tableRow) {
            // A section row inside the table closes the activity above: nothing after it continues that row.
            flush();
        }
    }

    private void activity(RawRow row) {
        flush();
        if (pendingSection != null) {
            section = pendingSection;
            Integer year = CellText.pureYear(pendingSection);
            if (year != null) {
                sectionYear = year;
            } else if (pendingYear != null) {
                sectionYear = pendingYear;
            }
            pendingSection = null;
            pendingYear = null;
        }
        last = new ActivityDraft(columns, row, section, sectionYear);
    }

    private void flush() {
        if (last != null) {
            rows.add(last.toRow(rows.size() + 1));
            last = null;
        }
    }

    private String cellOf(RawRow row, ColumnKind kind) {
        return columns.has(kind) ? row.cell(columns.index(kind)) : "";
    }

    private boolean onlyTitleAndNumber(RawRow row) {
        for (ColumnKind kind : ColumnKind.values()) {
            if (kind != ColumnKind.NUMBER && kind != ColumnKind.TITLE && !cellOf(row, kind).isBlank()) {
                return false;
            }
        }
        return !cellOf(row, ColumnKind.TITLE).isBlank();
    }

    private boolean allFilled(RawRow row) {
        for (ColumnKind kind : ColumnKind.values()) {
            if (kind != ColumnKind.NUMBER && columns.has(kind) && cellOf(row, kind).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private boolean sameAsHeader(RawRow row) {
        int cells = Math.max(row.cells().size(), headerText.size());
        for (int i = 0; i < cells; i++) {
            String headerCell = i < headerText.size() ? headerText.get(i) : "";
            if (!ComparableText.of(row.cell(i)).equals(headerCell)) {
                return false;
            }
        }
        return true;
    }

    /** The "1 | 2 | 3 | 4" row many roadmaps put under the header to number the columns. */
    private static boolean numbersColumns(RawRow row) {
        int filled = 0;
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = row.cells().get(i).strip();
            if (cell.isEmpty()) {
                continue;
            }
            if (!cell.equals(Integer.toString(i + 1)) && !cell.equals((i + 1) + ".")) {
                return false;
            }
            filled++;
        }
        return filled >= 3;
    }
}
