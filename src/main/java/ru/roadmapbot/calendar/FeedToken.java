package ru.roadmapbot.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The secret of one subscription link; it works until revoked. */
@Entity
@Table(name = "feed_token")
class FeedToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String token;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind")
    private FeedOwner.Kind ownerKind;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "active_owner")
    private String activeOwner;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected FeedToken() {
    }

    FeedToken(String token, FeedOwner owner, Instant now) {
        this.token = token;
        this.ownerKind = owner.kind();
        this.ownerId = owner.id();
        this.activeOwner = owner.key();
        this.createdAt = now;
    }

    void revoke(Instant now) {
        this.revokedAt = now;
        this.activeOwner = null;
    }

    String getToken() {
        return token;
    }

    FeedOwner owner() {
        return new FeedOwner(ownerKind, ownerId);
    }
}
