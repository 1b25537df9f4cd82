package ru.roadmapbot.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.roadmapbot.confirmation.Confirmations;
import ru.roadmapbot.confirmation.TaskState;
import ru.roadmapbot.confirmation.TaskStatus;
import ru.roadmapbot.confirmation.TaskStatuses;
import ru.roadmapbot.messenger.OutgoingMessage;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.roadmap.Activity;
import ru.roadmapbot.roadmap.Roadmaps;

/**
 * What a press of a reminder's button does: records the status ("✅ Выполнено", "⏳ В работе", "🆘 Нужна помощь")
 * or plans a reminder for tomorrow morning ("🔁 Напомнить завтра"), and gives the reminder's new look to edit it
 * in place. Only the person the reminder was for may answer it.
 */
@Service
public class ReminderButtons {

    /**
     * The outcome of a press: the edited reminder, a short notice, and the status it recorded (both null for
     * "Напомнить завтра"), from which the conversation knows what to ask next.
     */
    public record Pressed(OutgoingMessage edited, String toastKey, TaskState state, Long statusId) {
    }

    private final ReminderRepository reminders;
    private final Roadmaps roadmaps;
    private final Participants participants;
    private final Confirmations confirmations;
    private final TaskStatuses statuses;
    private final ReminderComposer composer;
    private final Clock clock;

    ReminderButtons(ReminderRepository reminders, Roadmaps roadmaps, Participants participants,
                    Confirmations confirmations, TaskStatuses statuses, ReminderComposer composer, Clock clock) {
        this.reminders = reminders;
        this.roadmaps = roadmaps;
        this.participants = participants;
        this.confirmations = confirmations;
        this.statuses = statuses;
        this.composer = composer;
        this.clock = clock;
    }

    @Transactional
    public Optional<Pressed> press(Long reminderId, Long participantId, String code) {
        Optional<Reminder> found = reminders.findById(reminderId);
        if (found.isEmpty() || !found.get().getParticipantId().equals(participantId)) {
            return Optional.empty();
        }
        Reminder reminder = found.get();
        Activity activity = roadmaps.activity(reminder.getActivityId()).orElse(null);
        Participant participant = participants.byId(participantId).orElse(null);
        if (activity == null || participant == null || activity.isEvent()) {
            return Optional.empty();
        }
        if ("l".equals(code)) {
            snooze(reminder, participant);
            TaskState state = statuses.of(activity.getId(), reminder.getDueDate(), participantId).map(TaskStatus::getState).orElse(null);
            return Optional.of(new Pressed(composer.compose(reminder, activity, participant.getLanguage(), state, false),
                    "reminder.toast.later", null, null));
        }
        StatusButtons.Answer answer = StatusButtons.Answer.ofCode(code);
        if (answer == null) {
            return Optional.empty();
        }
        TaskState state = answer.state();
        TaskStatus status = confirmations.report(activity.getId(), reminder.getDueDate(), participantId, state);
        return Optional.of(new Pressed(composer.compose(reminder, activity, participant.getLanguage(), status.getState(), false),
                "reminder.toast.recorded", status.getState(), status.getId()));
    }

    /** "Напомнить завтра": one more reminder at the first morning moment tomorrow, outside quiet hours. */
    private void snooze(Reminder reminder, Participant participant) {
        ZoneId zone = participants.zoneOf(participant);
        LocalDate tomorrow = LocalDate.now(clock.withZone(zone)).plusDays(1);
        ReminderPreferences preferences = new ReminderPreferences(zone, participants.quietStartOf(participant),
                participants.quietEndOf(participant), List.of());
        String code = PlannedReminder.code(ReminderKind.SNOOZE, tomorrow.getDayOfYear());
        boolean planned = reminders.findByParticipantIdAndActivityIdAndDueDate(participant.getId(), reminder.getActivityId(),
                reminder.getDueDate()).stream().anyMatch(r -> r.getCode().equals(code));
        if (!planned) {
            reminders.save(new Reminder(participant.getId(), reminder.getActivityId(), reminder.getDueDate(), code,
                    ReminderPolicy.outsideQuietHours(tomorrow.atTime(ReminderPolicy.MORNING), preferences).atZone(zone).toInstant(),
                    clock.instant()));
        }
    }
}
