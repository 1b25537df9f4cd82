package ru.roadmapbot.roadmap.reading;

import java.util.ArrayList;
import java.util.List;

/** A .csv export of a roadmap table as one raw table (rows before the header are the preamble). */
final class CsvReader {

    private final ReadingBudget budget;

    CsvReader(ReadingBudget budget) {
        this.budget = budget;
    }

    RawDocument read(String text) {
        List<RawRow> rows = new ArrayList<>();
        int width = 0;
        for (List<String> record : CsvParser.parse(text, CsvParser.delimiter(text), budget)) {
            RawRow row = RawRow.of(record.stream().map(CellText::plain).toList());
            if (row.filledCount() > 0) {
                rows.add(row);
                width = Math.max(width, record.size());
            }
        }
        return new RawDocument(rows.isEmpty() ? List.of() : List.of(new RawTable(rows, width, false)));
    }
}
