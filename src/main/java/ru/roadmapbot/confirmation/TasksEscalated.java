package ru.roadmapbot.confirmation;

import java.time.LocalDate;
import java.util.List;

/**
 * Overdue tasks nobody confirmed were escalated to one person in one run: they hear of them in one message.
 *
 * @param recipientId the curator or coordinator to tell
 * @param tasks       what was escalated to them, in the order found
 */
public record TasksEscalated(Long recipientId, List<Task> tasks) {

    /** One escalated occurrence: whose task it is, and at which level it reached the recipient. */
    public record Task(Long escalationId, Long activityId, LocalDate dueDate, Long participantId, EscalationLevel level) {
    }

    public TasksEscalated {
        tasks = List.copyOf(tasks);
    }
}
