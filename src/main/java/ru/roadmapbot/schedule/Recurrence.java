package ru.roadmapbot.schedule;

import java.time.DayOfWeek;
import java.util.ArrayList;
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

    /**
     * Reads back what {@link #toRrule()} wrote, as an activity stores it; null for a blank rule. Fields toRrule never
     * writes are ignored.
     */
    public static Recurrence parse(String rrule) {
        if (rrule == null || rrule.isBlank()) {
            return null;
        }
        Frequency frequency = null;
        int interval = 1;
        List<DayOfWeek> days = new ArrayList<>();
        for (String field : rrule.split(";")) {
            String[] pair = field.split("=", 2);
            switch (pair[0]) {
                case "FREQ" -> frequency = Frequency.valueOf(pair[1]);
                case "INTERVAL" -> interval = Integer.parseInt(pair[1]);
                case "BYDAY" -> {
                    for (String code : pair[1].split(",")) {
                        days.add(day(code));
                    }
                }
                default -> { }
            }
        }
        return frequency == null ? null : new Recurrence(frequency, interval, days);
    }

    static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    private static DayOfWeek day(String code) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (code(day).equals(code)) {
                return day;
            }
        }
        throw new IllegalArgumentException("unknown weekday code " + code);
    }
}
