package ru.roadmapbot.roadmap.reading;

import ru.roadmapbot.roadmap.DocumentLimits;
import ru.roadmapbot.roadmap.UnreadableRoadmapException;
import ru.roadmapbot.roadmap.UnreadableRoadmapException.Problem;

/**
 * What one read of a document may still take: each reader counts rows, columns and characters here as it goes, and
 * the first limit passed stops the read with a refusal that names the file and the limit, long before a hostile
 * file has filled the memory.
 */
final class ReadingBudget {

    private final String fileName;
    private final DocumentLimits limits;
    private long text;

    ReadingBudget(String fileName, DocumentLimits limits) {
        this.fileName = fileName;
        this.limits = limits;
    }

    DocumentLimits limits() {
        return limits;
    }

    String fileName() {
        return fileName;
    }

    /** A table reached {@code rows} rows. */
    void rows(int rows) {
        if (rows > limits.maxRows()) {
            throw new UnreadableRoadmapException(fileName, Problem.TOO_MANY_ROWS, limits.maxRows());
        }
    }

    /** A filled cell sits in the column of this index (from 0). */
    void column(int index) {
        if (index >= limits.maxColumns()) {
            throw new UnreadableRoadmapException(fileName, Problem.TOO_MANY_COLUMNS, limits.maxColumns());
        }
    }

    /** Counts a cell's or paragraph's text; returns it. */
    String text(String value) {
        count(value.length());
        return value;
    }

    /** Counts the characters of one cell or paragraph. */
    void count(int length) {
        if (length > limits.maxCellLength()) {
            throw new UnreadableRoadmapException(fileName, Problem.CELL_TOO_LONG, limits.maxCellLength());
        }
        text += length;
        if (text > limits.maxText()) {
            throw new UnreadableRoadmapException(fileName, Problem.TOO_MUCH_TEXT, limits.maxText());
        }
    }

    /**
     * Checks a document read whole (text, .csv, .docx): its tables' rows and columns and its characters. Empty cells
     * at the end of a row are not columns (exports pad rows to the widest).
     */
    void check(RawDocument document) {
        for (RawBlock block : document.blocks()) {
            if (block instanceof RawTable table) {
                rows(table.rows().size());
                for (RawRow row : table.rows()) {
                    for (int c = row.cells().size() - 1; c >= 0; c--) {
                        if (!row.cells().get(c).isBlank()) {
                            column(c);
                            break;
                        }
                    }
                    row.cells().forEach(cell -> count(cell.length()));
                }
            } else if (block instanceof RawParagraph paragraph) {
                count(paragraph.text().length());
            }
        }
    }

    /** A part of the zip would unpack to more than the limit (a zip bomb, or a document far larger than a roadmap). */
    UnreadableRoadmapException unpacksTooLarge(Throwable cause) {
        return new UnreadableRoadmapException(fileName, Problem.UNPACKS_TOO_LARGE, cause,
                limits.maxUnpackedBytes() / (1024 * 1024));
    }
}
