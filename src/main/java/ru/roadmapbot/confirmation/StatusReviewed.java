package ru.roadmapbot.confirmation;

import java.time.LocalDate;

/** A curator approved a "done" or returned it for more work; the change id is the history entry's. */
public record StatusReviewed(Long changeId, Long statusId, Long activityId, LocalDate dueDate, Long participantId, Long curatorId,
                             boolean approved, String comment) {
}
