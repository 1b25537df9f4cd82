package ru.roadmapbot.roadmap.reading;

import ru.roadmapbot.roadmap.DocumentLimits;
import ru.roadmapbot.roadmap.RoadmapDocument;
import ru.roadmapbot.roadmap.UnreadableRoadmapException;
import ru.roadmapbot.roadmap.UnreadableRoadmapException.Problem;

/**
 * Reads the bytes of one roadmap file of any supported format into a {@link RoadmapDocument}. The module's entry
 * into this package; size limits and file access stay with the {@code RoadmapReader} facade.
 */
public final class RoadmapFileReader {

    /** Reads a file's content, or throws {@link UnreadableRoadmapException} saying why it cannot be read. */
    public RoadmapDocument read(String fileName, byte[] content) {
        return read(fileName, content, DocumentLimits.DEFAULT);
    }

    /** Reads a file's content within the limits, or throws {@link UnreadableRoadmapException} saying why not. */
    public RoadmapDocument read(String fileName, byte[] content, DocumentLimits limits) {
        if (content.length == 0) {
            throw new UnreadableRoadmapException(fileName, Problem.EMPTY_FILE);
        }
        try {
            Interpretation interpretation = new TableInterpreter(fileName)
                    .interpret(raw(fileName, content, new ReadingBudget(fileName, limits)));
            DocumentFacts facts = DocumentFacts.of(interpretation.preamble(), interpretation.rows());
            return new RoadmapDocument(fileName, facts.title(), facts.year(), facts.approvedOn(), facts.place(),
                    facts.level(), interpretation.rows());
        } catch (UnreadableRoadmapException problem) {
            throw problem;
        } catch (RuntimeException unexpected) {
            // Bad input must never surface as a bare exception; the cause is kept for the log.
            throw new UnreadableRoadmapException(fileName, Problem.UNREADABLE_FILE, unexpected);
        }
    }

    private static RawDocument raw(String fileName, byte[] content, ReadingBudget budget) {
        Format format = FormatDetector.detect(fileName, content);
        return switch (format) {
            case OFFICE_XML -> new OfficeXmlReader(budget).read(fileName, content);
            case OLE2 -> new Ole2Reader(budget).read(fileName, content);
            case CSV, TEXT -> new PlainTextReader(budget).read(fileName, content, format);
        };
    }
}
