package ru.roadmapbot.schedule;

/** A one-word summary of a schedule, for display and for choosing a reminder policy. */
public enum ScheduleKind {
    UNSCHEDULED, UNKNOWN, RECURRING, DEADLINE, DAY, PERIOD, MIXED;

    static ScheduleKind of(Schedule schedule) {
        if (schedule.unscheduled()) {
            return UNSCHEDULED;
        }
        if (schedule.parts().isEmpty()) {
            return UNKNOWN;
        }
        if (schedule.recurrence() != null) {
            return RECURRING;
        }
        int deadlines = 0;
        int days = 0;
        for (SchedulePart part : schedule.parts()) {
            deadlines += part.isDeadline() ? 1 : 0;
            days += part.isSingleDay() ? 1 : 0;
        }
        int all = schedule.parts().size();
        if (deadlines == all) {
            return DEADLINE;
        }
        if (days == all) {
            return DAY;
        }
        return deadlines == 0 && days == 0 ? PERIOD : MIXED;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
