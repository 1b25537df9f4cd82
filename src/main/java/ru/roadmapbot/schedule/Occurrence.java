package ru.roadmapbot.schedule;

import java.time.LocalDate;

/**
 * One dated instance of a schedule: a deadline, a day, a period, or one step of a recurrence.
 *
 * @param start first day, or null for a deadline that has none
 * @param due   the day it is due: the deadline, the day itself, or the last day of the period
 */
public record Occurrence(LocalDate start, LocalDate due, OccurrenceKind kind) {

    /** The day the occurrence begins: its start, or for a deadline with none the day it is due. */
    public LocalDate firstDay() {
        return start == null ? due : start;
    }

    /** Whether the occurrence touches the days {@code from..to}. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !due.isBefore(from) && !firstDay().isAfter(to);
    }
}
