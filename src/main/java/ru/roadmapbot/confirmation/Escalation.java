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
import java.time.LocalDate;

/** That an overdue occurrence of a person was escalated to a level; unique, so each escalation happens once. */
@Entity
@Table(name = "escalation")
class Escalation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "activity_id")
    private Long activityId;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "participant_id")
    private Long participantId;

    @Enumerated(EnumType.STRING)
    private EscalationLevel level;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    protected Escalation() {
    }

    Escalation(Long activityId, LocalDate dueDate, Long participantId, EscalationLevel level, Instant escalatedAt) {
        this.activityId = activityId;
        this.dueDate = dueDate;
        this.participantId = participantId;
        this.level = level;
        this.escalatedAt = escalatedAt;
    }

    Long getId() {
        return id;
    }

    java.time.LocalDate getDueDate() {
        return dueDate;
    }

    Long getParticipantId() {
        return participantId;
    }

    EscalationLevel getLevel() {
        return level;
    }

    java.time.Instant getEscalatedAt() {
        return escalatedAt;
    }
}
