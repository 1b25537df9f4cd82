package ru.roadmapbot.confirmation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
    private final ConfirmationProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Confirmations(TaskStatusRepository statuses, StatusHistoryRepository history, ProofFileRepository proofs,
                  ConfirmationProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.statuses = statuses;
        this.history = history;
        this.proofs = proofs;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** Sets the status a person reports for an occurrence; pressing the same button again changes nothing. */
    @Transactional
    public TaskStatus report(Long activityId, LocalDate dueDate, Long participantId, TaskState state) {
        TaskStatus status = statuses.findByActivityIdAndDueDateAndParticipantId(activityId, dueDate, participantId)
                .orElseGet(() -> new TaskStatus(activityId, dueDate, participantId));
        if (state == status.getState()) {
            return status;
        }
        Instant now = clock.instant();
        status.report(state, now);
        status = statuses.save(status);
        history.save(new StatusHistory(status.getId(), state, participantId, null, now));
        events.publishEvent(new StatusReported(status.getId(), activityId, dueDate, participantId, state, null));
        return status;
    }

    /** A comment after "Нужна помощь" or "Выполнено"; announced so the curator sees what help is needed. */
    @Transactional
    public TaskStatus comment(Long statusId, Long participantId, String text) {
        TaskStatus status = statuses.findById(statusId).orElseThrow();
        Instant now = clock.instant();
        status.comment(text, now);
        history.save(new StatusHistory(statusId, status.getState(), participantId, text, now));
        events.publishEvent(new StatusReported(statusId, status.getActivityId(), status.getDueDate(),
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
     * The curator's decision on a "done": approved, or returned for more work. Only a status that is done (or was
     * reviewed before) can be reviewed; anything else is left as it is and the caller is told so.
     */
    @Transactional
    public Optional<TaskStatus> review(Long statusId, Long curatorId, boolean approve, String comment) {
        TaskStatus status = statuses.findById(statusId).orElseThrow();
        boolean reviewable = status.getState() == TaskState.DONE || status.getState() == TaskState.APPROVED
                || status.getState() == TaskState.RETURNED;
        if (!reviewable) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        status.review(approve, curatorId, comment, now);
        history.save(new StatusHistory(statusId, status.getState(), curatorId, comment, now));
        events.publishEvent(new StatusReviewed(statusId, status.getActivityId(), status.getDueDate(),
                status.getParticipantId(), curatorId, approve, comment));
        return Optional.of(status);
    }

    /** The curator's reason for returning a task, written after pressing "Вернуть на доработку". */
    @Transactional
    public TaskStatus explainReturn(Long statusId, Long curatorId, String text) {
        TaskStatus status = statuses.findById(statusId).orElseThrow();
        status.reviewComment(text);
        history.save(new StatusHistory(statusId, status.getState(), curatorId, text, clock.instant()));
        events.publishEvent(new StatusReviewed(statusId, status.getActivityId(), status.getDueDate(),
                status.getParticipantId(), curatorId, false, text));
        return status;
    }

    @Transactional(readOnly = true)
    public Optional<TaskStatus> status(Long statusId) {
        return statuses.findById(statusId);
    }

    @Transactional(readOnly = true)
    public List<ProofFile> proofsOf(Long statusId) {
        return proofs.findByStatusId(statusId);
    }
}
