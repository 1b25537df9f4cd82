package ru.roadmapbot.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import ru.roadmapbot.schedule.Recurrence;
import ru.roadmapbot.schedule.ReviewReason;
import ru.roadmapbot.schedule.Schedule;

/** A schedule in the JSON contract of {@code parse-dates} (see SCHEDULE_GOLD_FORMAT.md). */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ScheduleJson(String text, List<Part> parts, @JsonInclude(JsonInclude.Include.ALWAYS) RecurrenceJson recurrence,
                    boolean unscheduled, @JsonProperty("needs_review") boolean needsReview, String reason,
                    String note, String kind, List<String> times) {

    record Part(@JsonInclude(JsonInclude.Include.ALWAYS) LocalDate start, LocalDate end) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record RecurrenceJson(String freq, int interval, List<String> byday, String rrule) {
    }

    static ScheduleJson of(Schedule schedule) {
        List<Part> parts = schedule.parts().stream().map(p -> new Part(p.start(), p.end())).toList();
        Recurrence r = schedule.recurrence();
        RecurrenceJson recurrence = r == null ? null
                : new RecurrenceJson(r.frequency().name(), r.interval(), r.byDayCodes(), r.toRrule());
        String reason = schedule.needsReview()
                ? String.join(",", schedule.reviewReasons().stream().map(ReviewReason::code).toList()) : null;
        List<String> times = schedule.times().isEmpty() ? null
                : schedule.times().stream().map(LocalTime::toString).toList();
        return new ScheduleJson(schedule.text(), parts, recurrence, schedule.unscheduled(), schedule.needsReview(),
                reason, schedule.externalPlan(), schedule.kind().code(), times);
    }
}
