package ru.roadmapbot.people;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ru.roadmapbot.messenger.Address;
import ru.roadmapbot.messenger.Channel;
import ru.roadmapbot.territory.Territories;

/**
 * Registered participants: lookup by their messenger accounts ({@link Contact}) and where to write to them, their
 * settings, pausing and blocking; whom a
 * coordinator oversees, and who reviews a director's work.
 */
@Service
public class Participants {

    private final ParticipantRepository repository;
    private final ContactRepository contacts;
    private final Territories territories;
    private final PeopleProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Participants(ParticipantRepository repository, ContactRepository contacts, Territories territories,
                 PeopleProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.contacts = contacts;
        this.territories = territories;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** The person behind a messenger account, if it was registered. */
    @Transactional(readOnly = true)
    public Optional<Participant> byContact(Channel channel, String userId) {
        return contacts.findByChannelAndUserId(channel.key(), userId).flatMap(c -> repository.findById(c.getParticipantId()));
    }

    /** The person's accounts, the first registered first. */
    @Transactional(readOnly = true)
    public List<Contact> contactsOf(Long participantId) {
        return contacts.findByParticipantIdOrderById(participantId);
    }

    /** Everyone's accounts at once, by person (the console's list of people). */
    @Transactional(readOnly = true)
    public Map<Long, List<Contact>> contactsOf(Collection<Long> participantIds) {
        if (participantIds.isEmpty()) {
            return Map.of();
        }
        return contacts.findByParticipantIdIn(participantIds).stream()
                .sorted(Comparator.comparing(Contact::getId))
                .collect(Collectors.groupingBy(Contact::getParticipantId, LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * Where the person's messages go: the preferred channel's account when it can be written to, else the first
     * other one that can; empty when every account blocked the bot (or none was registered).
     */
    @Transactional(readOnly = true)
    public Optional<Address> addressOf(Participant participant) {
        return addressOf(participant, contacts.findByParticipantIdOrderById(participant.getId()));
    }

    /** {@link #addressOf(Participant)} over accounts read already (work over many people at once). */
    public static Optional<Address> addressOf(Participant participant, List<Contact> accounts) {
        Channel preferred = participant.preferredChannel();
        List<Contact> usable = accounts.stream().filter(c -> !c.blocked()).toList();
        return usable.stream().filter(c -> c.channel() == preferred).findFirst()
                .or(() -> usable.stream().findFirst())
                .map(Contact::address);
    }

    /**
     * Holds this person's row until the caller's transaction ends, so that what they answer from two messengers (or
     * on two instances) at the same moment is taken one after the other and counts once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void holdForChange(Long id) {
        repository.lockById(id);
    }

    /** Reminders go to this channel from now on (the person has an account there). */
    @Transactional
    public Participant preferChannel(Long id, Channel channel) {
        boolean has = contacts.findByParticipantIdOrderById(id).stream().anyMatch(c -> c.channel() == channel);
        if (!has) {
            throw new IllegalArgumentException("participant " + id + " has no account on " + channel);
        }
        return update(id, p -> p.preferChannel(channel));
    }

    @Transactional(readOnly = true)
    public Optional<Participant> byId(Long id) {
        return repository.findById(id);
    }

    @Transactional(readOnly = true)
    public List<Participant> all() {
        return repository.findAll();
    }

    /** The ids of everyone registered who has not blocked the bot, in order: work over many people goes in batches. */
    @Transactional(readOnly = true)
    public List<Long> reachableIds() {
        return repository.findReachableIds();
    }

    /** Participants with their organizations, in one query (a batch of {@link #reachableIds()}). */
    @Transactional(readOnly = true)
    public List<Participant> byIds(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : repository.findWithOrganizationByIdIn(ids);
    }

    @Transactional(readOnly = true)
    public List<Participant> withRole(Role role) {
        return repository.findByRole(role);
    }

    /** The directors of a school. */
    @Transactional(readOnly = true)
    public List<Participant> directorsOf(Long schoolId) {
        return repository.findByOrganizationId(schoolId).stream().filter(p -> p.getRole() == Role.DIRECTOR)
                .filter(Participants::onTheProject).toList();
    }

    /** Not taken off the project by a coordinator. */
    public static boolean onTheProject(Participant participant) {
        return participant.getStatus() != ParticipantStatus.DEACTIVATED;
    }

    /** The curators who accompany a school (none for a person without one). */
    @Transactional(readOnly = true)
    public List<Participant> curatorsOf(Organization school) {
        return school == null ? List.of() : repository.findCuratorsOf(school).stream().filter(Participants::onTheProject).toList();
    }

    /**
     * Whether the reviewer may approve or return what the reporter did: a curator for the schools they accompany,
     * a coordinator for the territory they oversee.
     */
    public boolean mayReview(Participant reviewer, Participant reporter) {
        return reviewer.accompanies(reporter.getOrganization())
                || (reviewer.getRole().coordinates() && scopeOf(reviewer).includes(reporter.territoryId()));
    }

    /**
     * The territories a coordinator oversees (a municipality; a region with its municipalities); for anyone else
     * their own territory.
     */
    public Scope scopeOf(Participant participant) {
        Long own = participant.territoryId();
        return own == null ? new Scope(false, null, java.util.Set.of()) : new Scope(false, own, territories.within(own));
    }

    /** Everyone on the project whose territory is within the scope (not those a coordinator took off it). */
    @Transactional(readOnly = true)
    public List<Participant> within(Scope scope) {
        return everyoneWithin(scope).stream().filter(p -> p.getStatus() != ParticipantStatus.DEACTIVATED).toList();
    }

    /** Everyone whose territory is within the scope, those taken off the project too (the console's list of people). */
    @Transactional(readOnly = true)
    public List<Participant> everyoneWithin(Scope scope) {
        return repository.findAll().stream().filter(p -> scope.includes(p.territoryId()))
                .sorted(java.util.Comparator.comparing(Participant::getDisplayName)).toList();
    }

    /**
     * The coordinators who answer for a person's work: the municipal coordinators of their municipality, else the
     * regional coordinators of its region. Empty when nobody does.
     */
    @Transactional(readOnly = true)
    public List<Participant> coordinatorsOver(Participant person) {
        Long territory = person.territoryId();
        List<Participant> municipal = repository.findByRole(Role.MUNICIPAL_COORDINATOR).stream().filter(Participants::onTheProject)
                .filter(c -> java.util.Objects.equals(c.territoryId(), territory)).toList();
        if (!municipal.isEmpty()) {
            return municipal;
        }
        Long region = territory == null ? null : territories.regionOf(territory);
        return repository.findByRole(Role.REGIONAL_COORDINATOR).stream().filter(Participants::onTheProject)
                .filter(c -> territory == null ? c.territoryId() == null : java.util.Objects.equals(c.territoryId(), region))
                .toList();
    }

    /**
     * Who reviews what a director reports: the curators of their school, else, for a school without a curator, the
     * coordinators over it. The same answer decides who is sent a report and what the director is told, so
     * nobody hears "passed to the curator" when no curator got it.
     */
    @Transactional(readOnly = true)
    public Reviewers reviewersOf(Participant reporter) {
        if (reporter.getRole() != Role.DIRECTOR) {
            return Reviewers.notReviewed();
        }
        List<Participant> curators = curatorsOf(reporter.getOrganization());
        if (!curators.isEmpty()) {
            return new Reviewers(Role.CURATOR, curators, true);
        }
        List<Participant> coordinators = coordinatorsOver(reporter);
        return new Reviewers(coordinators.isEmpty() ? null : coordinators.get(0).getRole(), coordinators, true);
    }

    /** The zone a participant lives in, with the organization's and the application's as fallbacks. */
    public ZoneId zoneOf(Participant participant) {
        return participant.zone(properties.defaultTimeZone());
    }

    public LocalTime quietStartOf(Participant participant) {
        return participant.getQuietStart() != null ? participant.getQuietStart() : properties.quietStart();
    }

    public LocalTime quietEndOf(Participant participant) {
        return participant.getQuietEnd() != null ? participant.getQuietEnd() : properties.quietEnd();
    }

    public List<Integer> leadDaysOf(Participant participant) {
        List<Integer> own = participant.leadDaysOrNull();
        return own != null ? own : properties.leadDays();
    }

    @Transactional
    public Participant pause(Long id) {
        return update(id, p -> p.setStatus(ParticipantStatus.PAUSED));
    }

    @Transactional
    public Participant resume(Long id) {
        return update(id, p -> p.setStatus(ParticipantStatus.ACTIVE));
    }

    /** A coordinator took the person off the project: no messages, no bot, until a new invitation. */
    @Transactional
    public Participant deactivate(Long id) {
        return update(id, p -> p.setStatus(ParticipantStatus.DEACTIVATED));
    }

    /**
     * The schools a curator accompanies, replaced by these (organizations of the curator's own territory only; any
     * other id is ignored).
     */
    @Transactional
    public Participant setCuratedSchools(Long curatorId, List<Organization> schools) {
        return update(curatorId, curator -> curator.curateOnly(schools.stream()
                .filter(school -> java.util.Objects.equals(school.getTerritoryId(), curator.territoryId())).toList()));
    }

    /**
     * The messenger reported that the person blocked the bot on this account: nothing more is written there. Returns
     * where their messages go now, or empty when no account is left (the person is BLOCKED until they come back).
     */
    @Transactional
    public Optional<Address> markBlocked(Long id, Address where) {
        List<Contact> accounts = contacts.findByParticipantIdOrderById(id);
        accounts.stream().filter(c -> c.address().equals(where)).forEach(c -> c.block(clock.instant()));
        Participant participant = repository.findById(id).orElseThrow();
        Optional<Address> next = addressOf(participant, accounts);
        if (next.isEmpty()) {
            update(id, p -> p.setStatus(ParticipantStatus.BLOCKED));
        }
        return next;
    }

    /** The id of the person behind a messenger account, if any (nothing else is read or changed). */
    @Transactional(readOnly = true)
    public Optional<Long> idOf(Channel channel, String userId) {
        return contacts.findByChannelAndUserId(channel.key(), userId).map(Contact::getParticipantId);
    }

    /**
     * The person behind an account that just wrote to the bot or pressed a button, so that account has not blocked
     * the bot (any more): messages may flow to it again. A paused person stays paused until /resume.
     */
    @Transactional
    public Optional<Participant> wroteFrom(Channel channel, String userId) {
        Optional<Contact> contact = contacts.findByChannelAndUserId(channel.key(), userId);
        if (contact.isEmpty()) {
            return Optional.empty();
        }
        if (contact.get().blocked()) {
            contact.get().unblock();
        }
        Optional<Participant> participant = repository.findById(contact.get().getParticipantId());
        if (participant.isPresent() && participant.get().getStatus() == ParticipantStatus.BLOCKED) {
            return Optional.of(update(participant.get().getId(), p -> p.setStatus(ParticipantStatus.ACTIVE)));
        }
        return participant;
    }

    @Transactional
    public Participant setTimeZone(Long id, ZoneId zone) {
        return update(id, p -> p.setTimeZone(zone));
    }

    @Transactional
    public Participant setQuietHours(Long id, LocalTime start, LocalTime end) {
        return update(id, p -> p.setQuietHours(start, end));
    }

    @Transactional
    public Participant setLeadDays(Long id, List<Integer> days) {
        return update(id, p -> p.setLeadDays(days));
    }

    @Transactional
    public Participant setLanguage(Long id, String language) {
        return update(id, p -> p.setLanguage(language));
    }

    @Transactional
    public Participant setWeeklyDigest(Long id, boolean digest) {
        return update(id, p -> p.setWeeklyDigest(digest));
    }

    private Participant update(Long id, java.util.function.Consumer<Participant> change) {
        Participant participant = repository.findById(id).orElseThrow();
        change.accept(participant);
        participant = repository.save(participant);
        events.publishEvent(new ParticipantSettingsChanged(id));
        return participant;
    }
}
