package ru.roadmapbot.schedule;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** How often an activity repeats within its parts; RRULE-ready (FREQ, INTERVAL, BYDAY). */
public record Recurrence(Frequency frequency, int interval, List<DayOfWeek> byDay) {

    public Recurrence {
        Objects.requireNonNull(frequency, "frequency");
        if (interval < 1) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        byDay = byDay == null ? List.of() : List.copyOf(byDay);
    }

    public static Recurrence of(Frequency frequency, int interval) {
        return new Recurrence(frequency, interval, List.of());
    }

    public Recurrence withByDay(List<DayOfWeek> days) {
        return new Recurrence(frequency, interval, days);
    }

    /** Approximate period in days, to tell which of two rules fires more often. */
    public int approximatePeriodDays() {
        return frequency.approximateDays() * interval;
    }

    /** The two-letter RFC 5545 weekday codes (MO..SU). */
    public List<String> byDayCodes() {
        return byDay.stream().map(Recurrence::code).collect(Collectors.toList());
    }

    /** The RRULE value without UNTIL, e.g. {@code FREQ=WEEKLY;INTERVAL=1;BYDAY=WE}. */
    public String toRrule() {
        StringBuilder rule = new StringBuilder("FREQ=").append(frequency).append(";INTERVAL=").append(interval);
        if (!byDay.isEmpty()) {
            rule.append(";BYDAY=").append(String.join(",", byDayCodes()));
        }
        return rule.toString();
    }

    static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }
}
