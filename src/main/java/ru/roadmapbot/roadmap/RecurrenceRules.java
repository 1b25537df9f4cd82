package ru.roadmapbot.roadmap;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

import ru.roadmapbot.schedule.Frequency;
import ru.roadmapbot.schedule.Recurrence;

/** Reads back the RRULE text an activity stores ("FREQ=WEEKLY;INTERVAL=1;BYDAY=WE"). */
final class RecurrenceRules {

    private RecurrenceRules() {
    }

    static Recurrence parse(String rule) {
        if (rule == null || rule.isBlank()) {
            return null;
        }
        Frequency frequency = null;
        int interval = 1;
        List<DayOfWeek> days = new ArrayList<>();
        for (String field : rule.split(";")) {
            String[] pair = field.split("=", 2);
            switch (pair[0]) {
                case "FREQ" -> frequency = Frequency.valueOf(pair[1]);
                case "INTERVAL" -> interval = Integer.parseInt(pair[1]);
                case "BYDAY" -> {
                    for (String code : pair[1].split(",")) {
                        days.add(dayOf(code));
                    }
                }
                default -> { }
            }
        }
        return frequency == null ? null : new Recurrence(frequency, interval, days);
    }

    private static DayOfWeek dayOf(String code) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(code)) {
                return day;
            }
        }
        throw new IllegalArgumentException("unknown weekday code " + code);
    }
}
