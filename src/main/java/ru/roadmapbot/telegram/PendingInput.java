package ru.roadmapbot.telegram;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * What the bot asked a person to write or send next (what help they need, a comment or proof after "done", why a
 * task goes back). One per person; it expires, so an old question does not capture an unrelated message.
 */
@Entity
@Table(name = "pending_input")
class PendingInput {

    enum Kind { HELP_COMMENT, DONE_NOTE, RETURN_REASON }

    @Id
    @Column(name = "participant_id")
    private Long participantId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "status_id")
    private Long statusId;

    @Column(name = "message_id")
    private Long messageId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected PendingInput() {
    }

    PendingInput(Long participantId, Kind kind, Long statusId, Instant createdAt) {
        this.participantId = participantId;
        this.kind = kind;
        this.statusId = statusId;
        this.createdAt = createdAt;
    }

    Kind getKind() {
        return kind;
    }

    Long getStatusId() {
        return statusId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
