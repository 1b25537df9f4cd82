package ru.roadmapbot.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.roadmapbot.confirmation.TaskState;
import ru.roadmapbot.confirmation.TaskStatus;
import ru.roadmapbot.confirmation.TaskStatuses;
import ru.roadmapbot.messenger.OutgoingMessage;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.roadmap.Activity;
import ru.roadmapbot.roadmap.Roadmaps;
import ru.roadmapbot.messenger.Address;

/**
 * Turns reminders whose moment has come into queued messages. A reminder is skipped when it is no longer needed
 * (done, paused, weekly digest instead); one that comes late because the app was down is sent once with a note
 * that it is late, or dropped when its moment has passed entirely (the deadline is over, the event has begun).
 */
@Service
public class ReminderDispatcher {

    private static final int BATCH = 500;

    private final ReminderRepository reminders;
    private final Roadmaps roadmaps;
    private final Participants participants;
    private final TaskStatuses statuses;
    private final ReminderComposer composer;
    private final Outbox outbox;
    private final ReminderProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ReminderDispatcher(ReminderRepository reminders, Roadmaps roadmaps, Participants participants,
                       TaskStatuses statuses, ReminderComposer composer, Outbox outbox, ReminderProperties properties,
                       PlatformTransactionManager transactionManager, Clock clock) {
        this.reminders = reminders;
        this.roadmaps = roadmaps;
        this.participants = participants;
        this.statuses = statuses;
        this.composer = composer;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Queues every reminder that is due; returns how many were queued. Batches of a few hundred, each in its own
     * transaction, until none is left: a 09:00 peak of thousands goes out in one run, not a batch a minute.
     */
    public int dispatchDue() {
        Instant now = clock.instant();
        int queued = 0;
        while (true) {
            int[] batch = new int[2];
            transactions.executeWithoutResult(status -> {
                List<Reminder> due = reminders.findByStateAndFireAtLessThanEqualOrderByFireAt(ReminderState.PLANNED, now,
                        PageRequest.of(0, BATCH));
                batch[0] = due.size();
                for (Reminder reminder : due) {
                    ReminderState outcome = dispatch(reminder, now);
                    reminder.moveTo(outcome);
                    if (outcome == ReminderState.QUEUED) {
                        batch[1]++;
                    }
                }
            });
            queued += batch[1];
            if (batch[0] < BATCH) {
                return queued;
            }
        }
    }

    private ReminderState dispatch(Reminder reminder, Instant now) {
        Optional<Participant> found = participants.byId(reminder.getParticipantId());
        Optional<Activity> activity = roadmaps.activity(reminder.getActivityId());
        if (found.isEmpty() || activity.isEmpty() || activity.get().isWithdrawn()) {
            return ReminderState.CANCELLED;
        }
        Participant participant = found.get();
        if (!participant.canBeMessaged() || (participant.isWeeklyDigest() && reminder.kind() != ReminderKind.SNOOZE)) {
            return ReminderState.SKIPPED;
        }
        TaskState state = statuses.of(reminder.getActivityId(), reminder.getDueDate(), participant.getId())
                .map(TaskStatus::getState).orElse(null);
        if (!activity.get().isEvent() && state != null && state.finished()) {
            return ReminderState.SKIPPED;
        }
        boolean late = reminder.getFireAt().plus(properties.lateAfter()).isBefore(now);
        if (late && passedEntirely(reminder, activity.get(), participants.zoneOf(participant), now)) {
            return ReminderState.DROPPED;
        }
        Optional<Address> address = participants.addressOf(participant);
        if (address.isEmpty()) {
            return ReminderState.SKIPPED;
        }
        OutgoingMessage message = composer.compose(reminder, activity.get(), participant.getLanguage(), state, late);
        outbox.enqueue("reminder:" + reminder.getId(), participant.getId(), address.get(), message, now);
        return ReminderState.QUEUED;
    }

    /** A late deadline reminder after the deadline, or an event reminder once the event has begun, is pointless. */
    private static boolean passedEntirely(Reminder reminder, Activity activity, ZoneId zone, Instant now) {
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        LocalDate today = local.toLocalDate();
        if (reminder.kind() == ReminderKind.EVENT_EVE) {
            return !today.isBefore(reminder.getDueDate());
        }
        if (reminder.kind() == ReminderKind.EVENT_DAY && !activity.schedule().times().isEmpty()) {
            return local.isAfter(reminder.getDueDate().atTime(activity.schedule().times().get(0)));
        }
        return today.isAfter(reminder.getDueDate());
    }
}
