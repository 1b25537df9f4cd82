package ru.roadmapbot.roadmap.reading;

import java.util.EnumMap;
import java.util.Map;
import ru.roadmapbot.roadmap.ActivityRow;

/** An activity being rebuilt: the cells of its first row, then whatever a page break pushed onto the next rows. */
final class ActivityDraft {

    private final Columns columns;
    private final String section;
    private final Integer sectionYear;
    private final Map<ColumnKind, String> cells = new EnumMap<>(ColumnKind.class);

    ActivityDraft(Columns columns, RawRow row, String section, Integer sectionYear) {
        this.columns = columns;
        this.section = section;
        this.sectionYear = sectionYear;
        for (ColumnKind kind : ColumnKind.values()) {
            if (columns.has(kind)) {
                cells.put(kind, row.cell(columns.index(kind)).strip());
            }
        }
    }

    /** Appends each filled cell of a continuation row to the same column, with one space between the halves. */
    void append(RawRow row) {
        for (Map.Entry<ColumnKind, String> entry : cells.entrySet()) {
            String more = row.cell(columns.index(entry.getKey())).strip();
            if (more.isEmpty() || more.equals(entry.getValue())) {
                // Equal text is a vertically merged cell repeated on the continuation row, not more words.
                continue;
            }
            String before = entry.getValue();
            entry.setValue(before.isEmpty() ? more : before + " " + more);
        }
    }

    ActivityRow toRow(int position) {
        String number = cells.get(ColumnKind.NUMBER);
        return new ActivityRow(position, number == null || number.isEmpty() ? null : number, section, sectionYear,
                cells.get(ColumnKind.TITLE), cells.get(ColumnKind.SCHEDULE), cells.get(ColumnKind.RESPONSIBLE),
                cells.get(ColumnKind.CONTROLLER), cells.get(ColumnKind.EXPECTED_RESULT),
                cells.get(ColumnKind.INFORMATION_SUPPORT));
    }
}
