package ru.roadmapbot.confirmation;

import java.time.LocalDate;

/**
 * A person reported a status for a task occurrence (pressed a button, or wrote what help they need). The change id
 * is the history entry's: every change is its own news, also the second "done" after a return.
 */
public record StatusReported(Long changeId, Long statusId, Long activityId, LocalDate dueDate, Long participantId, TaskState state,
                             String comment) {
}
