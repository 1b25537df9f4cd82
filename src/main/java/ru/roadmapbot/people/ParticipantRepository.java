package ru.roadmapbot.people;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored participants. */
interface ParticipantRepository extends JpaRepository<Participant, Long> {

    List<Participant> findByRole(Role role);

    List<Participant> findByOrganizationId(Long organizationId);

    @Query("select p.id from Participant p where p.registeredAt is not null "
            + "and p.status <> ru.roadmapbot.people.ParticipantStatus.BLOCKED "
            + "and p.status <> ru.roadmapbot.people.ParticipantStatus.DEACTIVATED order by p.id")
    List<Long> findReachableIds();

    @Query("select p from Participant p left join fetch p.organization where p.id in :ids")
    List<Participant> findWithOrganizationByIdIn(java.util.Collection<Long> ids);

    @Query("select p from Participant p join p.curatedSchools s where p.role = ru.roadmapbot.people.Role.CURATOR "
            + "and s = :school order by p.id")
    List<Participant> findCuratorsOf(Organization school);
}
