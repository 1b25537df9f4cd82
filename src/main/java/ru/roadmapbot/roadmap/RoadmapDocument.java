package ru.roadmapbot.roadmap;

import java.time.LocalDate;
import java.util.List;

import ru.roadmapbot.territory.Place;

/**
 * A roadmap document as read, before it is stored.
 *
 * @param source     the file name it came from
 * @param title      the roadmap's title line ("Муниципальная дорожная карта ... в 2022 году"), or null
 * @param year       the roadmap's own year (from the title, the approval line or the first dated section), or null
 * @param approvedOn the date of the order approving it ("от 20 марта 2022 года"), or null
 * @param place      the municipality and region its title and approval line name ({@link Place#UNKNOWN} if none)
 * @param level      regional, municipal or one school's, as the title and the place say; null when they do not
 * @param rows       the activity rows in document order
 */
public record RoadmapDocument(String source, String title, Integer year, LocalDate approvedOn, Place place,
                              RoadmapLevel level, List<ActivityRow> rows) {

    public RoadmapDocument {
        place = place == null ? Place.UNKNOWN : place;
        rows = List.copyOf(rows);
    }

    /** A document that names no place (tests, and documents built in code). */
    public RoadmapDocument(String source, String title, Integer year, LocalDate approvedOn, List<ActivityRow> rows) {
        this(source, title, year, approvedOn, Place.UNKNOWN, null, rows);
    }

    /** Distinct sections in document order. */
    public List<String> sections() {
        return rows.stream().map(ActivityRow::section).filter(s -> s != null && !s.isBlank()).distinct().toList();
    }
}
