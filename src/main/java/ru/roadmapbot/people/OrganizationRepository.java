package ru.roadmapbot.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored organizations. */
interface OrganizationRepository extends JpaRepository<Organization, Long> {

    Optional<Organization> findFirstByMatchKeyAndTerritoryId(String matchKey, Long territoryId);

    Optional<Organization> findFirstByMatchKeyAndTerritoryIdIsNull(String matchKey);

    List<Organization> findByMatchKey(String matchKey);

    List<Organization> findByKindOrderByName(OrganizationKind kind);
}
