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

/** The status one person reported for one occurrence of an activity (its due date identifies the occurrence). */
@Entity
@Table(name = "task_status")
public class TaskStatus {

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
    private TaskState state;

    @Column(name = "comment_text")
    private String comment;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "reviewed_by")
    private Long reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_comment")
    private String reviewComment;

    protected TaskStatus() {
    }

    TaskStatus(Long activityId, LocalDate dueDate, Long participantId) {
        this.activityId = activityId;
        this.dueDate = dueDate;
        this.participantId = participantId;
    }

    void report(TaskState newState, Instant now) {
        this.state = newState;
        this.updatedAt = now;
        if (!newState.finished()) {
            this.reviewedBy = null;
            this.reviewedAt = null;
        }
    }

    void comment(String text, Instant now) {
        this.comment = text;
        this.updatedAt = now;
    }

    void review(boolean approved, Long curatorId, String text, Instant now) {
        this.state = approved ? TaskState.APPROVED : TaskState.RETURNED;
        this.reviewedBy = curatorId;
        this.reviewedAt = now;
        this.reviewComment = text;
        this.updatedAt = now;
    }

    void reviewComment(String text) {
        this.reviewComment = text;
    }

    public Long getId() {
        return id;
    }

    public Long getActivityId() {
        return activityId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Long getParticipantId() {
        return participantId;
    }

    public TaskState getState() {
        return state;
    }

    public String getComment() {
        return comment;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getReviewedBy() {
        return reviewedBy;
    }

    public String getReviewComment() {
        return reviewComment;
    }
}
