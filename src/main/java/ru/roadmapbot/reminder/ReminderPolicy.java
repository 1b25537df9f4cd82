package ru.roadmapbot.reminder;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import ru.roadmapbot.schedule.Occurrence;
import ru.roadmapbot.schedule.OccurrenceKind;

/**
 * When to remind, in the person's local time: deadlines 7 days before, 1 day before and on the day at 09:00 (or
 * the person's own lead days); periods at the start and 3 days before the end; long-running work with a monthly
 * check-in; events the evening before at 18:00 and an hour before when a time is known (else 09:00 on the day).
 * A moment in the quiet hours waits until they end; it is never dropped.
 */
final class ReminderPolicy {

    static final LocalTime MORNING = LocalTime.of(9, 0);
    static final LocalTime EVENING = LocalTime.of(18, 0);
    static final int PERIOD_ENDING_DAYS = 3;
    /** Periods longer than this get monthly check-ins: "в течение года" is work, not one deadline. */
    static final int CONTINUOUS_DAYS = 45;

    private ReminderPolicy() {
    }

    static List<PlannedReminder> plan(Occurrence occurrence, boolean event, List<LocalTime> times,
                                      ReminderPreferences preferences) {
        List<PlannedReminder> planned = new ArrayList<>();
        if (event) {
            event(occurrence, times, preferences, planned);
        } else if (occurrence.kind() == OccurrenceKind.PERIOD) {
            period(occurrence, preferences, planned);
        } else {
            for (int days : preferences.leadDays()) {
                add(planned, ReminderKind.DEADLINE, days, occurrence.due().minusDays(days).atTime(MORNING), preferences);
            }
        }
        return planned;
    }

    private static void event(Occurrence occurrence, List<LocalTime> times, ReminderPreferences preferences,
                              List<PlannedReminder> planned) {
        LocalDate day = occurrence.start() != null ? occurrence.start() : occurrence.due();
        add(planned, ReminderKind.EVENT_EVE, 1, day.minusDays(1).atTime(EVENING), preferences);
        LocalDateTime onTheDay = times.isEmpty() ? day.atTime(MORNING) : day.atTime(times.get(0)).minusHours(1);
        add(planned, ReminderKind.EVENT_DAY, 0, onTheDay, preferences);
    }

    private static void period(Occurrence occurrence, ReminderPreferences preferences, List<PlannedReminder> planned) {
        LocalDate start = occurrence.start();
        LocalDate end = occurrence.due();
        add(planned, ReminderKind.PERIOD_START, 0, start.atTime(MORNING), preferences);
        if (ChronoUnit.DAYS.between(start, end) > PERIOD_ENDING_DAYS) {
            add(planned, ReminderKind.PERIOD_ENDING, PERIOD_ENDING_DAYS, end.minusDays(PERIOD_ENDING_DAYS).atTime(MORNING),
                    preferences);
        }
        if (ChronoUnit.DAYS.between(start, end) > CONTINUOUS_DAYS) {
            for (YearMonth month = YearMonth.from(start).plusMonths(1); month.atDay(1).isBefore(end.minusDays(PERIOD_ENDING_DAYS));
                 month = month.plusMonths(1)) {
                add(planned, ReminderKind.CHECK_IN, month.getMonthValue(), month.atDay(1).atTime(MORNING), preferences);
            }
        }
    }

    private static void add(List<PlannedReminder> planned, ReminderKind kind, int days, LocalDateTime local,
                            ReminderPreferences preferences) {
        LocalDateTime allowed = outsideQuietHours(local, preferences);
        planned.add(new PlannedReminder(PlannedReminder.code(kind, days), allowed.atZone(preferences.zone()).toInstant()));
    }

    /** The first moment at or after {@code local} that is not in the quiet hours. */
    static LocalDateTime outsideQuietHours(LocalDateTime local, ReminderPreferences preferences) {
        if (!preferences.quiet(local.toLocalTime())) {
            return local;
        }
        LocalDateTime end = local.toLocalDate().atTime(preferences.quietEnd());
        return end.isBefore(local) ? end.plusDays(1) : end;
    }
}
