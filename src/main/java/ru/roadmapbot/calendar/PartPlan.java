package ru.roadmapbot.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import ru.roadmapbot.schedule.Frequency;
import ru.roadmapbot.schedule.Occurrence;
import ru.roadmapbot.schedule.Occurrences;
import ru.roadmapbot.schedule.Recurrence;
import ru.roadmapbot.schedule.Schedule;
import ru.roadmapbot.schedule.SchedulePart;

/**
 * How one schedule part becomes one VEVENT: its first day, how many days each instance lasts, the RRULE of a
 * repeating part, and every instance with the due date its status is kept under. The instances are exactly those of
 * {@link Occurrences}, which reminders and /tasks use, so a calendar never disagrees with the bot.
 *
 * @param days     all-day length of an instance (1 for a day or a deadline, the whole span of a period)
 * @param recurrence how the part repeats, or null for a part that happens once
 * @param rule     its RRULE without UNTIL, or null
 * @param exdates  instances the rule makes that are not instances of the part
 * @param time     the time of day of an event with one ("в 10.00"), or null for an all-day event
 */
record PartPlan(SchedulePart part, long days, Recurrence recurrence, String rule, List<LocalDate> exdates,
                LocalTime time, List<Instance> instances) {

    /** One instance: the day it starts and the due date its status is recorded under. */
    record Instance(LocalDate day, LocalDate due) {
    }

    static PartPlan of(SchedulePart part, Schedule schedule) {
        Recurrence recurrence = schedule.recurrence();
        if (recurrence != null && recurrence.frequency() != Frequency.YEARLY && !part.isDeadline()) {
            List<Instance> instances = repeated(part, recurrence, schedule.text());
            if (!instances.isEmpty()) {
                LocalTime time = onSingleDays(recurrence) ? firstTime(schedule) : null;
                LocalDate first = instances.get(0).day();
                return new PartPlan(part, 1, recurrence, rrule(recurrence, first), exdates(recurrence, part, first),
                        time, instances);
            }
            // a weekday that never falls inside the part ("15.02.2022-15.02.2022 (среда)"): show the part as written
        }
        LocalDate first = part.firstDay();
        long days = ChronoUnit.DAYS.between(first, part.end()) + 1;
        LocalTime time = part.isSingleDay() ? firstTime(schedule) : null;
        return new PartPlan(part, days, null, null, List.of(), time, List.of(new Instance(first, part.end())));
    }

    LocalDate firstDay() {
        return instances.get(0).day();
    }

    boolean repeats() {
        return rule != null;
    }

    boolean timed() {
        return time != null;
    }

    /** A deadline or a period: reminded before its last day, like the bot does. */
    boolean spansDays() {
        return days > 1;
    }

    private static List<Instance> repeated(SchedulePart part, Recurrence recurrence, String text) {
        Schedule single = new Schedule(text, List.of(part), recurrence, false, null, List.of(), List.of());
        List<Instance> instances = new ArrayList<>();
        for (Occurrence occurrence : Occurrences.expand(single, part.start(), part.end())) {
            instances.add(new Instance(occurrence.start(), occurrence.due()));
        }
        return instances;
    }

    /** Rules whose instances are single days (not a week's or a month's work) can carry a time of day. */
    private static boolean onSingleDays(Recurrence recurrence) {
        return recurrence.frequency() == Frequency.DAILY || !recurrence.byDay().isEmpty() || recurrence.byMonthDay() > 0;
    }

    private static LocalTime firstTime(Schedule schedule) {
        return schedule.times().isEmpty() ? null : schedule.times().get(0);
    }

    /**
     * The RRULE (UNTIL is added by the writer, as a date or a UTC time). DTSTART is always the first instance and
     * always one the rule makes: RFC 5545 leaves a DTSTART off the rule undefined, and clients do differ (ical.js,
     * so Thunderbird, drops it; others show it as an extra instance).
     * <ul>
     * <li>weekdays ("14.02.2022-30.03.2022 (среда)"): DTSTART is the first Wednesday, 16.02, not Monday 14.02; BYDAY
     * with WKST=MO, since {@link Occurrences} counts the weeks of INTERVAL from Mondays;</li>
     * <li>"first Monday of the month" rules: BYDAY=1MO (a bare MO would be every Monday);</li>
     * <li>a day of each month ("ежемесячно до 5 числа"): BYMONTHDAY=5, the day things are due by;</li>
     * <li>a term's work ("1 раз в четверть"): yearly on the 1st of September, November, January and April;</li>
     * <li>a week's or a month's work ("еженедельно", "ежемесячно" over a year): a one-day marker on the first day of
     * each period, not a bar across the whole calendar. A month's work that starts mid-month has its first marker on
     * the start day and the later ones on the 1st: BYMONTHDAY=1 plus the start day, whose later repeats are
     * EXDATEs.</li>
     * </ul>
     */
    private static String rrule(Recurrence recurrence, LocalDate first) {
        if (recurrence.schoolTerms()) {
            // RFC 5545 has no school terms: every year, on the first day of the months they start in
            return "FREQ=YEARLY;INTERVAL=1;BYMONTH=1,4,9,11;BYMONTHDAY=1";
        }
        StringBuilder rule = new StringBuilder("FREQ=").append(recurrence.frequency())
                .append(";INTERVAL=").append(recurrence.interval());
        if (!recurrence.byDay().isEmpty()) {
            String ordinal = recurrence.frequency() == Frequency.MONTHLY ? "1" : "";
            List<String> days = new ArrayList<>();
            for (DayOfWeek day : recurrence.byDay()) {
                days.add(ordinal + day.name().substring(0, 2));
            }
            rule.append(";BYDAY=").append(String.join(",", days));
            if (recurrence.frequency() == Frequency.WEEKLY) {
                rule.append(";WKST=MO");
            }
        } else if (recurrence.byMonthDay() > 0) {
            rule.append(";BYMONTHDAY=").append(recurrence.byMonthDay());
        } else if (startsMidMonth(recurrence, first)) {
            rule.append(";BYMONTHDAY=1,").append(first.getDayOfMonth());
        }
        return rule.toString();
    }

    /** The start day's repeats in later months of a month's work that starts mid-month (see {@link #rrule}). */
    private static List<LocalDate> exdates(Recurrence recurrence, SchedulePart part, LocalDate first) {
        if (!startsMidMonth(recurrence, first)) {
            return List.of();
        }
        List<LocalDate> excluded = new ArrayList<>();
        for (YearMonth month = YearMonth.from(first).plusMonths(recurrence.interval());
             !month.atDay(1).isAfter(part.end()); month = month.plusMonths(recurrence.interval())) {
            if (month.isValidDay(first.getDayOfMonth()) && !month.atDay(first.getDayOfMonth()).isAfter(part.end())) {
                excluded.add(month.atDay(first.getDayOfMonth()));
            }
        }
        return excluded;
    }

    private static boolean startsMidMonth(Recurrence recurrence, LocalDate first) {
        return recurrence.frequency() == Frequency.MONTHLY && recurrence.byDay().isEmpty()
                && recurrence.byMonthDay() == 0 && !recurrence.schoolTerms() && first.getDayOfMonth() != 1;
    }
}
