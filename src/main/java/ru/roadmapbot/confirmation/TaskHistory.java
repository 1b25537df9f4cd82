package ru.roadmapbot.confirmation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happened to an activity at a school, for the console's activity page: every status reported and every
 * review with its comment, the proof files, and the escalations, oldest first.
 */
@Service
@Transactional(readOnly = true)
public class TaskHistory {

    /** A status change: reported by the person whose task it is, or a review by {@code actorId}. */
    public record Entry(LocalDate dueDate, Long reporterId, Long actorId, TaskState state, String comment, Instant at) {
    }

    /** A proof file, without its bytes. */
    public record Proof(Long id, LocalDate dueDate, Long reporterId, String fileName, long size, Instant at) {
    }

    /** An escalation of an occurrence nobody confirmed. */
    public record Escalated(LocalDate dueDate, Long participantId, EscalationLevel level, Instant at) {
    }

    /** All of it for one activity and some people (a school's directors). */
    public record Of(List<Entry> entries, List<Proof> proofs, List<Escalated> escalations) {
    }

    private final TaskStatusRepository statuses;
    private final StatusHistoryRepository history;
    private final ProofFileRepository proofs;
    private final EscalationRepository escalations;

    TaskHistory(TaskStatusRepository statuses, StatusHistoryRepository history, ProofFileRepository proofs,
                EscalationRepository escalations) {
        this.statuses = statuses;
        this.history = history;
        this.proofs = proofs;
        this.escalations = escalations;
    }

    public Of of(Long activityId, Collection<Long> participantIds) {
        if (participantIds.isEmpty()) {
            return new Of(List.of(), List.of(), List.of());
        }
        Map<Long, TaskStatus> byId = statuses.findByActivityIdAndParticipantIdIn(activityId, participantIds).stream()
                .collect(Collectors.toMap(TaskStatus::getId, Function.identity()));
        List<Entry> entries = byId.isEmpty() ? List.of() : history.findByStatusIdInOrderByRecordedAt(byId.keySet()).stream()
                .map(change -> {
                    TaskStatus status = byId.get(change.getStatusId());
                    return new Entry(status.getDueDate(), status.getParticipantId(), change.getByParticipant(),
                            change.getState(), change.getComment(), change.getRecordedAt());
                }).toList();
        List<Proof> files = byId.isEmpty() ? List.of() : proofs.listByStatusIdIn(byId.keySet()).stream()
                .map(listing -> {
                    TaskStatus status = byId.get(listing.statusId());
                    return new Proof(listing.id(), status.getDueDate(), status.getParticipantId(), listing.fileName(),
                            listing.size(), listing.at());
                }).toList();
        List<Escalated> escalated = escalations.findByActivityIdAndParticipantIdInOrderByEscalatedAt(activityId, participantIds)
                .stream().map(e -> new Escalated(e.getDueDate(), e.getParticipantId(), e.getLevel(), e.getEscalatedAt()))
                .toList();
        return new Of(entries, files, escalated);
    }

    /** A proof file with the person who sent it (whose territory decides who may open it), or empty. */
    public Optional<OwnedProof> proof(Long proofId) {
        return proofs.findById(proofId).flatMap(proof -> statuses.findById(proof.getStatusId())
                .map(status -> new OwnedProof(proof, status.getParticipantId(), status.getActivityId())));
    }

    /** A proof and whose it is. */
    public record OwnedProof(ProofFile file, Long reporterId, Long activityId) {
    }
}
