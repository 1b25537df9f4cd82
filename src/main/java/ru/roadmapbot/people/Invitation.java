package ru.roadmapbot.people;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * An invitation to register. Only the SHA-256 of its token is stored: a leaked database does not leak
 * working links. Single use, and it expires.
 */
@Entity
@Table(name = "invitation")
class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash")
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "time_zone")
    private String timeZone;

    @Convert(converter = NameListConverter.class)
    @Column(name = "curated_schools")
    private List<String> curatedSchools;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "participant_id")
    private Long participantId;

    @Column(name = "territory_id")
    private Long territoryId;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    /** Set on an invitation that adds a channel to someone registered already, instead of registering a person. */
    @Column(name = "for_participant_id")
    private Long forParticipantId;

    protected Invitation() {
    }

    Invitation(String tokenHash, InvitationRequest request, Organization organization, Long territoryId, Instant now,
               Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.territoryId = territoryId;
        this.role = request.role();
        this.organization = organization;
        this.displayName = request.displayName().strip();
        this.timeZone = request.timeZone() == null ? null : request.timeZone().getId();
        this.curatedSchools = List.copyOf(request.curatedSchools());
        this.createdBy = request.invitedBy();
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** An invitation for a registered person to reach the bot on one more channel: their name, role and place. */
    static Invitation connecting(String tokenHash, Participant participant, Instant now, Instant expiresAt) {
        Invitation invitation = new Invitation(tokenHash, new InvitationRequest(participant.getRole(),
                participant.getDisplayName(), null, List.of(), null, null, null), participant.getOrganization(),
                participant.territoryId(), now, expiresAt);
        invitation.forParticipantId = participant.getId();
        return invitation;
    }

    Long getForParticipantId() {
        return forParticipantId;
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    boolean revoked() {
        return revokedAt != null;
    }

    void revoke(Instant now) {
        if (revokedAt == null && usedAt == null) {
            revokedAt = now;
        }
    }

    /** Sent and waiting, used, expired or revoked, as of {@code now}. */
    InvitationState stateAt(Instant now) {
        if (usedAt != null) {
            return InvitationState.USED;
        }
        if (revokedAt != null) {
            return InvitationState.REVOKED;
        }
        return expiredAt(now) ? InvitationState.EXPIRED : InvitationState.SENT;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUsedAt() {
        return usedAt;
    }

    InvitationRequest request() {
        return new InvitationRequest(role, displayName, organization == null ? null : organization.getName(),
                getCuratedSchools(), zone(), createdBy, null);
    }

    boolean used() {
        return usedAt != null;
    }

    void markUsed(Long participantId, Instant now) {
        this.usedAt = now;
        this.participantId = participantId;
    }

    Long getId() {
        return id;
    }

    Role getRole() {
        return role;
    }

    Organization getOrganization() {
        return organization;
    }

    Long getTerritoryId() {
        return territoryId;
    }

    String getDisplayName() {
        return displayName;
    }

    ZoneId zone() {
        return timeZone == null ? null : ZoneId.of(timeZone);
    }

    List<String> getCuratedSchools() {
        return curatedSchools == null ? List.of() : curatedSchools;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}
