package ru.roadmapbot.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A schedule cell as written and as understood.
 *
 * @param text         the cell exactly as in the roadmap
 * @param parts        dated pieces; empty when unscheduled or not understood
 * @param recurrence   how it repeats within its parts, or null
 * @param unscheduled  the cell names no date, only an external plan or a condition
 * @param externalPlan the plan or condition it names ("по плану ДИРО"), or null
 * @param reviewReasons why a person should check the reading; empty when it is clear
 * @param times        times of day mentioned ("в 10.00"), kept but not used for dates
 * @param unplacedWords words of the cell the grammar did not place, as written (with {@link ReviewReason#UNPLACED_WORDS});
 *                      not stored, so empty in a schedule rebuilt from the database
 */
public record Schedule(String text, List<SchedulePart> parts, Recurrence recurrence, boolean unscheduled,
                       String externalPlan, List<ReviewReason> reviewReasons, List<LocalTime> times,
                       List<String> unplacedWords) {

    public Schedule {
        parts = List.copyOf(parts);
        reviewReasons = List.copyOf(reviewReasons);
        times = List.copyOf(times);
        unplacedWords = List.copyOf(unplacedWords);
    }

    public Schedule(String text, List<SchedulePart> parts, Recurrence recurrence, boolean unscheduled,
                    String externalPlan, List<ReviewReason> reviewReasons, List<LocalTime> times) {
        this(text, parts, recurrence, unscheduled, externalPlan, reviewReasons, times, List.of());
    }

    public boolean needsReview() {
        return !reviewReasons.isEmpty();
    }

    public ScheduleKind kind() {
        return ScheduleKind.of(this);
    }

    /** The earliest day any part begins (a deadline counts from its end), or null when there is none. */
    public LocalDate firstDay() {
        return parts.stream().map(SchedulePart::firstDay).min(LocalDate::compareTo).orElse(null);
    }

    /** The last day any part reaches, or null when there is none. */
    public LocalDate lastDay() {
        return parts.stream().map(SchedulePart::end).max(LocalDate::compareTo).orElse(null);
    }
}
