package ru.roadmapbot.roadmap.reading;

import java.util.List;

/** What a format reader hands to the interpreter: paragraphs and tables in document order. */
record RawDocument(List<RawBlock> blocks) {

    RawDocument {
        blocks = List.copyOf(blocks);
    }
}
