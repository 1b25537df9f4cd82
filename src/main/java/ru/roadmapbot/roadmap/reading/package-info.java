/**
 * The module's internal reading machinery: one reader per file format turning bytes into a raw table model
 * (rows of cells, paragraphs joined with "\n"), header and column detection, and the interpreter that rebuilds
 * activities, sections and document facts from it. Only {@link ru.roadmapbot.roadmap.reading.RoadmapFileReader}
 * is public, for the {@code RoadmapReader} facade.
 */
package ru.roadmapbot.roadmap.reading;
