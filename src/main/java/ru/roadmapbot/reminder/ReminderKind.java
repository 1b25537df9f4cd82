package ru.roadmapbot.reminder;

/** Why a reminder is sent; stored with its lead days ("DEADLINE-7") so each moment is planned once. */
enum ReminderKind {
    /** Days before a deadline (7, 1) or on the due day (0), at 09:00. */
    DEADLINE,
    /** The first day of a period. */
    PERIOD_START,
    /** Three days before a period ends. */
    PERIOD_ENDING,
    /** A monthly check-in on long-running work ("в течение года"). */
    CHECK_IN,
    /** The evening before an event (webinar, seminar…), 18:00. */
    EVENT_EVE,
    /** An hour before an event whose time is known; else 09:00 on its day. */
    EVENT_DAY,
    /** "Напомнить завтра". */
    SNOOZE
}
