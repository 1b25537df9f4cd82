package ru.roadmapbot.people;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds organizations by any spelling of their name, creating them on first mention. */
@Service
public class Organizations {

    private final OrganizationRepository repository;
    private final Clock clock;

    Organizations(OrganizationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional
    public Organization findOrCreate(String name) {
        return repository.findByMatchKey(OrganizationNames.matchKey(name))
                .orElseGet(() -> repository.save(new Organization(name, clock.instant())));
    }

    @Transactional(readOnly = true)
    public Optional<Organization> find(String name) {
        return repository.findByMatchKey(OrganizationNames.matchKey(name));
    }

    @Transactional
    public Organization setTimeZone(String name, java.time.ZoneId zone) {
        Organization organization = findOrCreate(name);
        organization.setTimeZone(zone);
        return repository.save(organization);
    }
}
