package ru.roadmapbot.calendar;

import java.time.Instant;

import ru.roadmapbot.confirmation.TaskState;

/** The status shown for one occurrence of an activity in a feed, and when it last changed. */
record OccurrenceStatus(TaskState state, Instant changedAt) {

    boolean finished() {
        return state.finished();
    }
}
