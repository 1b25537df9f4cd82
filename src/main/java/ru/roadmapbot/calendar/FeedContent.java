package ru.roadmapbot.calendar;

import java.time.ZoneId;
import java.util.List;

/**
 * Everything one feed shows, ready to be written.
 *
 * @param name        the calendar's name in clients ("Дорожная карта — Иванова А.А.")
 * @param zone        the zone of events with a time of day, and of the alarms
 * @param language    of the labels ("ru", "en")
 * @param leadDays    days before a due date to alarm (0 = on the day)
 * @param entries     the activities, dated or not, in a stable order
 */
record FeedContent(String name, ZoneId zone, String language, List<Integer> leadDays, List<FeedEntry> entries) {

    FeedContent {
        leadDays = List.copyOf(leadDays);
        entries = List.copyOf(entries);
    }

    /** Activities left out for want of a date (never given invented ones). */
    long undated() {
        return entries.stream().filter(entry -> !entry.activity().dated()).count();
    }
}
