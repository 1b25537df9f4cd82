package ru.roadmapbot.schedule;

/** Recurrence frequencies, named as in RFC 5545 so they go straight into an RRULE. */
public enum Frequency {
    DAILY(1), WEEKLY(7), MONTHLY(30), YEARLY(365);

    private final int approximateDays;

    Frequency(int approximateDays) {
        this.approximateDays = approximateDays;
    }

    /** Rough length of one step, used only to compare how often two rules fire. */
    int approximateDays() {
        return approximateDays;
    }
}
