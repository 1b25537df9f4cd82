package ru.roadmapbot.people;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.roadmapbot.roadmap.RoadmapImported;
import ru.roadmapbot.roadmap.RoadmapLevel;

/**
 * Finds organizations by any spelling of their name within a territory, creating them on first mention: a roadmap's
 * rows name its schools and bodies, and they are created in its territory when it is imported.
 */
@Service
public class Organizations {

    private final OrganizationRepository repository;
    private final Clock clock;

    Organizations(OrganizationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The organization of this name in this territory (null: of an instance that names none), created if new. */
    @Transactional
    public Organization findOrCreate(String name, Long territoryId) {
        String key = OrganizationNames.matchKey(name);
        Optional<Organization> found = territoryId == null ? repository.findFirstByMatchKeyAndTerritoryIdIsNull(key)
                : repository.findFirstByMatchKeyAndTerritoryId(key, territoryId);
        return found.orElseGet(() -> repository.save(new Organization(name, territoryId, clock.instant())));
    }

    /** Every organization of any territory that this name means ("МОУ № 2" of each town that has one). */
    @Transactional(readOnly = true)
    public List<Organization> named(String name) {
        return repository.findByMatchKey(OrganizationNames.matchKey(name));
    }

    @Transactional(readOnly = true)
    public Optional<Organization> byId(Long id) {
        return repository.findById(id);
    }

    /** The schools within a scope, by name. */
    @Transactional(readOnly = true)
    public List<Organization> schoolsIn(Scope scope) {
        return repository.findByKindOrderByName(OrganizationKind.SCHOOL).stream()
                .filter(school -> scope.includes(school.getTerritoryId())).toList();
    }

    @Transactional
    public Organization setTimeZone(Long id, ZoneId zone) {
        Organization organization = repository.findById(id).orElseThrow();
        organization.setTimeZone(zone);
        return repository.save(organization);
    }

    /**
     * The schools and bodies a roadmap's rows name exist in its territory from its import on, so invitations
     * and calendar links find them. A regional roadmap's "МОУ № 2" could be any town's, so only its bodies are.
     */
    @EventListener
    @Transactional
    public void placeNamedIn(RoadmapImported imported) {
        for (String name : imported.organizations()) {
            if (imported.level() == RoadmapLevel.REGIONAL && !OrganizationNames.isBody(name)) {
                continue;
            }
            findOrCreate(name, imported.territoryId());
        }
    }
}
