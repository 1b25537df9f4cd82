package ru.roadmapbot.people;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Stored participants. */
interface ParticipantRepository extends JpaRepository<Participant, Long> {

    List<Participant> findByRole(Role role);

    List<Participant> findByOrganizationId(Long organizationId);

    @Query("select p.id from Participant p where p.registeredAt is not null "
            + "and p.status <> ru.roadmapbot.people.ParticipantStatus.BLOCKED "
            + "and p.status <> ru.roadmapbot.people.ParticipantStatus.DEACTIVATED order by p.id")
    List<Long> findReachableIds();

    /** Reads the row with a write lock held to the end of the transaction (select … for update). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Participant p where p.id = :id")
    Optional<Participant> lockById(@Param("id") Long id);

    @Query("select p from Participant p left join fetch p.organization where p.id in :ids")
    List<Participant> findWithOrganizationByIdIn(java.util.Collection<Long> ids);

    @Query("select p from Participant p join p.curatedSchools s where p.role = ru.roadmapbot.people.Role.CURATOR "
            + "and s = :school order by p.id")
    List<Participant> findCuratorsOf(Organization school);
}
