package ru.roadmapbot.roadmap.reading;

import java.util.List;

/**
 * A table as read, before any meaning is given to it.
 *
 * @param rows                    rows in order
 * @param columnCount             the grid width (rows may be shorter; missing cells read as empty)
 * @param unnumberedRowsContinue  true when every unnumbered row after an activity is the rest of that activity:
 *                                extracted text splits a row at each page break, so there even a fully filled
 *                                unnumbered row is a continuation; real tables only split partially filled rows
 */
record RawTable(List<RawRow> rows, int columnCount, boolean unnumberedRowsContinue) implements RawBlock {

    RawTable {
        rows = List.copyOf(rows);
    }
}
