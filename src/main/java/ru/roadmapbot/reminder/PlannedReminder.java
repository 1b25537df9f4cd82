package ru.roadmapbot.reminder;

import java.time.Instant;

/** A moment to remind someone of one occurrence: its code ("DEADLINE-7") and the instant, outside quiet hours. */
record PlannedReminder(String code, Instant fireAt) {

    static String code(ReminderKind kind, int days) {
        return kind.name() + "-" + days;
    }

    ReminderKind kind() {
        return ReminderKind.valueOf(code.substring(0, code.lastIndexOf('-')));
    }
}
