package ru.roadmapbot.reminder;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    boolean existsByDedupKey(String dedupKey);

    long countByState(OutboxState state);

    List<OutboxMessage> findByParticipantIdOrderById(Long participantId);
}
