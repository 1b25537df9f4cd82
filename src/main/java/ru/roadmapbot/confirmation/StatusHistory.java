package ru.roadmapbot.confirmation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Every change of a status, who made it and when: the status itself only keeps the latest. */
@Entity
@Table(name = "status_history")
class StatusHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "status_id")
    private Long statusId;

    @Enumerated(EnumType.STRING)
    private TaskState state;

    @Column(name = "by_participant")
    private Long byParticipant;

    @Column(name = "comment_text")
    private String comment;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected StatusHistory() {
    }

    StatusHistory(Long statusId, TaskState state, Long byParticipant, String comment, Instant recordedAt) {
        this.statusId = statusId;
        this.state = state;
        this.byParticipant = byParticipant;
        this.comment = comment;
        this.recordedAt = recordedAt;
    }

    Long getId() {
        return id;
    }

    Long getStatusId() {
        return statusId;
    }

    TaskState getState() {
        return state;
    }

    Long getByParticipant() {
        return byParticipant;
    }

    String getComment() {
        return comment;
    }

    java.time.Instant getRecordedAt() {
        return recordedAt;
    }
}
