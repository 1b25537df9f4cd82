package ru.roadmapbot.confirmation;

import java.time.LocalDate;

/** A person reported a status for a task occurrence (pressed a button, or wrote what help they need). */
public record StatusReported(Long statusId, Long activityId, LocalDate dueDate, Long participantId, TaskState state,
                             String comment) {
}
