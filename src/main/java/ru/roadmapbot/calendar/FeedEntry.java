package ru.roadmapbot.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One activity of a feed with the statuses of its occurrences.
 *
 * @param statuses by due date of the occurrence (how statuses are keyed)
 * @param schools  for a curator's view of the schools they accompany, those the activity concerns; else empty
 */
record FeedEntry(FeedActivity activity, Map<LocalDate, OccurrenceStatus> statuses, List<String> schools) {

    FeedEntry {
        statuses = Map.copyOf(statuses);
        schools = List.copyOf(schools);
    }
}
