package ru.roadmapbot.confirmation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.roadmapbot.agenda.Agenda;
import ru.roadmapbot.agenda.AgendaItem;
import ru.roadmapbot.people.Organization;
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

    Escalations(Participants participants, Agenda agenda, TaskStatuses statuses, EscalationRepository escalations,
                ConfirmationProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.participants = participants;
        this.agenda = agenda;
        this.statuses = statuses;
        this.escalations = escalations;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** Escalates everything whose time has come; returns how many escalations were made. */
    @Transactional
    public int escalate() {
        Instant now = clock.instant();
        List<Participant> everyone = participants.all();
        List<Long> coordinators = everyone.stream().filter(p -> p.getRole() == Role.MUNICIPAL_COORDINATOR)
                .map(Participant::getId).toList();
        int made = 0;
        for (Participant participant : everyone) {
            if (participant.getRole() != Role.DIRECTOR && participant.getRole() != Role.CURATOR) {
                continue;
            }
            ZoneId zone = participants.zoneOf(participant);
            LocalDate today = LocalDate.ofInstant(now, zone);
            List<Long> curators = curatorsOf(participant, everyone);
            for (AgendaItem item : agenda.pastDue(participant, today)) {
                if (!item.ownTask() || item.event() || finished(item, participant)) {
                    continue;
                }
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

    private boolean finished(AgendaItem item, Participant participant) {
        return statuses.of(item.activityId(), item.due(), participant.getId())
                .map(status -> status.getState().finished()).orElse(false);
    }

    private int record(AgendaItem item, Participant participant, EscalationLevel level, List<Long> recipients, Instant now) {
        if (escalations.existsByActivityIdAndDueDateAndParticipantIdAndLevel(item.activityId(), item.due(),
                participant.getId(), level)) {
            return 0;
        }
        try {
            escalations.saveAndFlush(new Escalation(item.activityId(), item.due(), participant.getId(), level, now));
        } catch (DataIntegrityViolationException anotherInstanceWasFirst) {
            return 0;
        }
        events.publishEvent(new TaskEscalated(item.activityId(), item.due(), participant.getId(), level, recipients));
        return 1;
    }

    /** The curators who accompany a director's school. */
    private static List<Long> curatorsOf(Participant participant, List<Participant> everyone) {
        List<Long> curators = new ArrayList<>();
        Organization school = participant.getOrganization();
        if (participant.getRole() != Role.DIRECTOR || school == null) {
            return curators;
        }
        for (Participant other : everyone) {
            if (other.getRole() == Role.CURATOR && other.getCuratedSchools().contains(school)) {
                curators.add(other.getId());
            }
        }
        return curators;
    }
}
