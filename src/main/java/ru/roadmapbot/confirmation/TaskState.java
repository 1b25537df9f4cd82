package ru.roadmapbot.confirmation;

/** The status of a task occurrence as its responsible person reported it and a curator reviewed it. */
public enum TaskState {
    IN_PROGRESS("⏳"), NEED_HELP("🆘"), DONE("✅"), APPROVED("✅"), RETURNED("↩️");

    private final String mark;

    TaskState(String mark) {
        this.mark = mark;
    }

    /** The emoji shown next to the task in lists and calendars. */
    public String mark() {
        return mark;
    }

    /** Done, whether or not a curator has approved it yet: no more reminders, no escalation. */
    public boolean finished() {
        return this == DONE || this == APPROVED;
    }

    public String messageKey() {
        return "status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
