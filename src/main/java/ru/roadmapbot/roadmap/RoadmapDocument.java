package ru.roadmapbot.roadmap;

import java.time.LocalDate;
import java.util.List;

/**
 * A roadmap document as read, before it is stored.
 *
 * @param source     the file name it came from
 * @param title      the roadmap's title line ("Муниципальная дорожная карта ... в 2022 году"), or null
 * @param year       the roadmap's own year (from the title, the approval line or the first dated section), or null
 * @param approvedOn the date of the approving order ("от 20 марта 2022 года"), or null
 * @param rows       the activity rows in document order
 */
public record RoadmapDocument(String source, String title, Integer year, LocalDate approvedOn, List<ActivityRow> rows) {

    public RoadmapDocument {
        rows = List.copyOf(rows);
    }

    /** Distinct sections in document order. */
    public List<String> sections() {
        return rows.stream().map(ActivityRow::section).filter(s -> s != null && !s.isBlank()).distinct().toList();
    }
}
