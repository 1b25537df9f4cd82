package ru.roadmapbot.confirmation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import ru.roadmapbot.agenda.AgendaItem;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.people.Role;

/**
 * Escalates what is overdue and unconfirmed ({@link TaskLedger}): a director's task goes to the curators of the
 * school a day after its due day, and anyone's to the coordinators over them after three (both configurable). The
 * delay counts from the due day, or from registration for someone who joined when it was already overdue: they are
 * told of it in the greeting first. Each escalation happens once, and everything escalated to one person in one
 * run reaches them as one message.
 */
@Service
public class Escalations {

    private final Participants participants;
    private final TaskLedger ledger;
    private final EscalationRepository escalations;
    private final ConfirmationProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    Escalations(Participants participants, TaskLedger ledger, EscalationRepository escalations,
                ConfirmationProperties properties, ApplicationEventPublisher events, PlatformTransactionManager transactions,
                Clock clock) {
        this.participants = participants;
        this.ledger = ledger;
        this.escalations = escalations;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Escalates everything whose time has come; returns how many escalations were made. Each one is recorded in a
     * transaction of its own, so that another instance recording the same one first costs only that one.
     */
    public int escalate() {
        Instant now = clock.instant();
        Map<Long, List<TasksEscalated.Task>> byRecipient = new LinkedHashMap<>();
        int made = 0;
        for (Participant participant : participants.all()) {
            if ((participant.getRole() != Role.DIRECTOR && participant.getRole() != Role.CURATOR)
                    || !Participants.onTheProject(participant)) {
                continue;
            }
            ZoneId zone = participants.zoneOf(participant);
            LocalDate today = LocalDate.ofInstant(now, zone);
            List<Participant> curators = participant.getRole() != Role.DIRECTOR ? List.of()
                    : participants.curatorsOf(participant.getOrganization());
            List<Participant> coordinators = participants.coordinatorsOver(participant);
            for (AgendaItem item : ledger.overdue(participant, today)) {
                Instant overdueSince = item.due().plusDays(1).atStartOfDay(zone).toInstant();
                if (participant.getRegisteredAt() != null && participant.getRegisteredAt().isAfter(overdueSince)) {
                    overdueSince = participant.getRegisteredAt();
                }
                made += escalate(item, participant, EscalationLevel.CURATOR, curators,
                        overdueSince.plus(properties.curatorAfter()), now, byRecipient);
                made += escalate(item, participant, EscalationLevel.COORDINATOR, coordinators,
                        overdueSince.plus(properties.coordinatorAfter()), now, byRecipient);
            }
        }
        // published in a transaction, so the event publication registry keeps each list until its notice is queued
        byRecipient.forEach((recipient, tasks) -> ownTransaction.executeWithoutResult(
                status -> events.publishEvent(new TasksEscalated(recipient, tasks))));
        return made;
    }

    private int escalate(AgendaItem item, Participant participant, EscalationLevel level, List<Participant> recipients,
                         Instant due, Instant now, Map<Long, List<TasksEscalated.Task>> byRecipient) {
        if (recipients.isEmpty() || due.isAfter(now)) {
            return 0;
        }
        Long recorded = record(item, participant, level, now);
        if (recorded == null) {
            return 0;
        }
        TasksEscalated.Task task = new TasksEscalated.Task(recorded, item.activityId(), item.due(), participant.getId(), level);
        recipients.forEach(recipient -> byRecipient.computeIfAbsent(recipient.getId(), k -> new ArrayList<>()).add(task));
        return 1;
    }

    /** The new escalation's id, or null when it was made before (here or by another instance). */
    private Long record(AgendaItem item, Participant participant, EscalationLevel level, Instant now) {
        try {
            return ownTransaction.execute(status -> {
                if (escalations.existsByActivityIdAndDueDateAndParticipantIdAndLevel(item.activityId(), item.due(),
                        participant.getId(), level)) {
                    return null;
                }
                return escalations.saveAndFlush(new Escalation(item.activityId(), item.due(), participant.getId(), level,
                        now)).getId();
            });
        } catch (DataIntegrityViolationException anotherInstanceWasFirst) {
            return null;
        }
    }
}
