package ru.roadmapbot.schedule;

import java.time.LocalDate;

/** Schedule parts written as ISO dates, for the expectations of the grammar tests. */
final class Parts {

    private Parts() {
    }

    /** A part from {@code start} (null for a deadline) to {@code end}. */
    static SchedulePart part(String start, String end) {
        return new SchedulePart(start == null ? null : LocalDate.parse(start), LocalDate.parse(end));
    }
}
