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
import ru.roadmapbot.messenger.Address;
import ru.roadmapbot.messenger.Channel;

/**
 * A message in the delivery queue. Its dedup key (a reminder, a notice about a status) is unique, so whatever
 * produces messages may retry freely: one key is one message.
 */
@Entity
@Table(name = "outbox")
class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dedup_key")
    private String dedupKey;

    @Column(name = "participant_id")
    private Long participantId;

    private String channel;

    private String chat;

    private String html;

    private String keyboard;

    @Column(name = "not_before")
    private Instant notBefore;

    private int attempts;

    @Enumerated(EnumType.STRING)
    private OutboxState state;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "sent_message_id")
    private String sentMessageId;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at")
    private Instant createdAt;

    protected OutboxMessage() {
    }

    OutboxMessage(String dedupKey, Long participantId, Address to, String html, String keyboard, Instant notBefore,
                  Instant createdAt) {
        this.dedupKey = dedupKey;
        this.participantId = participantId;
        this.channel = to.channel().key();
        this.chat = to.chat();
        this.html = html;
        this.keyboard = keyboard;
        this.notBefore = notBefore;
        this.createdAt = createdAt;
        this.state = OutboxState.PENDING;
    }

    Long getId() {
        return id;
    }

    String getDedupKey() {
        return dedupKey;
    }

    Long getParticipantId() {
        return participantId;
    }

    Address address() {
        return new Address(Channel.ofKey(channel), chat);
    }

    String getHtml() {
        return html;
    }

    String getKeyboard() {
        return keyboard;
    }

    int getAttempts() {
        return attempts;
    }

    OutboxState getState() {
        return state;
    }
}
