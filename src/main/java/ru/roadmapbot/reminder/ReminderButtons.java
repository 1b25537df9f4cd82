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
import ru.roadmapbot.roadmap.ActivityRepository;

/**
 * What a press of a reminder's button does: records the status ("✅ Выполнено", "⏳ В работе", "🆘 Нужна помощь")
 * or plans a reminder for tomorrow morning ("🔁 Напомнить завтра"), and gives the reminder's new look to edit it
 * in place. Only the person the reminder was for may answer it.
 */
@Service
public class ReminderButtons {

    /** What the transport should ask next. */
    public enum FollowUp { NONE, HELP_COMMENT, DONE_NOTE }

    /** The outcome of a press: the edited reminder, a short notice, and what to ask next. */
    public record Pressed(OutgoingMessage edited, String toastKey, FollowUp followUp, Long statusId) {
    }

    private final ReminderRepository reminders;
    private final ActivityRepository activities;
    private final Participants participants;
    private final Confirmations confirmations;
    private final TaskStatuses statuses;
    private final ReminderComposer composer;
    private final Clock clock;

    ReminderButtons(ReminderRepository reminders, ActivityRepository activities, Participants participants,
                    Confirmations confirmations, TaskStatuses statuses, ReminderComposer composer, Clock clock) {
        this.reminders = reminders;
        this.activities = activities;
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
        Activity activity = activities.findById(reminder.getActivityId()).orElse(null);
        Participant participant = participants.byId(participantId).orElse(null);
        if (activity == null || participant == null || activity.isEvent()) {
            return Optional.empty();
        }
        if ("l".equals(code)) {
            snooze(reminder, participant);
            TaskState state = statuses.of(activity.getId(), reminder.getDueDate(), participantId).map(TaskStatus::getState).orElse(null);
            return Optional.of(new Pressed(composer.compose(reminder, activity, participant.getLanguage(), state, false),
                    "reminder.toast.later", FollowUp.NONE, null));
        }
        TaskState state = switch (code) {
            case "d" -> TaskState.DONE;
            case "w" -> TaskState.IN_PROGRESS;
            case "h" -> TaskState.NEED_HELP;
            default -> null;
        };
        if (state == null) {
            return Optional.empty();
        }
        TaskStatus status = confirmations.report(activity.getId(), reminder.getDueDate(), participantId, state);
        FollowUp followUp = switch (state) {
            case DONE -> FollowUp.DONE_NOTE;
            case NEED_HELP -> FollowUp.HELP_COMMENT;
            default -> FollowUp.NONE;
        };
        return Optional.of(new Pressed(composer.compose(reminder, activity, participant.getLanguage(), status.getState(), false),
                "reminder.toast.recorded", followUp, status.getId()));
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
