package ru.roadmapbot.admin;

import java.time.ZonedDateTime;

/**
 * A roadmap's line on the dashboard.
 *
 * @param name       its short name ("500+ · Гороховецкий р-н · 2022")
 * @param territory  its territory's name, or null
 * @param importedAt when it was last imported, in the console's time zone
 */
public record RoadmapSummary(Long id, String name, String title, String code, String territory, Integer year,
                             long activities, long flagged, long unscheduled, ZonedDateTime importedAt, int imports) {
}
