package ru.roadmapbot.people;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registered participants: lookup by their messenger identity, their settings, pausing and blocking. */
@Service
public class Participants {

    private final ParticipantRepository repository;
    private final PeopleProperties properties;
    private final ApplicationEventPublisher events;

    Participants(ParticipantRepository repository, PeopleProperties properties, ApplicationEventPublisher events) {
        this.repository = repository;
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

    @Transactional(readOnly = true)
    public List<Participant> withRole(Role role) {
        return repository.findByRole(role);
    }

    /** The curators who accompany a school (none for a person without one). */
    @Transactional(readOnly = true)
    public List<Participant> curatorsOf(Organization school) {
        return school == null ? List.of() : repository.findCuratorsOf(school);
    }

    /**
     * Whether the reviewer may approve or return what the reporter did: a coordinator always, a curator for the
     * schools they accompany.
     */
    public boolean mayReview(Participant reviewer, Participant reporter) {
        return reviewer.getRole().coordinates() || reviewer.accompanies(reporter.getOrganization());
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
