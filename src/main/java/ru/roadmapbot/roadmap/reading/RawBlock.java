package ru.roadmapbot.roadmap.reading;

/** A piece of a document in reading order: a paragraph of running text or a table. */
sealed interface RawBlock permits RawParagraph, RawTable {
}
