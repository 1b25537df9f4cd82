package ru.roadmapbot.roadmap.reading;

import java.util.List;

/**
 * One row of a raw table: cell texts with paragraphs joined by "\n", never null.
 *
 * @param cells          cell texts by grid column
 * @param freeText       a line of running text met among the rows of extracted text (a heading like
 *                       "2. Мониторинг и анализ", or prose after the table); it is a section only if activities follow
 * @param wholeWidth     one merged cell spans the whole row (a section row in .docx and .xlsx)
 * @param merged         some cell of the row spans several columns
 * @param repeatedHeader the row is marked to repeat as a header on every page
 */
record RawRow(List<String> cells, boolean freeText, boolean wholeWidth, boolean merged, boolean repeatedHeader) {

    RawRow {
        cells = List.copyOf(cells);
    }

    static RawRow of(List<String> cells) {
        return new RawRow(cells, false, false, false, false);
    }

    static RawRow freeLine(String text) {
        return new RawRow(List.of(text), true, true, false, false);
    }

    String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    int filledCount() {
        int filled = 0;
        for (String cell : cells) {
            if (!cell.isBlank()) {
                filled++;
            }
        }
        return filled;
    }

    /** Index of the only filled cell, or -1 when none or several are filled. */
    int onlyFilledIndex() {
        int found = -1;
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isBlank()) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    /** Filled cells joined with a space, for rows read as one line of text. */
    String joinedText() {
        StringBuilder text = new StringBuilder();
        for (String cell : cells) {
            if (!cell.isBlank()) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                text.append(cell.strip());
            }
        }
        return text.toString();
    }
}
