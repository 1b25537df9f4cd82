package ru.roadmapbot.roadmap.reading;

import ru.roadmapbot.roadmap.UnreadableRoadmapException;
import ru.roadmapbot.roadmap.UnreadableRoadmapException.Problem;

/** Text and .csv files: decoded, checked for letters lost to a wrong code page, then read by their layout. */
final class PlainTextReader {

    RawDocument read(String fileName, byte[] content, Format format) {
        String text = TextDecoding.decode(content);
        if (text.isBlank()) {
            throw new UnreadableRoadmapException(fileName, Problem.EMPTY_FILE);
        }
        if (TextDecoding.lostLetters(text)) {
            throw new UnreadableRoadmapException(fileName, Problem.LOST_ENCODING);
        }
        return format == Format.CSV ? new CsvReader().read(text) : new ExtractedTextReader().read(text);
    }
}
