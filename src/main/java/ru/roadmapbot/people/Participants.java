package ru.roadmapbot.people;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.roadmapbot.territory.Territories;

/**
 * Registered participants: lookup by their messenger identity, their settings, pausing and blocking; whom a
 * coordinator oversees, and who reviews a director's work.
 */
@Service
public class Participants {

    private final ParticipantRepository repository;
    private final Territories territories;
    private final PeopleProperties properties;
    private final ApplicationEventPublisher events;

    Participants(ParticipantRepository repository, Territories territories, PeopleProperties properties,
                 ApplicationEventPublisher events) {
        this.repository = repository;
        this.territories = territories;
        this.properties = properties;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Optional<Participant> byTelegramUser(long telegramUserId) {
        return repository.findByTelegramUserId(telegramUserId);
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

    /** The messenger reported that the person blocked the bot: stop writing until they come back. */
    @Transactional
    public Participant markBlocked(Long id) {
        return update(id, p -> p.setStatus(ParticipantStatus.BLOCKED));
    }

    /**
     * A person who had blocked the bot wrote to it again, so they unblocked it: messages may flow again. A paused
     * person stays paused until /resume.
     */
    @Transactional
    public Participant cameBack(Long id) {
        return update(id, p -> {
            if (p.getStatus() == ParticipantStatus.BLOCKED) {
                p.setStatus(ParticipantStatus.ACTIVE);
            }
        });
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
