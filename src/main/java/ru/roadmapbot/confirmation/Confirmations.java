package ru.roadmapbot.confirmation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.roadmapbot.agenda.Agenda;
import ru.roadmapbot.people.Participant;
import ru.roadmapbot.people.Participants;

/**
 * Records what people report: a status per occurrence and person, comments, proof files, and the curator's
 * review. Every change is kept in the history and announced as an event, so reminders stop and the people who
 * should know are told.
 */
@Service
@EnableConfigurationProperties(ConfirmationProperties.class)
public class Confirmations {

    private final TaskStatusRepository statuses;
    private final StatusHistoryRepository history;
    private final ProofFileRepository proofs;
    private final Participants participants;
    private final Agenda agenda;
    private final ConfirmationProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Confirmations(TaskStatusRepository statuses, StatusHistoryRepository history, ProofFileRepository proofs,
                  Participants participants, Agenda agenda, ConfirmationProperties properties,
                  ApplicationEventPublisher events, Clock clock) {
        this.statuses = statuses;
        this.history = history;
        this.proofs = proofs;
        this.participants = participants;
        this.agenda = agenda;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** Sets the status a person reports for an occurrence; pressing the same button again changes nothing. */
    @Transactional
    public TaskStatus report(Long activityId, LocalDate dueDate, Long participantId, TaskState state) {
        participants.holdForChange(participantId); // "done" pressed in Telegram and MAX at once is one change
        TaskStatus status = statuses.findByActivityIdAndDueDateAndParticipantId(activityId, dueDate, participantId)
                .orElseGet(() -> new TaskStatus(activityId, dueDate, participantId));
        if (state == status.getState()) {
            return status;
        }
        Instant now = clock.instant();
        status.report(state, now);
        status = statuses.save(status);
        StatusHistory change = history.save(new StatusHistory(status.getId(), state, participantId, null, now));
        events.publishEvent(new StatusReported(change.getId(), status.getId(), activityId, dueDate, participantId, state, null));
        return status;
    }

    /**
     * A status set from a list rather than from a reminder: only on the person's own occurrence of a task (an event
     * is attended, not done), so someone who joined after the reminders went out can still answer for overdue work.
     * Empty when the occurrence is not theirs.
     */
    @Transactional
    public Optional<TaskStatus> reportOwn(Participant participant, Long activityId, LocalDate dueDate, TaskState state) {
        return agenda.ownOccurrence(participant, activityId, dueDate).filter(item -> !item.event())
                .map(item -> report(activityId, dueDate, participant.getId(), state));
    }

    /** A comment after "Нужна помощь" or "Выполнено"; announced so the curator sees what help is needed. */
    @Transactional
    public TaskStatus comment(Long statusId, Long participantId, String text) {
        TaskStatus status = statuses.findById(statusId).orElseThrow();
        Instant now = clock.instant();
        status.comment(text, now);
        StatusHistory change = history.save(new StatusHistory(statusId, status.getState(), participantId, text, now));
        events.publishEvent(new StatusReported(change.getId(), statusId, status.getActivityId(), status.getDueDate(),
                status.getParticipantId(), status.getState(), text));
        return status;
    }

    /** Keeps a proof file of a status, refusing files over the size limit. */
    @Transactional
    public ProofFile attachProof(Long statusId, String fileName, String contentType, byte[] content) {
        if (content.length > properties.maxProofSize().toBytes()) {
            throw new ProofTooLargeException(fileName, properties.maxProofSize());
        }
        statuses.findById(statusId).orElseThrow();
        ProofFile proof = proofs.save(new ProofFile(statusId, fileName, contentType, content, clock.instant()));
        events.publishEvent(new ProofAttached(statusId, proof.getId(), fileName));
        return proof;
    }

    /**
     * The decision on a "done": approved, or returned for more work. Only a coordinator or a curator of the
     * reporter's school may decide, and only on a status that is done (or was reviewed before); anything else is
     * left as it is and the outcome says why.
     */
    @Transactional
    public ReviewOutcome review(Long statusId, Participant reviewer, boolean approve) {
        Optional<TaskStatus> found = statuses.findById(statusId);
        Optional<Participant> reporter = found.flatMap(status -> participants.byId(status.getParticipantId()));
        if (reporter.isEmpty() || !participants.mayReview(reviewer, reporter.get())) {
            return ReviewOutcome.NOT_ALLOWED;
        }
        TaskStatus status = found.get();
        boolean reviewable = status.getState() == TaskState.DONE || status.getState() == TaskState.APPROVED
                || status.getState() == TaskState.RETURNED;
        if (!reviewable) {
            return ReviewOutcome.NOT_REVIEWABLE;
        }
        if (status.getState() == (approve ? TaskState.APPROVED : TaskState.RETURNED)) {
            return ReviewOutcome.ALREADY_DECIDED;
        }
        Instant now = clock.instant();
        status.review(approve, reviewer.getId(), null, now);
        StatusHistory change = history.save(new StatusHistory(statusId, status.getState(), reviewer.getId(), null, now));
        events.publishEvent(new StatusReviewed(change.getId(), statusId, status.getActivityId(), status.getDueDate(),
                status.getParticipantId(), reviewer.getId(), approve, null));
        return ReviewOutcome.REVIEWED;
    }

    /** The curator's reason for returning a task, written after pressing "Вернуть на доработку". */
    @Transactional
    public TaskStatus explainReturn(Long statusId, Long curatorId, String text) {
        TaskStatus status = statuses.findById(statusId).orElseThrow();
        status.reviewComment(text);
        StatusHistory change = history.save(new StatusHistory(statusId, status.getState(), curatorId, text,
                clock.instant()));
        events.publishEvent(new StatusReviewed(change.getId(), statusId, status.getActivityId(), status.getDueDate(),
                status.getParticipantId(), curatorId, false, text));
        return status;
    }

    @Transactional(readOnly = true)
    public Optional<TaskStatus> status(Long statusId) {
        return statuses.findById(statusId);
    }

    /**
     * A proof file for someone who may see it: the person who sent it, a curator of their school, a coordinator.
     * Empty for anyone else and for a file that is gone.
     */
    @Transactional(readOnly = true)
    public Optional<ProofFile> proofFor(Long proofId, Participant viewer) {
        return proofs.findById(proofId).filter(proof -> statuses.findById(proof.getStatusId())
                .flatMap(status -> participants.byId(status.getParticipantId()))
                .filter(reporter -> reporter.equals(viewer) || participants.mayReview(viewer, reporter))
                .isPresent());
    }
}
