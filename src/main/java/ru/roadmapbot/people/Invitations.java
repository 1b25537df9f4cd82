package ru.roadmapbot.people;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.roadmapbot.messenger.Channel;
import ru.roadmapbot.territory.Territories;
import ru.roadmapbot.territory.Territory;
import ru.roadmapbot.territory.TerritoryKind;
import ru.roadmapbot.territory.TerritoryRefusedException;
import ru.roadmapbot.territory.TerritoryRefusedException.Reason;

/**
 * Issues invitations and turns a valid one into a registered participant. The rules of who may be invited where
 * live here, for the command line, the bot and the console alike: a director needs a school; a person's territory
 * is the one typed, else their organization's (matched by name, refused when several territories have one of that
 * name), else the inviting coordinator's, else the instance's only municipality; a coordinator invites within
 * their own territory.
 */
@Service
public class Invitations {

    private final InvitationRepository invitations;
    private final ParticipantRepository participants;
    private final Participants people;
    private final Organizations organizations;
    private final Territories territories;
    private final ContactRepository contacts;
    private final BotIdentity botIdentity;
    private final PeopleProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final InvitationTokens tokens = new InvitationTokens();

    Invitations(InvitationRepository invitations, ParticipantRepository participants, Participants people,
                Organizations organizations, Territories territories, ContactRepository contacts, BotIdentity botIdentity,
                PeopleProperties properties,
                ApplicationEventPublisher events, Clock clock) {
        this.invitations = invitations;
        this.participants = participants;
        this.people = people;
        this.organizations = organizations;
        this.territories = territories;
        this.contacts = contacts;
        this.botIdentity = botIdentity;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Issues a one-time invitation.
     *
     * @throws InvitationInvalidException the request lacks a name or a director's school, or names an organization
     *                                    several territories have
     * @throws TerritoryRefusedException  the territory cannot be settled, or lies outside the inviter's
     */
    @Transactional
    public IssuedInvitation invite(InvitationRequest request) {
        Participant inviter = request.invitedBy() == null ? null : participants.findById(request.invitedBy()).orElse(null);
        return inviter == null ? invite(request, Scope.everything(), null)
                : invite(request, people.scopeOf(inviter), inviter.territoryId());
    }

    /**
     * Issues a one-time invitation from someone who oversees {@code scope} (a console account) and whose own territory
     * is {@code home}: a new school without a territory goes to {@code home} when it is a municipality.
     */
    @Transactional
    public IssuedInvitation invite(InvitationRequest request, Scope scope, Long home) {
        if (request.displayName() == null || request.displayName().isBlank()) {
            throw new InvitationInvalidException(InvitationInvalidException.Reason.NAME_MISSING, null, List.of());
        }
        if (request.role() == Role.DIRECTOR && request.organization() == null) {
            throw new InvitationInvalidException(InvitationInvalidException.Reason.SCHOOL_MISSING, request.displayName(),
                    List.of());
        }
        Long territory = territoryFor(request, home, scope);
        Organization organization = request.organization() == null ? null
                : organizations.findOrCreate(request.organization(), territory);
        for (String school : request.curatedSchools()) {
            settled(school, territory, scope);
        }
        return issue(request, organization, territory);
    }

    private IssuedInvitation issue(InvitationRequest request, Organization organization, Long territory) {
        String token = tokens.newToken();
        Instant now = clock.instant();
        Instant expires = now.plus(properties.invitationTtl());
        Invitation saved = invitations.save(new Invitation(InvitationTokens.hash(token), request, organization, territory,
                now, expires));
        return new IssuedInvitation(saved.getId(), token, botIdentity.links(token), expires);
    }

    private Long territoryFor(InvitationRequest request, Long home, Scope scope) {
        Long territory;
        if (request.territory() != null) {
            territory = territories.findOrCreate(request.territory()).getId();
            if (!scope.includes(territory)) {
                throw new TerritoryRefusedException(Reason.OUTSIDE, request.territory(), ownName(home));
            }
        } else {
            territory = matchedOrganization(request, scope);
            if (territory == null) {
                territory = defaultTerritory(request, home);
            }
        }
        return fitToRole(request.role(), territory, request);
    }

    /**
     * The territory the request's organizations tell: for a curator the schools they accompany (all in one
     * municipality; their own school is created there if it is new), for anyone else their organization. Null when
     * no organization of those names exists in scope yet.
     */
    private Long matchedOrganization(InvitationRequest request, Scope scope) {
        List<String> names = request.role() == Role.CURATOR && !request.curatedSchools().isEmpty() ? request.curatedSchools()
                : request.organization() == null ? List.of() : List.of(request.organization());
        Set<Long> common = null;
        List<Organization> seen = new ArrayList<>();
        for (String name : names) {
            List<Organization> named = organizations.named(name).stream()
                    .filter(o -> o.getTerritoryId() != null && scope.includes(o.getTerritoryId())).toList();
            if (named.isEmpty()) {
                continue;
            }
            seen.addAll(named);
            Set<Long> here = new HashSet<>(named.stream().map(Organization::getTerritoryId).toList());
            if (common == null) {
                common = here;
            } else {
                common.retainAll(here);
            }
        }
        if (common == null) {
            return null;
        }
        if (common.size() != 1) {
            throw new InvitationInvalidException(InvitationInvalidException.Reason.ORGANIZATION_AMBIGUOUS,
                    String.join(", ", names), seen.stream().map(this::described).distinct().sorted().toList());
        }
        return common.iterator().next();
    }

    private String described(Organization organization) {
        return organization.getName() + " (" + territories.nameOf(organization.getTerritoryId()) + ")";
    }

    /**
     * Nothing named a territory: the inviting municipal coordinator's own, or the instance's only municipality
     * (only region, for a regional coordinator); none on an instance that names no territories.
     */
    private Long defaultTerritory(InvitationRequest request, Long home) {
        if (home != null && territories.isMunicipality(home)) {
            return home;
        }
        List<Territory> all = territories.all();
        if (all.isEmpty()) {
            return null;
        }
        TerritoryKind wanted = request.role() == Role.REGIONAL_COORDINATOR ? TerritoryKind.REGION : TerritoryKind.MUNICIPALITY;
        List<Territory> candidates = all.stream().filter(t -> t.getKind() == wanted)
                .filter(t -> home == null || territories.covers(home, t.getId()))
                .toList();
        if (candidates.size() == 1) {
            return candidates.get(0).getId();
        }
        throw new TerritoryRefusedException(Reason.NEEDED, request.displayName(), territories.described(candidates));
    }

    /** Regional coordinators belong to a region; everyone else to a municipality (a school is in one). */
    private Long fitToRole(Role role, Long territory, InvitationRequest request) {
        if (territory == null) {
            return null;
        }
        if (role == Role.REGIONAL_COORDINATOR) {
            Long region = territories.regionOf(territory);
            if (region == null) {
                throw new TerritoryRefusedException(Reason.NOT_A_MUNICIPALITY, territories.nameOf(territory), List.of());
            }
            return region;
        }
        if (role != Role.ADMIN && !territories.isMunicipality(territory)) {
            List<Territory> inside = territories.all().stream()
                    .filter(t -> territory.equals(t.getParentId())).toList();
            throw new TerritoryRefusedException(Reason.NOT_A_MUNICIPALITY, territories.nameOf(territory),
                    territories.described(inside));
        }
        return territory;
    }

    private Organization settled(String school, Long territory, Scope scope) {
        List<Organization> elsewhere = organizations.named(school).stream()
                .filter(o -> o.getTerritoryId() != null && !o.getTerritoryId().equals(territory) && scope.includes(o.getTerritoryId()))
                .toList();
        if (territory == null && !elsewhere.isEmpty()) {
            throw new InvitationInvalidException(InvitationInvalidException.Reason.ORGANIZATION_AMBIGUOUS, school,
                    elsewhere.stream().map(this::described).toList());
        }
        return organizations.findOrCreate(school, territory);
    }

    private List<String> ownName(Long home) {
        return home == null ? List.of() : new ArrayList<>(List.of(territories.nameOf(home)));
    }

    /** The invitations within a scope, the newest first. */
    @Transactional(readOnly = true)
    public List<InvitationView> within(Scope scope) {
        Instant now = clock.instant();
        return invitations.findAllByOrderByCreatedAtDesc().stream()
                .filter(i -> i.getForParticipantId() == null && scope.includes(i.getTerritoryId()))
                .map(i -> new InvitationView(i.getId(), i.getDisplayName(), i.getRole(),
                        i.getOrganization() == null ? null : i.getOrganization().getName(), i.getTerritoryId(),
                        i.getCuratedSchools(), i.getCreatedAt(), i.getExpiresAt(), i.getUsedAt(), i.stateAt(now)))
                .toList();
    }

    /** Revokes an unused invitation of the scope: its link stops working at once. False when there is none. */
    @Transactional
    public boolean revoke(Long id, Scope scope) {
        return invitations.findById(id).filter(i -> scope.includes(i.getTerritoryId())).map(i -> {
            i.revoke(clock.instant());
            return true;
        }).orElse(false);
    }

    /**
     * A new link for the same person, role, school and territory, the old one revoked: links cannot be shown twice,
     * only their hashes are kept. Empty when the invitation is not in the scope or was used.
     */
    @Transactional
    public Optional<IssuedInvitation> resend(Long id, Scope scope) {
        Optional<Invitation> found = invitations.findById(id).filter(i -> scope.includes(i.getTerritoryId()) && !i.used());
        found.ifPresent(i -> i.revoke(clock.instant()));
        return found.map(i -> issue(i.request(), i.getOrganization(), i.getTerritoryId()));
    }

    /**
     * A one-time link for a registered person to reach the bot on another channel as well (opened there, it adds
     * that account to the same person); empty while that channel's bot is unknown.
     */
    @Transactional
    public Optional<String> connectLink(Long participantId, Channel channel) {
        Participant participant = participants.findById(participantId).orElseThrow();
        String token = tokens.newToken();
        Optional<String> link = botIdentity.link(channel, token);
        if (link.isPresent()) {
            Instant now = clock.instant();
            invitations.save(Invitation.connecting(InvitationTokens.hash(token), participant, now,
                    now.plus(properties.invitationTtl())));
        }
        return link;
    }

    /**
     * Registers the messenger account behind a /start token. An account already registered that taps a new
     * invitation takes its role, organization and territory (a director who becomes a curator keeps one account);
     * a link from {@link #connectLink} adds the account to the person who asked for it.
     */
    @Transactional(noRollbackFor = InvitationRefusedException.class)
    public Participant accept(String token, MessengerAccount account) {
        if (!InvitationTokens.wellFormed(token)) {
            throw new InvitationRefusedException(InvitationRefusedException.Reason.MALFORMED);
        }
        Invitation invitation = invitations.findByTokenHash(InvitationTokens.hash(token))
                .orElseThrow(() -> new InvitationRefusedException(InvitationRefusedException.Reason.UNKNOWN));
        Instant now = clock.instant();
        if (invitation.used()) {
            throw new InvitationRefusedException(InvitationRefusedException.Reason.USED);
        }
        if (invitation.revoked()) {
            throw new InvitationRefusedException(InvitationRefusedException.Reason.REVOKED);
        }
        if (invitation.expiredAt(now)) {
            throw new InvitationRefusedException(InvitationRefusedException.Reason.EXPIRED);
        }
        Optional<Contact> known = contacts.findByChannelAndUserId(account.channel().key(), account.userId());
        Participant participant = invitation.getForParticipantId() != null ? connecting(invitation, now)
                : registering(invitation, known.flatMap(c -> participants.findById(c.getParticipantId())), now);
        Long id = participant.getId();
        Contact contact = known.orElseGet(() -> new Contact(id, account.channel(), account.userId(), account.chat(),
                account.displayName(), now));
        contact.renew(id, account.chat(), account.displayName(), now);
        contacts.save(contact);
        invitation.markUsed(id, now);
        events.publishEvent(new ParticipantRegistered(id, participant.getRole()));
        return participant;
    }

    private Participant registering(Invitation invitation, Optional<Participant> existing, Instant now) {
        Participant participant = existing
                .map(p -> p.reassign(invitation.getDisplayName(), invitation.getRole(), invitation.getOrganization()))
                .orElseGet(() -> new Participant(invitation.getDisplayName(), invitation.getRole(),
                        invitation.getOrganization(), now));
        participant.register(now);
        participant.placeIn(invitation.getTerritoryId());
        if (invitation.zone() != null) {
            participant.setTimeZone(invitation.zone());
        }
        for (String school : invitation.getCuratedSchools()) {
            participant.curate(organizations.findOrCreate(school, invitation.getTerritoryId()));
        }
        return participants.save(participant);
    }

    /** One more account for a registered person; one who had blocked the bot everywhere is reachable again. */
    private Participant connecting(Invitation invitation, Instant now) {
        Participant participant = participants.findById(invitation.getForParticipantId())
                .filter(p -> p.getStatus() != ParticipantStatus.DEACTIVATED)
                .orElseThrow(() -> new InvitationRefusedException(InvitationRefusedException.Reason.REVOKED));
        if (participant.getStatus() == ParticipantStatus.BLOCKED) {
            participant.setStatus(ParticipantStatus.ACTIVE);
        }
        return participants.save(participant);
    }
}
