package ru.roadmapbot.reminder;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** What a person's reminders depend on: their zone, quiet hours and lead days. */
record ReminderPreferences(ZoneId zone, LocalTime quietStart, LocalTime quietEnd, List<Integer> leadDays) {

    /** Whether a local time falls in the quiet hours (which may wrap midnight, as 21:00–08:00 does). */
    boolean quiet(LocalTime time) {
        if (quietStart.equals(quietEnd)) {
            return false;
        }
        if (quietStart.isBefore(quietEnd)) {
            return !time.isBefore(quietStart) && time.isBefore(quietEnd);
        }
        return !time.isBefore(quietStart) || time.isBefore(quietEnd);
    }
}
