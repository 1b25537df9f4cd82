package ru.roadmapbot.roadmap.reading;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Extracted text with one cell per line: a line starting with a tab opens a cell, lines without one add paragraphs
 * to it. Blank lines come inside rows too (between two cells, or as an empty paragraph), so rows are rebuilt by
 * counting cells: the header is the run of cells that are header words, a cell that is only a number opens an
 * activity row of as many cells as the header has, and a lone other cell between rows is a section.
 */
final class CellPerLineTextReader {

    /** Two blank lines end a cell: after them an untabbed line is running text again, not a paragraph of the cell. */
    private static final int BLANKS_ENDING_A_CELL = 2;

    private sealed interface Item permits Cell, Line {
    }

    private record Cell(String text) implements Item {
    }

    private record Line(String text) implements Item {
    }

    RawDocument read(List<String> lines) {
        List<Item> items = items(lines);
        int[] header = header(items);
        List<RawBlock> blocks = new ArrayList<>();
        if (header == null) {
            items.forEach(item -> addParagraphs(blocks, item));
            return new RawDocument(blocks);
        }
        for (int i = 0; i < header[0]; i++) {
            addParagraphs(blocks, items.get(i));
        }
        int width = header[1] - header[0];
        List<RawRow> rows = new ArrayList<>();
        rows.add(RawRow.of(cells(items, header[0], header[1])));
        int i = header[1];
        while (i < items.size()) {
            Item item = items.get(i);
            if (item instanceof Line line) {
                rows.add(RawRow.freeLine(line.text()));
                i++;
            } else if (CellText.isNumber(((Cell) item).text())) {
                int end = i;
                while (end < items.size() && end - i < width && items.get(end) instanceof Cell) {
                    end++;
                }
                List<String> cells = new ArrayList<>(cells(items, i, end));
                cells.addAll(Collections.nCopies(width - cells.size(), ""));
                rows.add(RawRow.of(cells));
                i = end;
            } else {
                rows.add(new RawRow(List.of(((Cell) item).text()), false, true, false, false));
                i++;
            }
        }
        blocks.add(new RawTable(rows, width, false));
        return new RawDocument(blocks);
    }

    private static List<Item> items(List<String> lines) {
        List<Item> items = new ArrayList<>();
        List<String> paragraphs = null;
        int blanks = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                blanks++;
                continue;
            }
            if (line.charAt(0) == '\t') {
                closeCell(items, paragraphs);
                paragraphs = new ArrayList<>();
                paragraphs.add(line.substring(1).replace('\t', ' ').strip());
            } else if (ExtractedTextReader.isPageNumber(line)) {
                continue;
            } else if (paragraphs != null && blanks < BLANKS_ENDING_A_CELL) {
                if (blanks > 0) {
                    paragraphs.add("");
                }
                paragraphs.add(line.strip());
            } else {
                closeCell(items, paragraphs);
                paragraphs = null;
                items.add(new Line(line.strip()));
            }
            blanks = 0;
        }
        closeCell(items, paragraphs);
        return items;
    }

    private static void closeCell(List<Item> items, List<String> paragraphs) {
        if (paragraphs != null) {
            items.add(new Cell(CellText.joinParagraphs(paragraphs)));
        }
    }

    /**
     * The [start, end) item range of the header: among runs of consecutive header-word cells, the one naming both
     * title and schedule and the most kinds (002 also has a one-column "Наименование организации" table).
     */
    private static int[] header(List<Item> items) {
        int[] best = null;
        int bestScore = 0;
        int i = 0;
        while (i < items.size()) {
            int end = i;
            while (end < items.size() && items.get(end) instanceof Cell cell && HeaderMatcher.kindOf(cell.text()) != null) {
                end++;
            }
            if (end == i) {
                i++;
                continue;
            }
            Columns columns = Columns.fromHeader(RawRow.of(cells(items, i, end)));
            if (columns != null) {
                int score = columns.kindCount() + (columns.complete() ? 100 : 0);
                if (score > bestScore) {
                    best = new int[] {i, end};
                    bestScore = score;
                }
            }
            i = end;
        }
        return best;
    }

    private static List<String> cells(List<Item> items, int from, int to) {
        List<String> cells = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            cells.add(((Cell) items.get(i)).text());
        }
        return cells;
    }

    private static void addParagraphs(List<RawBlock> blocks, Item item) {
        String text = item instanceof Cell cell ? cell.text() : ((Line) item).text();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                blocks.add(new RawParagraph(line.strip()));
            }
        }
    }
}
