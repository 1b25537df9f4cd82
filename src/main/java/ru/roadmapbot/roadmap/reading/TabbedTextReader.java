package ru.roadmapbot.roadmap.reading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Extracted text with one table row per line and tab-separated cells. Lines without a tab before the first row are
 * the preamble; after it they stay in the table as free lines (section headings, or prose the interpreter drops).
 */
final class TabbedTextReader {

    RawDocument read(List<String> lines) {
        List<RawBlock> blocks = new ArrayList<>();
        List<RawRow> rows = null;
        int width = 0;
        for (String line : lines) {
            if (line.isBlank() || isRule(line)) {
                continue;
            }
            if (line.indexOf('\t') >= 0) {
                List<String> cells = Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
                if (rows == null) {
                    rows = new ArrayList<>();
                }
                rows.add(RawRow.of(cells));
                width = Math.max(width, cells.size());
            } else if (!ExtractedTextReader.isPageNumber(line)) {
                if (rows == null) {
                    blocks.add(new RawParagraph(line.strip()));
                } else {
                    rows.add(RawRow.freeLine(line.strip()));
                }
            }
        }
        if (rows != null) {
            // Every unnumbered row is a page-break continuation here: the converter writes one line per table row.
            blocks.add(new RawTable(rows, width, true));
        }
        return new RawDocument(blocks);
    }

    /** The "------\t---" lines a converter draws where a table's border was. */
    private static boolean isRule(String line) {
        int dashes = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '-') {
                dashes++;
            } else if (c != '\t' && c != ' ') {
                return false;
            }
        }
        return dashes >= 3;
    }
}
