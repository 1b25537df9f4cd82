package ru.roadmapbot.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * What the bot asked a person to write or send next (what help they need, a comment or proof after "done", why a
 * task goes back, which territory a roadmap sent to the bot belongs to). One per person; it expires, so an old
 * question does not capture an unrelated message.
 */
@Entity
@Table(name = "pending_input")
class PendingInput {

    enum Kind { HELP_COMMENT, DONE_NOTE, RETURN_REASON, IMPORT_TERRITORY }

    @Id
    @Column(name = "participant_id")
    private Long participantId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    /** The status the question is about; for {@link Kind#IMPORT_TERRITORY}, the pending import. */
    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "message_id")
    private Long messageId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected PendingInput() {
    }

    PendingInput(Long participantId, Kind kind, Long subjectId, Instant createdAt) {
        this.participantId = participantId;
        this.kind = kind;
        this.subjectId = subjectId;
        this.createdAt = createdAt;
    }

    Kind getKind() {
        return kind;
    }

    Long getSubjectId() {
        return subjectId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
