package ru.roadmapbot.admin;

import java.time.Instant;

/** A roadmap's line on the dashboard. */
public record RoadmapSummary(Long id, String name, String code, Integer year, long activities, long flagged, long unscheduled,
                      Instant importedAt, int imports) {
}
