package ru.roadmapbot.people;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues invitations and turns a valid one into a registered participant. */
@Service
public class Invitations {

    private final InvitationRepository invitations;
    private final ParticipantRepository participants;
    private final Organizations organizations;
    private final BotIdentity botIdentity;
    private final PeopleProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final InvitationTokens tokens = new InvitationTokens();

    Invitations(InvitationRepository invitations, ParticipantRepository participants, Organizations organizations,
                BotIdentity botIdentity, PeopleProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.invitations = invitations;
        this.participants = participants;
        this.organizations = organizations;
        this.botIdentity = botIdentity;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public IssuedInvitation invite(InvitationRequest request) {
        if (request.displayName() == null || request.displayName().isBlank()) {
            throw new IllegalArgumentException("name");
        }
        Organization organization = request.organization() == null || request.organization().isBlank() ? null
                : organizations.findOrCreate(request.organization());
        String token = tokens.newToken();
        Instant now = clock.instant();
        Instant expires = now.plus(properties.invitationTtl());
        Invitation saved = invitations.save(new Invitation(InvitationTokens.hash(token), request, organization, now, expires));
        return new IssuedInvitation(saved.getId(), token, botIdentity.link(token).orElse(null), expires);
    }

    /**
     * Registers the Telegram user behind a /start token. A user already registered who taps a new invitation
     * takes its role and organization (a director who becomes a curator keeps one account).
     */
    @Transactional(noRollbackFor = InvitationRefusedException.class)
    public Participant accept(String token, long telegramUserId, long chatId, String telegramName) {
        if (!InvitationTokens.wellFormed(token)) {
            throw new InvitationRefusedException(InvitationRefusedException.Reason.MALFORMED);
        }
        Invitation invitation = invitations.findByTokenHash(InvitationTokens.hash(token))
                .orElseThrow(() -> new InvitationRefusedException(InvitationRefusedException.Reason.UNKNOWN));
        Instant now = clock.instant();
        if (invitation.used()) {
            throw new InvitationRefusedException(InvitationRefusedException.Reason.USED);
        }
        if (invitation.expiredAt(now)) {
            throw new InvitationRefusedException(InvitationRefusedException.Reason.EXPIRED);
        }
        Participant participant = participants.findByTelegramUserId(telegramUserId)
                .map(existing -> existing.reassign(invitation.getDisplayName(), invitation.getRole(), invitation.getOrganization()))
                .orElseGet(() -> new Participant(invitation.getDisplayName(), invitation.getRole(),
                        invitation.getOrganization(), now));
        participant.register(telegramUserId, chatId, telegramName, now);
        if (invitation.zone() != null) {
            participant.setTimeZone(invitation.zone());
        }
        for (String school : invitation.getCuratedSchools()) {
            participant.curate(organizations.findOrCreate(school));
        }
        participant = participants.save(participant);
        invitation.markUsed(participant.getId(), now);
        events.publishEvent(new ParticipantRegistered(participant.getId(), participant.getRole()));
        return participant;
    }
}
