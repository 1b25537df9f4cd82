package ru.roadmapbot.cli;

import java.time.LocalDate;
import java.util.List;

import ru.roadmapbot.schedule.Recurrence;
import ru.roadmapbot.schedule.ReviewReason;
import ru.roadmapbot.schedule.Schedule;
import ru.roadmapbot.schedule.SchedulePart;

/**
 * A schedule in the JSON contract of {@code parse-dates} (see SCHEDULE_GOLD_FORMAT.md): {@code text}, {@code parts},
 * {@code recurrence} (with {@code rrule}), {@code unscheduled}, {@code needs_review}, then {@code reason}, {@code note},
 * {@code kind} and {@code times} when there are any. Written by hand rather than by Jackson: parse-dates writes
 * hundreds of thousands of lines, and starting Jackson's object mapper alone took longer than reading them all.
 */
final class ScheduleJson {

    private ScheduleJson() {
    }

    static String of(Schedule schedule) {
        StringBuilder json = new StringBuilder(160);
        write(schedule, json);
        return json.toString();
    }

    static void write(Schedule schedule, StringBuilder json) {
        json.append("{\"text\":");
        JsonText.string(schedule.text(), json);
        json.append(",\"parts\":[");
        List<SchedulePart> parts = schedule.parts();
        for (int i = 0; i < parts.size(); i++) {
            json.append(i == 0 ? "{\"start\":" : ",{\"start\":");
            date(parts.get(i).start(), json);
            json.append(",\"end\":");
            date(parts.get(i).end(), json);
            json.append('}');
        }
        json.append("],\"recurrence\":");
        recurrence(schedule.recurrence(), json);
        json.append(",\"unscheduled\":").append(schedule.unscheduled());
        json.append(",\"needs_review\":").append(schedule.needsReview());
        if (schedule.needsReview()) {
            json.append(",\"reason\":\"");
            List<ReviewReason> reasons = schedule.reviewReasons();
            for (int i = 0; i < reasons.size(); i++) {
                json.append(i == 0 ? "" : ",").append(reasons.get(i).code());
            }
            if (!schedule.unplacedWords().isEmpty()) {
                // the words themselves, so whoever reads the line sees what the grammar did not know
                json.append(": ");
                JsonText.escaped(String.join(" ", schedule.unplacedWords()), json);
            }
            json.append('"');
        }
        if (schedule.externalPlan() != null) {
            json.append(",\"note\":");
            JsonText.string(schedule.externalPlan(), json);
        }
        json.append(",\"kind\":\"").append(schedule.kind().code()).append('"');
        if (!schedule.times().isEmpty()) {
            json.append(",\"times\":[");
            for (int i = 0; i < schedule.times().size(); i++) {
                json.append(i == 0 ? "\"" : ",\"").append(schedule.times().get(i)).append('"');
            }
            json.append(']');
        }
        json.append('}');
    }

    private static void recurrence(Recurrence recurrence, StringBuilder json) {
        if (recurrence == null) {
            json.append("null");
            return;
        }
        json.append("{\"freq\":\"").append(recurrence.frequency().name())
                .append("\",\"interval\":").append(recurrence.interval());
        List<String> days = recurrence.byDayCodes();
        if (!days.isEmpty()) {
            json.append(",\"byday\":[");
            for (int i = 0; i < days.size(); i++) {
                json.append(i == 0 ? "\"" : ",\"").append(days.get(i)).append('"');
            }
            json.append(']');
        }
        json.append(",\"rrule\":\"").append(recurrence.toRrule()).append("\"}");
    }

    private static void date(LocalDate date, StringBuilder json) {
        if (date == null) {
            json.append("null");
        } else {
            json.append('"').append(date).append('"');
        }
    }
}
