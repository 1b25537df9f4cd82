package ru.roadmapbot.calendar;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import ru.roadmapbot.confirmation.TaskState;

/**
 * One status for an occurrence several people report on. A school's or a roadmap's feed shows it done when anyone
 * responsible finished it; a curator's view of their schools only when every school did.
 */
final class StatusRollup {

    /** Most urgent first: what a coordinator should see when nothing is finished yet. */
    private static final List<TaskState> URGENCY =
            List.of(TaskState.NEED_HELP, TaskState.RETURNED, TaskState.IN_PROGRESS);

    private StatusRollup() {
    }

    /** Done when any of them is done (approved when any is approved); else the most urgent; null when none. */
    static OccurrenceStatus any(Collection<OccurrenceStatus> statuses) {
        if (statuses.isEmpty()) {
            return null;
        }
        Instant changed = latest(statuses);
        if (statuses.stream().anyMatch(s -> s.state() == TaskState.APPROVED)) {
            return new OccurrenceStatus(TaskState.APPROVED, changed);
        }
        if (statuses.stream().anyMatch(OccurrenceStatus::finished)) {
            return new OccurrenceStatus(TaskState.DONE, changed);
        }
        return new OccurrenceStatus(mostUrgent(statuses), changed);
    }

    /**
     * Done when all {@code expected} of them are done; else the most urgent of those not done, or null when the only
     * ones reported are done and others have said nothing.
     */
    static OccurrenceStatus all(Collection<OccurrenceStatus> statuses, int expected) {
        if (statuses.isEmpty()) {
            return null;
        }
        Instant changed = latest(statuses);
        if (statuses.size() >= expected && statuses.stream().allMatch(OccurrenceStatus::finished)) {
            boolean approved = statuses.stream().allMatch(s -> s.state() == TaskState.APPROVED);
            return new OccurrenceStatus(approved ? TaskState.APPROVED : TaskState.DONE, changed);
        }
        List<OccurrenceStatus> open = statuses.stream().filter(s -> !s.finished()).toList();
        return open.isEmpty() ? null : new OccurrenceStatus(mostUrgent(open), changed);
    }

    private static TaskState mostUrgent(Collection<OccurrenceStatus> statuses) {
        return statuses.stream().map(OccurrenceStatus::state).filter(URGENCY::contains)
                .min(Comparator.comparingInt(URGENCY::indexOf)).orElse(TaskState.IN_PROGRESS);
    }

    private static Instant latest(Collection<OccurrenceStatus> statuses) {
        return statuses.stream().map(OccurrenceStatus::changedAt).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }
}
