package ru.roadmapbot.roadmap.reading;

import ru.roadmapbot.roadmap.UnreadableRoadmapException;
import ru.roadmapbot.roadmap.UnreadableRoadmapException.Problem;

/**
 * Text and .csv files: decoded, checked for letters lost to a wrong code page, then read by their layout, within the
 * reading budget (a .csv's columns as it is parsed; the rest once the tables stand, which the text's length bounds).
 */
final class PlainTextReader {

    private final ReadingBudget budget;

    PlainTextReader(ReadingBudget budget) {
        this.budget = budget;
    }

    RawDocument read(String fileName, byte[] content, Format format) {
        String text = TextDecoding.decode(content);
        if (text.isBlank()) {
            throw new UnreadableRoadmapException(fileName, Problem.EMPTY_FILE);
        }
        if (text.length() > budget.limits().maxText()) {
            throw new UnreadableRoadmapException(fileName, Problem.TOO_MUCH_TEXT, budget.limits().maxText());
        }
        if (TextDecoding.lostLetters(text)) {
            throw new UnreadableRoadmapException(fileName, Problem.LOST_ENCODING);
        }
        RawDocument document = format == Format.CSV ? new CsvReader(budget).read(text) : new ExtractedTextReader().read(text);
        budget.check(document);
        return document;
    }
}
