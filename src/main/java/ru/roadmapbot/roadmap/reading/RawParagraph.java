package ru.roadmapbot.roadmap.reading;

/** A paragraph outside any table: the approval stamp, the title, a section heading between tables, prose. */
record RawParagraph(String text) implements RawBlock {
}
