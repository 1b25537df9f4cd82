package ru.roadmapbot.confirmation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/** Reads statuses for lists, reminders, calendars and digests. */
@Service
@Transactional(readOnly = true)
public class TaskStatuses {

    /** One occurrence of an activity for one person. */
    public record Key(Long activityId, LocalDate dueDate, Long participantId) {
    }

    private final TaskStatusRepository statuses;

    TaskStatuses(TaskStatusRepository statuses) {
        this.statuses = statuses;
    }

    public Optional<TaskStatus> of(Long activityId, LocalDate dueDate, Long participantId) {
        return statuses.findByActivityIdAndDueDateAndParticipantId(activityId, dueDate, participantId);
    }

    /** Every status a participant reported, by occurrence. */
    public Map<Key, TaskState> ofParticipant(Long participantId) {
        return index(statuses.findByParticipantId(participantId));
    }

    /** Every status these people reported, by occurrence and person. */
    public Map<Key, TaskState> ofParticipants(Collection<Long> participantIds) {
        return participantIds.isEmpty() ? Map.of() : index(statuses.findByParticipantIdIn(participantIds));
    }

    /** Every status reported for these activities, with who reported it and when it last changed (calendar feeds). */
    public List<TaskStatus> listOfActivities(Collection<Long> activityIds) {
        return activityIds.isEmpty() ? List.of() : statuses.findByActivityIdIn(activityIds);
    }

    private static Map<Key, TaskState> index(List<TaskStatus> list) {
        Map<Key, TaskState> map = new HashMap<>();
        for (TaskStatus status : list) {
            map.put(new Key(status.getActivityId(), status.getDueDate(), status.getParticipantId()), status.getState());
        }
        return map;
    }
}
