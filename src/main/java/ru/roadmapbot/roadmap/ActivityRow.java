package ru.roadmapbot.roadmap;

/**
 * One activity of a roadmap table, cells as written. Paragraphs inside a cell are separated by "\n"; a row that
 * a page break split is already joined (continuation cells appended with one space). Only title and schedule
 * are always present; the other cells are null when the table has no such column.
 *
 * @param position     1-based order of the activity in the document
 * @param number       the "№" cell ("1.1.", "27"), or null when the row has none
 * @param section      the section row above it ("2. Мониторинг и анализ"), or null
 * @param sectionYear  a year named by the section rows above it ("2021 год"), or null
 */
public record ActivityRow(int position, String number, String section, Integer sectionYear, String title,
                          String schedule, String responsible, String controller, String expectedResult,
                          String informationSupport) {

    /** The schedule cell's paragraphs read as one line: "В течение\n2022 года" is "В течение 2022 года". */
    public String scheduleLine() {
        return schedule == null ? "" : schedule.replace("\r\n", " ").replace('\n', ' ').strip();
    }
}
