package ru.roadmapbot.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored organizations. */
public interface OrganizationRepository extends JpaRepository<Organization, Long> {

    Optional<Organization> findByMatchKey(String matchKey);

    List<Organization> findByKindOrderByName(OrganizationKind kind);
}
