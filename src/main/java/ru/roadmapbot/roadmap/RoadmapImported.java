package ru.roadmapbot.roadmap;

/** A roadmap was imported or re-imported; its activities are stored. */
public record RoadmapImported(Long roadmapId, String code, ImportSummary summary) {
}
