package ru.roadmapbot.roadmap.reading;

import java.util.List;

/**
 * Which sheet of a workbook is the roadmap: the first whose rows hold a roadmap header, else the first sheet. Sheets
 * are offered one at a time, so a streamed workbook keeps at most two in memory.
 */
final class SheetChoice {

    private RawTable first;
    private RawTable chosen;

    void offer(RawTable table) {
        if (first == null) {
            first = table;
        }
        for (RawRow row : table.rows()) {
            Columns columns = Columns.fromHeader(row);
            if (columns != null && columns.complete()) {
                chosen = table;
                return;
            }
        }
    }

    boolean decided() {
        return chosen != null;
    }

    RawDocument document() {
        RawTable table = chosen != null ? chosen : first;
        return new RawDocument(table == null ? List.of() : List.of(table));
    }
}
