package ru.roadmapbot.reminder;

/** Where a planned reminder stands. */
enum ReminderState {
    /** Waiting for its moment. */
    PLANNED,
    /** Its message is in the delivery queue. */
    QUEUED,
    /** Not needed any more: the task is done, the person paused reminders or prefers a weekly digest. */
    SKIPPED,
    /** Its moment passed entirely while the app was down (the deadline is over); not sent. */
    DROPPED,
    /** The roadmap changed: the activity or this occurrence no longer exists. */
    CANCELLED
}
