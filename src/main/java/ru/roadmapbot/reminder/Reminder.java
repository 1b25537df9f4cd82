package ru.roadmapbot.reminder;

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

/**
 * One planned reminder of one occurrence for one person. The unique (person, activity, due date, code) makes
 * planning idempotent: a moment is planned, and sent, once.
 */
@Entity
@Table(name = "reminder")
class Reminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "participant_id")
    private Long participantId;

    @Column(name = "activity_id")
    private Long activityId;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "kind")
    private String code;

    @Column(name = "fire_at")
    private Instant fireAt;

    @Enumerated(EnumType.STRING)
    private ReminderState state;

    @Column(name = "planned_at")
    private Instant plannedAt;

    protected Reminder() {
    }

    Reminder(Long participantId, Long activityId, LocalDate dueDate, String code, Instant fireAt, Instant plannedAt) {
        this.participantId = participantId;
        this.activityId = activityId;
        this.dueDate = dueDate;
        this.code = code;
        this.fireAt = fireAt;
        this.plannedAt = plannedAt;
        this.state = ReminderState.PLANNED;
    }

    void moveTo(ReminderState newState) {
        this.state = newState;
    }

    /** The planned moment moved (quiet hours or lead days changed) before it came. */
    void reschedule(Instant newFireAt) {
        this.fireAt = newFireAt;
    }

    Long getId() {
        return id;
    }

    Long getParticipantId() {
        return participantId;
    }

    Long getActivityId() {
        return activityId;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    String getCode() {
        return code;
    }

    ReminderKind kind() {
        return ReminderKind.valueOf(code.substring(0, code.lastIndexOf('-')));
    }

    int days() {
        return Integer.parseInt(code.substring(code.lastIndexOf('-') + 1));
    }

    Instant getFireAt() {
        return fireAt;
    }

    ReminderState getState() {
        return state;
    }
}
