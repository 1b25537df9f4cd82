package ru.roadmapbot.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Expands a schedule into dated occurrences within a window: each part once, or every step of its recurrence
 * (each Wednesday of "14.02.2022-30.03.2022 (среда)", each month of "ежемесячно" as a monthly check-in).
 */
public final class Occurrences {

    /** A guard against a window of decades expanding a daily rule into millions of days. */
    private static final int MAX_OCCURRENCES = 5000;

    private Occurrences() {
    }

    public static List<Occurrence> expand(Schedule schedule, LocalDate from, LocalDate to) {
        List<Occurrence> occurrences = new ArrayList<>();
        Recurrence rule = schedule.recurrence();
        for (SchedulePart part : schedule.parts()) {
            if (rule == null || rule.frequency() == Frequency.YEARLY || part.isDeadline()) {
                single(part, occurrences);
            } else {
                repeat(part.start(), part.end(), rule, from, to, occurrences);
            }
        }
        List<Occurrence> inWindow = new ArrayList<>();
        for (Occurrence occurrence : occurrences) {
            if (occurrence.overlaps(from, to)) {
                inWindow.add(occurrence);
            }
        }
        inWindow.sort(Comparator.comparing(Occurrence::due));
        return inWindow;
    }

    private static void single(SchedulePart part, List<Occurrence> out) {
        if (part.isDeadline()) {
            out.add(new Occurrence(null, part.end(), OccurrenceKind.DEADLINE));
        } else if (part.isSingleDay()) {
            out.add(new Occurrence(part.start(), part.end(), OccurrenceKind.DAY));
        } else {
            out.add(new Occurrence(part.start(), part.end(), OccurrenceKind.PERIOD));
        }
    }

    /** Daily, weekly and monthly rules only: {@link #expand} takes a yearly part as happening once. */
    private static void repeat(LocalDate start, LocalDate end, Recurrence rule, LocalDate from, LocalDate to,
                               List<Occurrence> out) {
        LocalDate last = end.isBefore(to) ? end : to;
        switch (rule.frequency()) {
            case DAILY -> days(start, last, from, rule.interval(), out);
            case WEEKLY -> {
                if (rule.byDay().isEmpty()) {
                    weeks(start, end, last, rule.interval(), out);
                } else {
                    weekdays(start, last, rule, out);
                }
            }
            case MONTHLY -> {
                if (rule.schoolTerms()) {
                    schoolTerms(start, end, last, out);
                } else if (rule.byMonthDay() > 0) {
                    dayOfMonths(start, last, rule, out);
                } else if (rule.byDay().isEmpty()) {
                    months(start, end, last, rule.interval(), out);
                } else {
                    firstWeekdayOfMonths(start, last, rule, out);
                }
            }
        }
    }

    private static void days(LocalDate start, LocalDate last, LocalDate from, int interval, List<Occurrence> out) {
        LocalDate day = start;
        if (from.isAfter(start)) {
            long steps = ChronoUnit.DAYS.between(start, from) / interval;
            day = start.plusDays(steps * interval);
        }
        for (; !day.isAfter(last) && out.size() < MAX_OCCURRENCES; day = day.plusDays(interval)) {
            out.add(new Occurrence(day, day, OccurrenceKind.DAY));
        }
    }

    private static void weeks(LocalDate start, LocalDate end, LocalDate last, int interval, List<Occurrence> out) {
        for (LocalDate week = start; !week.isAfter(last) && out.size() < MAX_OCCURRENCES; week = week.plusWeeks(interval)) {
            LocalDate weekEnd = week.plusDays(6);
            out.add(new Occurrence(week, weekEnd.isAfter(end) ? end : weekEnd, OccurrenceKind.PERIOD));
        }
    }

    /** Every listed weekday of every {@code interval}-th week, counted from the week the part starts in. */
    private static void weekdays(LocalDate start, LocalDate last, Recurrence rule, List<Occurrence> out) {
        LocalDate firstMonday = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (LocalDate monday = firstMonday; !monday.isAfter(last) && out.size() < MAX_OCCURRENCES;
             monday = monday.plusWeeks(rule.interval())) {
            for (DayOfWeek day : rule.byDay()) {
                LocalDate date = monday.plusDays(day.getValue() - 1L);
                if (!date.isBefore(start) && !date.isAfter(last)) {
                    out.add(new Occurrence(date, date, OccurrenceKind.DAY));
                }
            }
        }
    }

    private static void months(LocalDate start, LocalDate end, LocalDate last, int interval, List<Occurrence> out) {
        for (YearMonth month = YearMonth.from(start); !month.atDay(1).isAfter(last) && out.size() < MAX_OCCURRENCES;
             month = month.plusMonths(interval)) {
            LocalDate first = month.atDay(1).isBefore(start) ? start : month.atDay(1);
            LocalDate monthEnd = month.plusMonths(interval - 1L).atEndOfMonth();
            out.add(new Occurrence(first, monthEnd.isAfter(end) ? end : monthEnd, OccurrenceKind.PERIOD));
        }
    }

    /** "ежемесячно до 5 числа": due on that day of every {@code interval}-th month; months without the day have none. */
    private static void dayOfMonths(LocalDate start, LocalDate last, Recurrence rule, List<Occurrence> out) {
        for (YearMonth month = YearMonth.from(start); !month.atDay(1).isAfter(last) && out.size() < MAX_OCCURRENCES;
             month = month.plusMonths(rule.interval())) {
            if (month.isValidDay(rule.byMonthDay())) {
                LocalDate due = month.atDay(rule.byMonthDay());
                if (!due.isBefore(start) && !due.isAfter(last)) {
                    out.add(new Occurrence(due, due, OccurrenceKind.DEADLINE));
                }
            }
        }
    }

    /** A term's work: each school term that begins within the part, from its first day to its last. */
    private static void schoolTerms(LocalDate start, LocalDate end, LocalDate last, List<Occurrence> out) {
        for (YearMonth month = YearMonth.from(start); !month.atDay(1).isAfter(last) && out.size() < MAX_OCCURRENCES;
             month = month.plusMonths(1)) {
            int term = SchoolTerms.startingIn(month.getMonthValue());
            if (term > 0 && !month.atDay(1).isBefore(start)) {
                LocalDate termEnd = YearMonth.of(month.getYear(), SchoolTerms.endMonth(term)).atEndOfMonth();
                out.add(new Occurrence(month.atDay(1), termEnd.isAfter(end) ? end : termEnd, OccurrenceKind.PERIOD));
            }
        }
    }

    private static void firstWeekdayOfMonths(LocalDate start, LocalDate last, Recurrence rule, List<Occurrence> out) {
        for (YearMonth month = YearMonth.from(start); !month.atDay(1).isAfter(last) && out.size() < MAX_OCCURRENCES;
             month = month.plusMonths(rule.interval())) {
            for (DayOfWeek day : rule.byDay()) {
                LocalDate date = month.atDay(1).with(TemporalAdjusters.firstInMonth(day));
                if (!date.isBefore(start) && !date.isAfter(last)) {
                    out.add(new Occurrence(date, date, OccurrenceKind.DAY));
                }
            }
        }
    }
}
