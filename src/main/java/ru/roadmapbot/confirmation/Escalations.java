package ru.roadmapbot.confirmation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import ru.roadmapbot.agenda.Agenda;
import ru.roadmapbot.agenda.AgendaItem;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;
import ru.roadmapbot.people.Role;

/**
 * Escalates what is overdue and unconfirmed: a director's task goes to the curators of the school a day after
 * its due day, and anyone's to the municipal coordinators after three (both configurable). Each escalation
 * happens once. Events are attended, not confirmed, so they never escalate.
 */
@Service
public class Escalations {

    private final Participants participants;
    private final Agenda agenda;
    private final TaskStatuses statuses;
    private final EscalationRepository escalations;
    private final ConfirmationProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    Escalations(Participants participants, Agenda agenda, TaskStatuses statuses, EscalationRepository escalations,
                ConfirmationProperties properties, ApplicationEventPublisher events, PlatformTransactionManager transactions,
                Clock clock) {
        this.participants = participants;
        this.agenda = agenda;
        this.statuses = statuses;
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
        List<Long> coordinators = participants.withRole(Role.MUNICIPAL_COORDINATOR).stream().map(Participant::getId).toList();
        int made = 0;
        for (Participant participant : participants.all()) {
            if (participant.getRole() != Role.DIRECTOR && participant.getRole() != Role.CURATOR) {
                continue;
            }
            ZoneId zone = participants.zoneOf(participant);
            LocalDate today = LocalDate.ofInstant(now, zone);
            List<Long> curators = participant.getRole() != Role.DIRECTOR ? List.of()
                    : participants.curatorsOf(participant.getOrganization()).stream().map(Participant::getId).toList();
            for (AgendaItem item : statuses.unfinished(participant, agenda.pastDue(participant, today))) {
                Instant overdueSince = item.due().plusDays(1).atStartOfDay(zone).toInstant();
                if (!curators.isEmpty() && !overdueSince.plus(properties.curatorAfter()).isAfter(now)) {
                    made += record(item, participant, EscalationLevel.CURATOR, curators, now);
                }
                if (!coordinators.isEmpty() && !overdueSince.plus(properties.coordinatorAfter()).isAfter(now)) {
                    made += record(item, participant, EscalationLevel.COORDINATOR, coordinators, now);
                }
            }
        }
        return made;
    }

    private int record(AgendaItem item, Participant participant, EscalationLevel level, List<Long> recipients, Instant now) {
        try {
            return Boolean.TRUE.equals(ownTransaction.execute(status -> {
                if (escalations.existsByActivityIdAndDueDateAndParticipantIdAndLevel(item.activityId(), item.due(),
                        participant.getId(), level)) {
                    return false;
                }
                escalations.saveAndFlush(new Escalation(item.activityId(), item.due(), participant.getId(), level, now));
                // heard after this small transaction commits
                events.publishEvent(new TaskEscalated(item.activityId(), item.due(), participant.getId(), level, recipients));
                return true;
            })) ? 1 : 0;
        } catch (DataIntegrityViolationException anotherInstanceWasFirst) {
            return 0;
        }
    }
}
