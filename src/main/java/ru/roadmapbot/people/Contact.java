package ru.roadmapbot.people;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ru.roadmapbot.messenger.Address;
import ru.roadmapbot.messenger.Channel;

/**
 * One way to reach a person: their account on a channel (Telegram, MAX), registered through an invitation link of
 * that channel. A person may have one on each channel; one account belongs to one person.
 */
@Entity
@Table(name = "contact")
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "participant_id")
    private Long participantId;

    private String channel;

    /** The messenger's id of the person's account. */
    @Column(name = "user_id")
    private String userId;

    /** Where to write to them: Telegram's private chat, MAX's user. */
    private String chat;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "registered_at")
    private Instant registeredAt;

    /** When the person blocked the bot on this channel; null while it can write to them. */
    @Column(name = "blocked_at")
    private Instant blockedAt;

    protected Contact() {
    }

    Contact(Long participantId, Channel channel, String userId, String chat, String displayName, Instant now) {
        this.participantId = participantId;
        this.channel = channel.key();
        this.userId = userId;
        this.chat = chat;
        this.displayName = displayName;
        this.registeredAt = now;
    }

    /** The same account registered again (a new invitation, or the person came back): it is theirs and reachable. */
    void renew(Long participantId, String chat, String displayName, Instant now) {
        this.participantId = participantId;
        this.chat = chat;
        this.displayName = displayName;
        this.registeredAt = now;
        this.blockedAt = null;
    }

    void block(Instant now) {
        this.blockedAt = now;
    }

    void unblock() {
        this.blockedAt = null;
    }

    public Long getId() {
        return id;
    }

    public Long getParticipantId() {
        return participantId;
    }

    public Channel channel() {
        return Channel.ofKey(channel);
    }

    public String getUserId() {
        return userId;
    }

    public Address address() {
        return new Address(channel(), chat);
    }

    public String getDisplayName() {
        return displayName;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public boolean blocked() {
        return blockedAt != null;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Contact that && id != null && Objects.equals(id, that.id));
    }

    @Override
    public int hashCode() {
        return Contact.class.hashCode();
    }
}
