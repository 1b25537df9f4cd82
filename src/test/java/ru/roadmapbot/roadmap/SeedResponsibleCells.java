package ru.roadmapbot.roadmap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The "responsible" cells of the five seed roadmaps (text extracted from real .docx files, copied into test
 * resources), read the way each file is laid out. Header cells and cells without a letter (section rows,
 * continuation rows of a page break, "-----" rules) are left out: they are not cells of an activity.
 */
final class SeedResponsibleCells {

    /** A cell as written, with the seed and line it starts on for messages. */
    record Cell(String seed, int line, String text) {

        @Override
        public String toString() {
            return seed + ":" + line + " " + text.replace("\n", "⏎");
        }
    }

    private SeedResponsibleCells() {
    }

    static List<Cell> all() {
        List<Cell> cells = new ArrayList<>();
        cells.addAll(tabSeparated("000_8947be193d347cd7.txt", 3));
        cells.addAll(tabSeparated("001_5ee45a74bb2df34c.txt", 3));
        cells.addAll(onePerLine("002_0994dfd4ec89aa3d.txt", 3));
        cells.addAll(tabSeparated("003_3563c2cda89c6920.txt", 3));
        cells.addAll(tabSeparated("004_7680f41c24c846e3.txt", 4));
        return cells;
    }

    /** One row a line, cells split by tabs; the first tabbed line is the header. */
    private static List<Cell> tabSeparated(String seed, int column) {
        List<Cell> cells = new ArrayList<>();
        String header = null;
        String[] lines = read(seed).split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String[] row = lines[n].split("\t", -1);
            if (row.length <= column) {
                continue;
            }
            String text = row[column].strip();
            if (header == null) {
                header = text;
            } else if (!text.equals(header) && hasLetter(text)) {
                cells.add(new Cell(seed, n + 1, text));
            }
        }
        return cells;
    }

    /**
     * One cell a line: a cell starts with a tab at the start of a line, lines without one continue it, and a row
     * starts with its number cell ("1", "12.") or with the "№" of the header.
     */
    private static List<Cell> onePerLine(String seed, int column) {
        List<Cell> cells = new ArrayList<>();
        String header = null;
        List<StringBuilder> row = null;
        List<Integer> starts = new ArrayList<>();
        String[] lines = read(seed).split("\n", -1);
        for (int n = 0; n <= lines.length; n++) {
            String line = n < lines.length ? lines[n] : "\t1";
            if (line.startsWith("\t")) {
                String text = line.substring(1);
                if (isRowStart(text.strip())) {
                    if (row != null && row.size() > column) {
                        String cell = row.get(column).toString().strip();
                        if (header == null) {
                            header = cell;
                        } else if (!cell.equals(header) && hasLetter(cell)) {
                            cells.add(new Cell(seed, starts.get(column), cell));
                        }
                    }
                    row = new ArrayList<>();
                    starts.clear();
                }
                if (row != null) {
                    row.add(new StringBuilder(text));
                    starts.add(n + 1);
                }
            } else if (row != null && !row.isEmpty()) {
                row.get(row.size() - 1).append('\n').append(line);
            }
        }
        return cells;
    }

    private static boolean isRowStart(String cell) {
        if (cell.equals("№")) {
            return true;
        }
        String number = cell.endsWith(".") ? cell.substring(0, cell.length() - 1) : cell;
        return !number.isEmpty() && number.chars().allMatch(Character::isDigit);
    }

    private static boolean hasLetter(String text) {
        return text.chars().anyMatch(Character::isLetter);
    }

    private static String read(String seed) {
        try (InputStream in = SeedResponsibleCells.class.getResourceAsStream("/seeds/" + seed)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource seeds/" + seed);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
