package ru.roadmapbot.schedule;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How often an activity repeats within its parts; RRULE-ready (FREQ, INTERVAL, BYDAY, BYMONTHDAY).
 *
 * @param byMonthDay  the day of each period something is due by ("ежемесячно до 5 числа"), or 0 for none
 * @param schoolTerms a term's work ("1 раз в четверть"): once in each school term, which starts in September,
 *                    November, January and April, rather than every third calendar month
 */
public record Recurrence(Frequency frequency, int interval, List<DayOfWeek> byDay, int byMonthDay,
                         boolean schoolTerms) {

    public Recurrence {
        Objects.requireNonNull(frequency, "frequency");
        if (interval < 1) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        if (byMonthDay < 0 || byMonthDay > 31) {
            throw new IllegalArgumentException("day of month out of range: " + byMonthDay);
        }
        byDay = byDay == null ? List.of() : List.copyOf(byDay);
    }

    public Recurrence(Frequency frequency, int interval, List<DayOfWeek> byDay) {
        this(frequency, interval, byDay, 0, false);
    }

    public static Recurrence of(Frequency frequency, int interval) {
        return new Recurrence(frequency, interval, List.of());
    }

    /** Once a school term: every three months or so, as people count it, but on the terms' own months. */
    public static Recurrence everySchoolTerm() {
        return new Recurrence(Frequency.MONTHLY, 3, List.of(), 0, true);
    }

    public Recurrence withByDay(List<DayOfWeek> days) {
        return new Recurrence(frequency, interval, days, byMonthDay, schoolTerms);
    }

    public Recurrence withByMonthDay(int day) {
        return new Recurrence(frequency, interval, byDay, day, schoolTerms);
    }

    /** Approximate period in days, to tell which of two rules fires more often. */
    public int approximatePeriodDays() {
        return frequency.approximateDays() * interval;
    }

    /** The two-letter RFC 5545 weekday codes (MO..SU). */
    public List<String> byDayCodes() {
        List<String> codes = new ArrayList<>(byDay.size());
        for (DayOfWeek day : byDay) {
            codes.add(code(day));
        }
        return codes;
    }

    /**
     * The rule as stored, e.g. {@code FREQ=WEEKLY;INTERVAL=1;BYDAY=WE} or {@code FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=5},
     * without UNTIL. A school-term rule is written {@code FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,9,11}, which only
     * {@link #parse} understands so: calendars get the equivalent RFC 5545 rule from the calendar module.
     */
    public String toRrule() {
        StringBuilder rule = new StringBuilder("FREQ=").append(frequency).append(";INTERVAL=").append(interval);
        if (!byDay.isEmpty()) {
            rule.append(";BYDAY=").append(String.join(",", byDayCodes()));
        }
        if (byMonthDay > 0) {
            rule.append(";BYMONTHDAY=").append(byMonthDay);
        }
        if (schoolTerms) {
            rule.append(";BYMONTH=1,4,9,11");
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
        int monthDay = 0;
        boolean terms = false;
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
                case "BYMONTHDAY" -> monthDay = Integer.parseInt(pair[1]);
                case "BYMONTH" -> terms = true;
                default -> { }
            }
        }
        return frequency == null ? null : new Recurrence(frequency, interval, days, monthDay, terms);
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
