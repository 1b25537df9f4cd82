package ru.roadmapbot.roadmap;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of roadmap import ({@code roadmapbot.import.*}). The defaults are {@link DocumentLimits#DEFAULT}'s, which
 * the annotations cannot name, so a test keeps them equal.
 *
 * @param maxFileSize      the largest document accepted; larger ones are refused before they are read
 * @param maxRows          rows of a table or sheet
 * @param maxColumns       columns of a row
 * @param maxCellLength    characters of a cell
 * @param maxText          characters of a document
 * @param maxUnpackedSize  what one part of a .docx or .xlsx may unpack to (a zip bomb unpacks to gigabytes)
 * @param concurrentReads  documents read at once in this process; the others wait their turn
 * @param queueWait        how long a document waits for its turn before it is refused as busy
 */
@ConfigurationProperties("roadmapbot.import")
public record RoadmapProperties(@DefaultValue("10MB") DataSize maxFileSize,
                                @DefaultValue("5000") int maxRows,
                                @DefaultValue("100") int maxColumns,
                                @DefaultValue("20000") int maxCellLength,
                                @DefaultValue("2000000") long maxText,
                                @DefaultValue("64MB") DataSize maxUnpackedSize,
                                @DefaultValue("2") int concurrentReads,
                                @DefaultValue("30s") Duration queueWait) {

    DocumentLimits limits() {
        return new DocumentLimits(maxFileSize.toBytes(), maxRows, maxColumns, maxCellLength, maxText,
                maxUnpackedSize.toBytes());
    }
}
