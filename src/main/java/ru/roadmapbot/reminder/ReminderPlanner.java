package ru.roadmapbot.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import ru.roadmapbot.people.ActivityAudience;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.roadmap.Activity;
import ru.roadmapbot.roadmap.Roadmaps;
import ru.roadmapbot.schedule.Occurrence;
import ru.roadmapbot.schedule.Occurrences;

/**
 * Plans reminders into the reminder table for the coming weeks: each registered person, each activity that
 * reaches them, each occurrence, each moment of the policy. Idempotent (a moment is stored once); moments that
 * re-imports or new settings moved are moved, and those of vanished occurrences are cancelled.
 * <p>
 * People are planned in batches, each in a short transaction of its own, so a region's thousands of people never
 * hold one long transaction; a change re-plans only what it touches: one person's settings that person, a
 * re-imported roadmap its activities.
 */
@Service
public class ReminderPlanner {

    static final int BATCH = 200;

    private final Roadmaps roadmaps;
    private final ActivityAudience audience;
    private final Participants participants;
    private final JdbcTemplate jdbc;
    private final ReminderProperties properties;
    private final Clock clock;
    private final TransactionTemplate batchTransaction;
    private final Counter planned;

    ReminderPlanner(Roadmaps roadmaps, ActivityAudience audience, Participants participants, JdbcTemplate jdbc,
                    ReminderProperties properties, PlatformTransactionManager transactions, MeterRegistry meters,
                    Clock clock) {
        this.roadmaps = roadmaps;
        this.audience = audience;
        this.participants = participants;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.batchTransaction = new TransactionTemplate(transactions);
        // its own transaction even when called from a listener's: each batch commits on its own
        this.batchTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.planned = Counter.builder("roadmapbot.reminders.planned")
                .description("reminders planned, new or planned again").register(meters);
    }

    /** Plans everyone from now to the horizon; returns how many reminders are new or planned again. */
    public int plan() {
        return plan(participants.reachableIds(), roadmaps.currentActivities(), id -> true);
    }

    /** Plans one person (registered, or their settings changed). */
    public int planParticipant(Long participantId) {
        return plan(List.of(participantId), roadmaps.currentActivities(), id -> true);
    }

    /** Plans everyone for one roadmap's activities (it was imported or re-imported); other roadmaps stay as they are. */
    public int planRoadmap(Long roadmapId) {
        Set<Long> ofRoadmap = new HashSet<>();
        roadmaps.activitiesOf(roadmapId).forEach(activity -> ofRoadmap.add(activity.getId()));
        List<Activity> current = roadmaps.currentActivitiesOf(roadmapId);
        return plan(participants.reachableIds(), current, ofRoadmap::contains);
    }

    /**
     * @param inScope which activities' reminders this run owns: those it does not plan and that are in scope are
     *                cancelled, the others are left alone
     */
    private int plan(List<Long> people, List<Activity> activities, LongPredicate inScope) {
        Instant now = clock.instant();
        int created = 0;
        for (int from = 0; from < people.size(); from += BATCH) {
            List<Long> batch = people.subList(from, Math.min(people.size(), from + BATCH));
            created += planBatch(batch, activities, inScope, now);
        }
        planned.increment(created);
        return created;
    }

    private int planBatch(List<Long> batch, List<Activity> activities, LongPredicate inScope, Instant now) {
        try {
            return inTransaction(batch, activities, inScope, now);
        } catch (DataIntegrityViolationException anotherPlannerWasFirst) {
            // a registration's planning and the periodic one met on the same moment: once more sees its row
            return inTransaction(batch, activities, inScope, now);
        }
    }

    private int inTransaction(List<Long> batch, List<Activity> activities, LongPredicate inScope, Instant now) {
        Integer created = batchTransaction.execute(status -> {
            PlannedRows rows = new PlannedRows(jdbc);
            // the earliest "today" on Earth: each person's own today filters further
            Map<Long, List<PlannedRows.Row>> existing = rows.load(batch, LocalDate.ofInstant(now, ZoneOffset.MIN));
            int count = 0;
            for (Participant participant : participants.byIds(batch)) {
                if (participant.getRegisteredAt() != null) {
                    count += planFor(participant, activities, inScope,
                            existing.getOrDefault(participant.getId(), List.of()), rows, now);
                }
            }
            rows.flush();
            return count;
        });
        return created == null ? 0 : created;
    }

    private int planFor(Participant participant, List<Activity> activities, LongPredicate inScope,
                        List<PlannedRows.Row> stored, PlannedRows rows, Instant now) {
        ZoneId zone = participants.zoneOf(participant);
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate until = LocalDate.ofInstant(now.plus(properties.horizon()), zone);
        Instant horizon = now.plus(properties.horizon());
        Map<String, PlannedRows.Row> existing = new HashMap<>();
        for (PlannedRows.Row row : stored) {
            if (!row.due().isBefore(today)) {
                existing.put(row.key(), row);
            }
        }
        Set<String> wanted = new HashSet<>();
        int created = 0;
        for (Activity activity : activities) {
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
                    String key = PlannedRows.key(activity.getId(), occurrence.due(), moment.code());
                    wanted.add(key);
                    PlannedRows.Row known = existing.get(key);
                    boolean ahead = !moment.fireAt().isBefore(now) && !moment.fireAt().isAfter(horizon);
                    if (known == null && ahead) {
                        rows.insert(participant.getId(), activity.getId(), occurrence.due(), moment.code(), moment.fireAt(), now);
                        created++;
                    } else if (known != null && known.state() == ReminderState.CANCELLED && ahead) {
                        rows.replan(known.id(), moment.fireAt());
                        created++;
                    } else if (known != null && known.state() == ReminderState.PLANNED
                            && !known.fireAt().equals(moment.fireAt()) && moment.fireAt().isAfter(now)) {
                        rows.move(known.id(), moment.fireAt());
                    }
                }
            }
        }
        for (PlannedRows.Row row : existing.values()) {
            if (row.state() == ReminderState.PLANNED && inScope.test(row.activityId())
                    && !row.code().startsWith(ReminderKind.SNOOZE.name()) && !wanted.contains(row.key())) {
                rows.cancel(row.id());
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
}
