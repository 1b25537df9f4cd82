package ru.roadmapbot.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.roadmapbot.people.ActivityAudience;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.ParticipantStatus;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.roadmap.Activity;
import ru.roadmapbot.roadmap.Roadmaps;
import ru.roadmapbot.schedule.Occurrence;
import ru.roadmapbot.schedule.Occurrences;

/**
 * Plans reminders into the reminder table for the coming weeks: each registered person, each activity that
 * reaches them, each occurrence, each moment of the policy. Idempotent (a moment is stored once); moments that
 * re-imports or new settings moved are moved, and those of vanished occurrences are cancelled.
 */
@Service
public class ReminderPlanner {

    private final Roadmaps roadmaps;
    private final ActivityAudience audience;
    private final Participants participants;
    private final ReminderRepository reminders;
    private final ReminderProperties properties;
    private final Clock clock;

    ReminderPlanner(Roadmaps roadmaps, ActivityAudience audience, Participants participants,
                    ReminderRepository reminders, ReminderProperties properties, Clock clock) {
        this.roadmaps = roadmaps;
        this.audience = audience;
        this.participants = participants;
        this.reminders = reminders;
        this.properties = properties;
        this.clock = clock;
    }

    /** Plans from now to the horizon; returns how many reminders are new or planned again. */
    @Transactional
    public int plan() {
        Instant now = clock.instant();
        List<Activity> current = roadmaps.currentActivities();
        int created = 0;
        for (Participant participant : participants.all()) {
            if (participant.getChatId() == null || participant.getStatus() == ParticipantStatus.BLOCKED
                    || participant.getStatus() == ParticipantStatus.DEACTIVATED) {
                continue;
            }
            created += planFor(participant, current, now);
        }
        return created;
    }

    private int planFor(Participant participant, List<Activity> current, Instant now) {
        ZoneId zone = participants.zoneOf(participant);
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate until = LocalDate.ofInstant(now.plus(properties.horizon()), zone);
        Map<String, Reminder> existing = new HashMap<>();
        for (Reminder reminder : reminders.findByParticipantIdAndDueDateGreaterThanEqual(participant.getId(), today)) {
            existing.put(key(reminder.getActivityId(), reminder.getDueDate(), reminder.getCode()), reminder);
        }
        Set<String> wanted = new HashSet<>();
        int created = 0;
        for (Activity activity : current) {
            if (!audience.reaches(activity, participant)) {
                continue;
            }
            ReminderPreferences preferences = preferences(participant, zone, activity);
            for (Occurrence occurrence : Occurrences.expand(activity.schedule(), today, until.plusDays(7))) {
                if (occurrence.due().isBefore(today)) {
                    continue;
                }
                for (PlannedReminder moment : ReminderPolicy.plan(occurrence, activity.isEvent(),
                        activity.schedule().times(), preferences)) {
                    String key = key(activity.getId(), occurrence.due(), moment.code());
                    wanted.add(key);
                    Reminder known = existing.get(key);
                    boolean ahead = !moment.fireAt().isBefore(now) && !moment.fireAt().isAfter(now.plus(properties.horizon()));
                    if (known == null && ahead) {
                        reminders.save(new Reminder(participant.getId(), activity.getId(), occurrence.due(), moment.code(),
                                moment.fireAt(), now));
                        created++;
                    } else if (known != null && known.getState() == ReminderState.CANCELLED && ahead) {
                        // wanted again (lead days set back, an activity restored): the same row, planned anew
                        known.reschedule(moment.fireAt());
                        known.moveTo(ReminderState.PLANNED);
                        created++;
                    } else if (known != null && known.getState() == ReminderState.PLANNED && !known.getFireAt().equals(moment.fireAt())
                            && moment.fireAt().isAfter(now)) {
                        known.reschedule(moment.fireAt());
                    }
                }
            }
        }
        for (Map.Entry<String, Reminder> entry : existing.entrySet()) {
            Reminder reminder = entry.getValue();
            if (reminder.getState() == ReminderState.PLANNED && reminder.kind() != ReminderKind.SNOOZE
                    && !wanted.contains(entry.getKey())) {
                reminder.moveTo(ReminderState.CANCELLED);
            }
        }
        return created;
    }

    private ReminderPreferences preferences(Participant participant, ZoneId zone, Activity activity) {
        List<Integer> leadDays = participant.leadDaysOrNull();
        if (leadDays == null) {
            leadDays = properties.leadDaysOf(activity.getRoadmap().getCode());
        }
        if (leadDays == null) {
            leadDays = participants.leadDaysOf(participant);
        }
        return new ReminderPreferences(zone, participants.quietStartOf(participant), participants.quietEndOf(participant),
                leadDays);
    }

    private static String key(Long activityId, LocalDate due, String code) {
        return activityId + "|" + due + "|" + code;
    }
}
