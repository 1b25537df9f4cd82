package ru.roadmapbot.roadmap;

import org.springframework.util.unit.DataSize;

/**
 * How much of a document is read before it is refused: what fits every real roadmap (the largest seed has 74 rows,
 * 7 columns and about 60,000 characters) with a wide margin, and keeps a hostile file (a million rows, ten thousand
 * columns, a zip that unpacks to gigabytes) from taking the memory of the process that also runs the bot.
 *
 * @param maxBytes         the file itself
 * @param maxRows          rows of one table or sheet
 * @param maxColumns       columns of a row
 * @param maxCellLength    characters of one cell
 * @param maxText          characters of the whole document
 * @param maxUnpackedBytes what one part of a .docx or .xlsx may unpack to
 */
public record DocumentLimits(long maxBytes, int maxRows, int maxColumns, int maxCellLength, long maxText,
                             long maxUnpackedBytes) {

    /** The defaults of {@code roadmapbot.import.*}. */
    public static final DocumentLimits DEFAULT = new DocumentLimits(RoadmapReader.DEFAULT_MAX_BYTES, 5_000, 100, 20_000,
            2_000_000, DataSize.ofMegabytes(64).toBytes());

    public DocumentLimits {
        if (maxBytes <= 0 || maxRows <= 0 || maxColumns <= 0 || maxCellLength <= 0 || maxText <= 0 || maxUnpackedBytes <= 0) {
            throw new IllegalArgumentException("document limits must be positive");
        }
    }

    DocumentLimits withMaxBytes(long bytes) {
        return new DocumentLimits(bytes, maxRows, maxColumns, maxCellLength, maxText, maxUnpackedBytes);
    }
}
