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
        if (schedule.parts().stream().allMatch(SchedulePart::isDeadline)) {
            return DEADLINE;
        }
        if (schedule.parts().stream().allMatch(SchedulePart::isSingleDay)) {
            return DAY;
        }
        if (schedule.parts().stream().noneMatch(p -> p.isDeadline() || p.isSingleDay())) {
            return PERIOD;
        }
        return MIXED;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
