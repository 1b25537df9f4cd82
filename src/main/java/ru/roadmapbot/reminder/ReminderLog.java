package ru.roadmapbot.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which reminders of an activity went to whom and when, for the console's activity page. */
@Service
@Transactional(readOnly = true)
public class ReminderLog {

    /**
     * One reminder: for whom, for which occurrence, when it was (or is) due to go, and what became of it.
     *
     * @param kindKey  the message key of its kind ("reminder.kind.deadline")
     * @param stateKey the message key of its state ("reminder.state.queued": sent to the delivery queue)
     */
    public record Entry(Long participantId, LocalDate dueDate, Instant fireAt, String kindKey, String stateKey) {
    }

    private final ReminderRepository reminders;

    ReminderLog(ReminderRepository reminders) {
        this.reminders = reminders;
    }

    /** The reminders of an activity for these people, in the order of their moments, those still planned too. */
    public List<Entry> of(Long activityId, Collection<Long> participantIds) {
        if (participantIds.isEmpty()) {
            return List.of();
        }
        return reminders.findByActivityIdAndParticipantIdInOrderByFireAt(activityId, participantIds).stream()
                .map(r -> new Entry(r.getParticipantId(), r.getDueDate(), r.getFireAt(),
                        "reminder.kind." + r.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        "reminder.state." + r.getState().name().toLowerCase(Locale.ROOT)))
                .toList();
    }
}
