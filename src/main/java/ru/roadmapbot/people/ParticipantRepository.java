package ru.roadmapbot.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored participants. */
public interface ParticipantRepository extends JpaRepository<Participant, Long> {

    Optional<Participant> findByTelegramUserId(Long telegramUserId);

    List<Participant> findByRole(Role role);

    List<Participant> findByStatus(ParticipantStatus status);

    List<Participant> findByOrganizationId(Long organizationId);
}
