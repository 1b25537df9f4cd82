package ru.roadmapbot.schedule;

import java.time.LocalDate;
import java.util.Objects;

/** One dated piece of a schedule: a day, a period, or a deadline (no start). */
public record SchedulePart(LocalDate start, LocalDate end) {

    public SchedulePart {
        Objects.requireNonNull(end, "a schedule part always has an end");
        if (start != null && start.isAfter(end)) {
            throw new IllegalArgumentException("start " + start + " is after end " + end);
        }
    }

    public static SchedulePart day(LocalDate day) {
        return new SchedulePart(day, day);
    }

    public static SchedulePart deadline(LocalDate end) {
        return new SchedulePart(null, end);
    }

    /** The day the part begins: its start, or for a deadline with none its end. */
    public LocalDate firstDay() {
        return start == null ? end : start;
    }

    public boolean isDeadline() {
        return start == null;
    }

    public boolean isSingleDay() {
        return end.equals(start);
    }
}
