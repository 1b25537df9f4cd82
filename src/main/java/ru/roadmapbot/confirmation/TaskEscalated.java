package ru.roadmapbot.confirmation;

import java.time.LocalDate;
import java.util.List;

/** An overdue task nobody confirmed was escalated; {@code recipientIds} are the people to tell. */
public record TaskEscalated(Long activityId, LocalDate dueDate, Long participantId, EscalationLevel level,
                            List<Long> recipientIds) {
}
